//! `guichet print`: writes a service's sheet as the kiosk prints it — a PNG
//! to look at, the exact ESC/POS bytes, or PDF pages — for staff to preview
//! and for tests.

use std::path::Path;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
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
    pub out: &'a Path,
    pub escpos: bool,
    /// The date printed, "29.11.2026"; today by default.
    pub date: Option<&'a str>,
}

pub fn run(options: Options<'_>) -> u8 {
    if ![576, 384].contains(&options.width) {
        eprintln!("guichet print: --width is 576 (80 mm paper) or 384 (58 mm paper)");
        return EXIT_USAGE;
    }
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
    let sheet = Sheet::new(&strings, service, options.lang, &date);
    let mut fonts = Fonts::default();
    let bytes = match options.page {
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
    match std::fs::write(options.out, &bytes) {
        Ok(()) => {
            println!("{} ({} bytes)", options.out.display(), bytes.len());
            EXIT_OK
        }
        Err(e) => {
            eprintln!("guichet print: cannot write {}: {e}", options.out.display());
            EXIT_ERRORS
        }
    }
}
