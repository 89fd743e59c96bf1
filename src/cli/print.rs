//! `guichet print`: writes a service's sheet as the kiosk prints it — a PNG
//! to look at, the exact ESC/POS bytes, or PDF pages — for staff to preview
//! and for tests.

use std::path::Path;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::config::Config;
use crate::content::{self, LoadOptions};
use crate::i18n::Strings;
use crate::lang::Lang;
use crate::print::{self, Fonts, Paper, PaperSize, Sheet, render};

pub struct Options<'a> {
    pub content: &'a Path,
    pub lang: Lang,
    pub id: &'a str,
    /// 576 (80 mm) or 384 (58 mm) dots.
    pub width: u32,
    /// A4 or A5 pages as PDF instead of a roll.
    pub page: Option<PaperSize>,
    pub out: Option<&'a Path>,
    /// Send to the printer of the settings file.
    pub send: bool,
    /// The settings file (`guichet.toml` in the working folder by default):
    /// its canton and commune choose the offices printed.
    pub config: Option<&'a Path>,
    pub escpos: bool,
    /// The date printed, "29.11.2026"; today by default.
    pub date: Option<&'a str>,
}

pub fn run(options: Options<'_>) -> u8 {
    if ![576, 384].contains(&options.width) {
        eprintln!("guichet print: --width is 576 (80 mm paper) or 384 (58 mm paper)");
        return EXIT_USAGE;
    }
    let config = match Config::find(options.config) {
        Ok(config) => config,
        Err(diagnostic) => {
            eprintln!("{diagnostic}");
            return EXIT_USAGE;
        }
    };
    let loaded = match content::load(options.content, &LoadOptions::for_dir(options.content)) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("guichet print: {e}");
            return EXIT_USAGE;
        }
    };
    let Some(service) = loaded.catalogue.service(options.id) else {
        eprintln!(
            "guichet print: no service `{}` in {} — see `guichet check`",
            options.id,
            options.content.display()
        );
        return EXIT_USAGE;
    };
    let (strings, _) = Strings::embedded();
    let date = options.date.map_or_else(print::today, str::to_owned);
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
    let Some(out) = options.out else {
        eprintln!("guichet print: give --out FILE, or --send");
        return EXIT_USAGE;
    };
    let sheet = Sheet::new(&strings, service, options.lang, &here, &date);
    let mut fonts = Fonts::default();
    let bytes = match options.page {
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
