//! `guichet print`: writes a service's sheet as the kiosk prints it — a PNG
//! to look at, the exact ESC/POS bytes, or PDF pages — for staff to preview
//! and for tests.

use std::path::PathBuf;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::config::Config;
use crate::content::{self, LoadOptions};
use crate::i18n::Strings;
use crate::lang::Lang;
use crate::print::{self, Fonts, Paper, PaperSize, Sheet, render};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The visitor's language: fr, de, it, en, pt, es, sq, ar, uk, ti.
    #[arg(long, default_value = "fr")]
    pub lang: Lang,
    /// The service.
    #[arg(long)]
    pub id: String,
    /// The content folder.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// Dots across: 576 for 80 mm paper, 384 for 58 mm.
    #[arg(long, default_value_t = 576)]
    pub width: u32,
    /// Write ESC/POS bytes instead of a PNG.
    #[arg(long, conflicts_with = "page")]
    pub escpos: bool,
    /// Write A4 or A5 pages as PDF, as sent to an office printer (as
    /// PNG when FILE ends in .png).
    #[arg(long, value_enum)]
    pub page: Option<Page>,
    /// The file to write.
    #[arg(long, value_name = "FILE", required_unless_present = "send")]
    pub out: Option<PathBuf>,
    /// Print on the printer of guichet.toml instead, as the kiosk does;
    /// exit 0 when the printer took the sheet, 1 with what failed.
    #[arg(long, conflicts_with_all = ["out", "escpos", "page", "width"])]
    pub send: bool,
    /// Settings file: the kiosk's canton and commune choose the offices
    /// printed, and --send uses its printer [default: guichet.toml in the
    /// working folder, else the defaults].
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// The date printed on the sheet (DD.MM.YYYY) instead of today.
    #[arg(long)]
    pub date: Option<String>,
}

/// The office pages `--page` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Page {
    #[value(name = "A4")]
    A4,
    #[value(name = "A5")]
    A5,
}

impl From<Page> for PaperSize {
    fn from(page: Page) -> PaperSize {
        match page {
            Page::A4 => PaperSize::A4,
            Page::A5 => PaperSize::A5,
        }
    }
}

pub fn run(options: &Args) -> u8 {
    if ![576, 384].contains(&options.width) {
        eprintln!("guichet print: --width is 576 (80 mm paper) or 384 (58 mm paper)");
        return EXIT_USAGE;
    }
    let config = match Config::find(options.config.as_deref()) {
        Ok(config) => config,
        Err(diagnostic) => {
            eprintln!("{diagnostic}");
            return EXIT_USAGE;
        }
    };
    let loaded = match content::load(&options.content, &LoadOptions::for_dir(&options.content)) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("guichet print: {e}");
            return EXIT_USAGE;
        }
    };
    let Some(service) = loaded.catalogue.service(&options.id) else {
        eprintln!(
            "guichet print: no service `{}` in {} — see `guichet check`",
            options.id,
            options.content.display()
        );
        return EXIT_USAGE;
    };
    let (strings, _) = Strings::embedded();
    let date = options.date.clone().unwrap_or_else(print::today);
    let here = config.here();
    if options.send {
        let request = print::Request {
            service: service.clone(),
            lang: options.lang,
            here,
            strings: std::sync::Arc::new(strings),
            date,
        };
        return send(config, request);
    }
    let Some(out) = options.out.as_deref() else {
        eprintln!("guichet print: give --out FILE, or --send");
        return EXIT_USAGE;
    };
    let sheet = Sheet::new(&strings, service, options.lang, &here, &date);
    let mut fonts = Fonts::default();
    let bytes = match options.page.map(PaperSize::from) {
        // A PNG of the pages, one under the other, to look at.
        Some(page) if out.extension().is_some_and(|e| e == "png") => {
            let (image, _) = render::render(&mut fonts, &sheet, &page.paper());
            match image.to_png() {
                Ok(png) => png,
                Err(e) => {
                    eprintln!("guichet print: {e}");
                    return EXIT_ERRORS;
                }
            }
        }
        Some(page) => print::job(&mut fonts, &sheet, page),
        None => {
            let (image, _) = render::render(&mut fonts, &sheet, &Paper::roll(options.width));
            if options.escpos {
                print::escpos::job(&image)
            } else {
                match image.to_png() {
                    Ok(png) => png,
                    Err(e) => {
                        eprintln!("guichet print: {e}");
                        return EXIT_ERRORS;
                    }
                }
            }
        }
    };
    match std::fs::write(out, &bytes) {
        Ok(()) => {
            println!("{} ({} bytes)", out.display(), bytes.len());
            EXIT_OK
        }
        Err(e) => {
            eprintln!("guichet print: cannot write {}: {e}", out.display());
            EXIT_ERRORS
        }
    }
}

/// Prints on the configured printer through the kiosk's own path, and
/// says what happened.
fn send(config: Config, request: print::Request) -> u8 {
    let Some(settings) = config.printer else {
        eprintln!("guichet print: no [printer] in the settings — see deploy/guichet.toml");
        return EXIT_USAGE;
    };
    let mut printer = print::Printer::new(settings);
    let (sender, outcome) = std::sync::mpsc::channel();
    printer.print(request, std::time::Instant::now(), move |result| {
        let _ = sender.send(result);
    });
    match outcome.recv() {
        Ok(Ok(())) => {
            println!("guichet print: the printer took the sheet");
            EXIT_OK
        }
        Ok(Err(fault)) => {
            eprintln!("guichet print: {fault}");
            EXIT_ERRORS
        }
        Err(_) => {
            eprintln!("guichet print: the print job ended without a word");
            EXIT_ERRORS
        }
    }
}
