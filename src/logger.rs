//! The kiosk's log: one line a message on standard error (journald keeps it
//! under the kiosk's service), `guichet: <level>: <text>`.
//!
//! `GUICHET_LOG` = `error`, `warning`, `info` (the default), `debug` or
//! `trace` sets how much is written. Other crates' messages are kept only
//! from `warning` up, whatever the setting. Lines hold counts, files,
//! settings and faults — never what a visitor typed, chose, heard or the
//! language they read in (see `tests/screenshots.rs`).

use log::{Level, LevelFilter, Log, Metadata, Record};

/// The environment variable that sets how much is logged.
pub const ENV: &str = "GUICHET_LOG";

struct Stderr {
    level: LevelFilter,
}

impl Log for Stderr {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        if metadata.target().starts_with("guichet") {
            metadata.level() <= self.level
        } else {
            metadata.level() <= self.level.min(LevelFilter::Warn)
        }
    }

    fn log(&self, record: &Record<'_>) {
        if self.enabled(record.metadata()) {
            eprintln!("{}", line(record.level(), record.args()));
        }
    }

    fn flush(&self) {}
}

/// How a message is written.
pub fn line(level: Level, message: &std::fmt::Arguments<'_>) -> String {
    let level = match level {
        Level::Error => "error",
        Level::Warn => "warning",
        Level::Info => "info",
        Level::Debug => "debug",
        Level::Trace => "trace",
    };
    format!("guichet: {level}: {message}")
}

/// The level named by `GUICHET_LOG`'s value; `None` for a word it does not know.
pub fn level(setting: &str) -> Option<LevelFilter> {
    match setting.trim().to_ascii_lowercase().as_str() {
        "off" => Some(LevelFilter::Off),
        "error" => Some(LevelFilter::Error),
        "warning" | "warn" => Some(LevelFilter::Warn),
        "info" | "" => Some(LevelFilter::Info),
        "debug" => Some(LevelFilter::Debug),
        "trace" => Some(LevelFilter::Trace),
        _ => None,
    }
}

/// Sends the log to standard error, at the level `GUICHET_LOG` names.
/// Called once by `main`; a second call changes nothing.
pub fn init() {
    let setting = std::env::var(ENV).unwrap_or_default();
    let (level, unknown) = match level(&setting) {
        Some(level) => (level, false),
        None => (LevelFilter::Info, true),
    };
    let logger = Box::leak(Box::new(Stderr { level }));
    if log::set_logger(logger).is_ok() {
        log::set_max_level(level);
        if unknown {
            log::warn!(
                "{ENV}={setting:?} is not a level — use error, warning, info, debug or trace; logging at info"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_named_and_lines_carry_them() {
        assert_eq!(level(""), Some(LevelFilter::Info));
        assert_eq!(level("Debug"), Some(LevelFilter::Debug));
        assert_eq!(level("warn"), Some(LevelFilter::Warn));
        assert_eq!(level("loud"), None);
        assert_eq!(
            line(Level::Warn, &format_args!("printer: no paper")),
            "guichet: warning: printer: no paper"
        );
    }

    #[test]
    fn other_crates_speak_only_from_warning_up() {
        let logger = Stderr {
            level: LevelFilter::Trace,
        };
        let meta =
            |target: &'static str, level| Metadata::builder().target(target).level(level).build();
        assert!(logger.enabled(&meta("guichet::ui::watch", Level::Trace)));
        assert!(!logger.enabled(&meta("tantivy::query", Level::Info)));
        assert!(logger.enabled(&meta("wgpu_core", Level::Warn)));
        let quiet = Stderr {
            level: LevelFilter::Error,
        };
        assert!(!quiet.enabled(&meta("guichet::print", Level::Warn)));
    }
}
