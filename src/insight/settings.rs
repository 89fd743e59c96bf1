//! `[insight]` in guichet.toml: whether the day's counts are kept, where
//! they are released, the threshold and the privacy budget.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::content::{Diagnostic, Source};

/// A query typed in fewer visits than this is never released, at least.
pub const MIN_K: u32 = 3;
pub const DEFAULT_K: u32 = 5;
/// The budget, in hundredths (so settings compare exactly).
pub const DEFAULT_EPSILON_HUNDREDTHS: u32 = 100;
pub const MIN_EPSILON: f64 = 0.1;
pub const MAX_EPSILON: f64 = 5.0;
pub const DEFAULT_FOLDER: &str = "/var/lib/guichet/insight";

/// The insight settings, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub enabled: bool,
    /// Where the released files go.
    pub folder: PathBuf,
    /// A query string is released only when typed in at least k visits.
    pub k: u32,
    /// ε per day, in hundredths.
    epsilon: u32,
    /// The kiosk's name in file names: lower-case letters, digits, dashes.
    pub kiosk: Option<KioskId>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            enabled: false,
            folder: PathBuf::from(DEFAULT_FOLDER),
            k: DEFAULT_K,
            epsilon: DEFAULT_EPSILON_HUNDREDTHS,
            kiosk: None,
        }
    }
}

impl Settings {
    /// The privacy budget of one day.
    pub fn epsilon(&self) -> f64 {
        f64::from(self.epsilon) / 100.0
    }

    /// Settings for tests and tools: on, in `folder`, as `kiosk`.
    pub fn enabled_in(folder: &Path, kiosk: KioskId) -> Settings {
        Settings {
            enabled: true,
            folder: folder.to_owned(),
            kiosk: Some(kiosk),
            ..Settings::default()
        }
    }

    /// For staff and the log: whether counts are kept, and how.
    pub fn describe(&self) -> String {
        match (&self.kiosk, self.enabled) {
            (Some(kiosk), true) => format!(
                "on as {kiosk}: day counts to {}, k {}, epsilon {} (noise scale {})",
                self.folder.display(),
                self.k,
                self.epsilon(),
                f64::from(super::SENSITIVITY) / self.epsilon()
            ),
            _ => "off".to_owned(),
        }
    }
}

/// A kiosk's name in released file names: 1 to 40 lower-case ASCII letters,
/// digits and dashes, so it is a safe file name everywhere.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct KioskId(String);

impl KioskId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for KioskId {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        let good = (1..=40).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-');
        if good {
            Ok(KioskId(s.to_owned()))
        } else {
            Err(())
        }
    }
}

impl std::fmt::Display for KioskId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `[insight]` as typed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    enabled: Option<bool>,
    folder: Option<PathBuf>,
    k: Option<Spanned<i64>>,
    epsilon: Option<Spanned<f64>>,
    kiosk: Option<Spanned<String>>,
}

impl Table {
    /// Checks the table read from `source`; `span` is the whole table's.
    pub fn check(self, source: &Source, span: Range<usize>) -> Result<Settings, Diagnostic> {
        let error = |span: Range<usize>, message: &str| Err(source.error(Some(span), message));
        let mut settings = Settings {
            enabled: self.enabled.unwrap_or(false),
            ..Settings::default()
        };
        if let Some(folder) = self.folder {
            let base = source.path.parent().unwrap_or(Path::new("."));
            settings.folder = base.join(folder);
        }
        if let Some(k) = self.k {
            let span = k.span();
            let value = k.into_inner();
            if value < i64::from(MIN_K) || value > 1000 {
                return error(
                    span,
                    "`k` is how many visits must have typed a query before it is released, from 3 to 1000 — 5 is the default",
                );
            }
            settings.k = value as u32;
        }
        if let Some(epsilon) = self.epsilon {
            let span = epsilon.span();
            let value = epsilon.into_inner();
            if !(MIN_EPSILON..=MAX_EPSILON).contains(&value) {
                return error(
                    span,
                    "`epsilon` is the privacy budget of a day, from 0.1 to 5 — smaller adds more noise; 1 is the default",
                );
            }
            settings.epsilon = (value * 100.0).round() as u32;
        }
        if let Some(kiosk) = self.kiosk {
            let span = kiosk.span();
            match kiosk.into_inner().parse() {
                Ok(id) => settings.kiosk = Some(id),
                Err(()) => {
                    return error(
                        span,
                        "`kiosk` names this kiosk in file names: lower-case letters, digits and dashes, at most 40, e.g. \"ge-plainpalais-1\"",
                    );
                }
            }
        }
        if settings.enabled && settings.kiosk.is_none() {
            return error(
                span,
                "`[insight]` is enabled but has no `kiosk` — add a name for this kiosk, e.g. kiosk = \"ge-plainpalais-1\"",
            );
        }
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::parse;

    #[test]
    fn off_by_default_and_every_setting_is_read() {
        let config = parse("").unwrap();
        assert!(!config.insight.enabled);
        assert_eq!(config.insight.describe(), "off");
        assert_eq!(config.insight.k, 5);
        assert_eq!(config.insight.epsilon(), 1.0);
        let config = parse(
            "[insight]\nenabled = true\nkiosk = \"ge-plainpalais-1\"\nk = 7\nepsilon = 0.5\nfolder = \"counts\"\n",
        )
        .unwrap();
        let insight = config.insight;
        assert_eq!(
            insight.describe(),
            "on as ge-plainpalais-1: day counts to kiosk/counts, k 7, epsilon 0.5 (noise scale 30)"
        );
        assert!(insight.enabled);
        assert_eq!(insight.k, 7);
        assert_eq!(insight.epsilon(), 0.5);
        assert_eq!(insight.folder, Path::new("kiosk/counts"));
        assert_eq!(insight.kiosk.unwrap().as_str(), "ge-plainpalais-1");
    }

    #[test]
    fn mistakes_are_named_at_their_line() {
        let cases = [
            ("[insight]\nk = 2", 2, "from 3"),
            ("[insight]\n\nk = -5", 3, "from 3"),
            ("[insight]\nepsilon = 0", 2, "0.1 to 5"),
            ("[insight]\nepsilon = 50.0", 2, "0.1 to 5"),
            ("[insight]\nkiosk = \"Plainpalais 1\"", 2, "lower-case"),
            ("[insight]\nkiosk = \"../x\"", 2, "lower-case"),
            ("[insight]\nenabled = true", 1, "no `kiosk`"),
            ("[insight]\nepsilom = 1.0", 2, "epsilon"),
        ];
        for (text, line, words) in cases {
            let error = parse(text).expect_err(text);
            assert_eq!(error.line, line, "{text}: {error}");
            assert!(error.message.contains(words), "{text}: {error}");
        }
    }
}
