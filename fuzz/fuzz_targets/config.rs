//! Any bytes as `guichet.toml` give a checked config or one diagnostic,
//! never a panic: the diagnostic prints and points inside the file, and a
//! config that is accepted keeps the promises its settings document.
#![no_main]

use std::path::Path;
use std::time::Duration;

use guichet::config::{Config, MIN_WARNING_SECS};
use guichet::content;
use guichet_fuzz::assert_points_inside;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("kiosk/guichet.toml");
    // `Config::read` decodes the file the same way before parsing it.
    let source = match content::decode_source(path, data.to_vec()) {
        Ok(source) => source,
        Err(diagnostic) => {
            assert_points_inside(&diagnostic, &String::from_utf8_lossy(data));
            return;
        }
    };
    match Config::parse(&source) {
        Ok(config) => {
            assert!(!config.languages.is_empty());
            assert!(config.languages.contains(&config.language));
            let mut distinct = config.languages.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), config.languages.len(), "{config:?}");
            let timeout = Duration::from_secs(30)..=Duration::from_secs(3600);
            assert!(timeout.contains(&config.idle_timeout), "{config:?}");
            let warning = Duration::from_secs(MIN_WARNING_SECS)..=Duration::from_secs(300);
            assert!(warning.contains(&config.idle_warning), "{config:?}");
        }
        Err(diagnostic) => {
            assert!(diagnostic.is_error());
            assert_points_inside(&diagnostic, &source.text);
        }
    }
});
