//! Any bytes as a content file — a service, `categories.toml` or
//! `synonyms.toml`, picked by the first byte — give diagnostics, never a
//! panic; each diagnostic prints and points inside the file. Nothing is
//! written: the bytes go through the same decoding and checks as `load`.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use guichet::content::{self, LoadOptions};
use guichet_fuzz::assert_points_inside;
use libfuzzer_sys::fuzz_target;

fn options() -> &'static LoadOptions {
    static OPTIONS: OnceLock<LoadOptions> = OnceLock::new();
    OPTIONS.get_or_init(|| LoadOptions {
        icons: concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/icons").into(),
        // A fixed day, so that a crash replays the same way later.
        today: jiff::civil::date(2026, 6, 1),
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let path = match kind % 4 {
        0 | 1 => Path::new("content/services/food-aid.toml"),
        2 => Path::new("content/categories.toml"),
        _ => Path::new("content/synonyms.toml"),
    };
    let source = match content::decode_source(path, bytes.to_vec()) {
        Ok(source) => source,
        Err(diagnostic) => {
            assert!(diagnostic.is_error());
            assert_points_inside(&diagnostic, &String::from_utf8_lossy(bytes));
            return;
        }
    };
    let known = ["money", "health", "housing"].map(String::from);
    let found = match kind % 4 {
        0 => content::check_service(&source, Some(&known), options()).map(|(_, found)| found),
        1 => content::check_service(&source, None, options()).map(|(_, found)| found),
        2 => content::check_categories(&source, options()).map(|(_, found)| found),
        _ => content::check_synonyms(&source).map(|(_, found)| found),
    };
    match found {
        Ok(found) => {
            for diagnostic in &found {
                assert_points_inside(diagnostic, &source.text);
            }
        }
        Err(diagnostic) => {
            assert!(diagnostic.is_error());
            assert_points_inside(&diagnostic, &source.text);
        }
    }
});
