//! `guichet.toml`: the settings of one kiosk. Every setting is optional and
//! has a documented default (see `deploy/guichet.toml`).

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use argon2::password_hash::{self, PasswordHasher, PasswordVerifier};
use argon2::{ARGON2ID_IDENT, Algorithm, Argon2, Params, PasswordHash, Version};
use serde::Deserialize;
use toml::Spanned;

use crate::content::{self, Canton, Diagnostic, Source};
use crate::lang::Lang;
use crate::place::{Commune, Here};
use crate::print::{self, PrinterSettings};

/// The file looked for in the working folder when `--config` is not given.
pub const DEFAULT_PATH: &str = "guichet.toml";

/// WCAG 2.2.1: people must have at least 20 seconds to ask for more time.
pub const MIN_WARNING_SECS: u64 = 20;

/// A kiosk's settings, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Services of the whole country are always shown, plus this canton's.
    pub canton: Canton,
    /// The kiosk's commune (or postcode): the office that serves it is
    /// listed first. `None`: offices in the order of the content file.
    pub commune: Option<Commune>,
    /// The language of the welcome screen, and after each reset.
    pub language: Lang,
    /// The languages offered, in the order shown.
    pub languages: Vec<Lang>,
    /// Time without a touch before "Are you still there?".
    pub idle_timeout: Duration,
    /// Time the question stays before everything is wiped.
    pub idle_warning: Duration,
    /// The staff PIN, hashed; `None` lets the staff chord in without a PIN.
    pub staff_pin: Option<PinHash>,
    /// The content folder; relative paths are from the config file's folder.
    pub content: PathBuf,
    /// Every size times this, on top of the compositor's scale.
    pub scale: Scale,
    /// The desk's printer; without one the kiosk offers no Print button.
    pub printer: Option<PrinterSettings>,
    /// Privacy-safe counts for the content team (`[insight]`), off by default.
    pub insight: crate::insight::Settings,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            canton: "GE".parse().unwrap_or_else(|_| Canton::whole_country()),
            commune: None,
            language: Lang::Fr,
            languages: Lang::ALL.to_vec(),
            idle_timeout: Duration::from_secs(90),
            idle_warning: Duration::from_secs(30),
            staff_pin: None,
            content: PathBuf::from("content"),
            scale: Scale::default(),
            printer: None,
            insight: crate::insight::Settings::default(),
        }
    }
}

/// A multiplier of every size, for screens whose compositor scale leaves
/// text smaller than on a 24-inch 1080p screen. Kept in hundredths, so
/// settings compare exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale(u16);

impl Scale {
    pub const MIN: f64 = 0.5;
    pub const MAX: f64 = 4.0;

    pub fn factor(self) -> f32 {
        f32::from(self.0) / 100.0
    }
}

impl Default for Scale {
    /// As the compositor says.
    fn default() -> Self {
        Scale(100)
    }
}

/// The file as typed, each value with its place for error messages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    canton: Option<Spanned<Canton>>,
    commune: Option<Commune>,
    language: Option<Spanned<Lang>>,
    languages: Option<Spanned<Vec<Lang>>>,
    idle_timeout: Option<Spanned<u64>>,
    idle_warning: Option<Spanned<u64>>,
    staff_pin: Option<Spanned<String>>,
    content: Option<PathBuf>,
    scale: Option<Spanned<f64>>,
    printer: Option<Spanned<print::settings::Table>>,
    insight: Option<Spanned<crate::insight::settings::Table>>,
}

impl Config {
    /// Where this kiosk stands.
    pub fn here(&self) -> Here {
        Here {
            canton: self.canton.clone(),
            commune: self.commune.clone(),
        }
    }

    /// Reads a config file. Problems come back as one diagnostic naming the
    /// file, line and column, and how to fix it.
    pub fn read(path: &Path) -> Result<Config, Diagnostic> {
        let source = content::read_source(path)?;
        Self::parse(&source)
    }

    /// Reads `path` when given; else `guichet.toml` in the working folder if
    /// there is one; else the defaults.
    pub fn find(path: Option<&Path>) -> Result<Config, Diagnostic> {
        match path {
            Some(path) => Self::read(path),
            None if Path::new(DEFAULT_PATH).is_file() => Self::read(Path::new(DEFAULT_PATH)),
            None => Ok(Config::default()),
        }
    }

    pub fn parse(source: &Source) -> Result<Config, Diagnostic> {
        let file: File = content::parse(source).map_err(|mut diagnostic| {
            // The shared TOML messages point to the content guide.
            diagnostic.message = diagnostic
                .message
                .replace("content/README.md", "deploy/guichet.toml");
            diagnostic
        })?;
        let error = |span: Range<usize>, message: &str| Err(source.error(Some(span), message));
        let mut config = Config::default();
        if let Some(canton) = file.canton {
            config.canton = canton.into_inner();
        }
        config.commune = file.commune;
        if let Some(languages) = file.languages {
            let span = languages.span();
            let mut list = languages.into_inner();
            if list.is_empty() {
                return error(
                    span,
                    "`languages` is empty — list at least one, e.g. [\"fr\"]",
                );
            }
            let mut seen = Vec::new();
            list.retain(|lang| {
                let new = !seen.contains(lang);
                seen.push(*lang);
                new
            });
            config.languages = list;
        }
        match file.language {
            Some(language) => {
                let span = language.span();
                config.language = language.into_inner();
                if !config.languages.contains(&config.language) {
                    return error(
                        span,
                        "`language` is not among `languages` — add it there, or choose one of them",
                    );
                }
            }
            None if !config.languages.contains(&config.language) => {
                config.language = config.languages[0];
            }
            None => {}
        }
        if let Some(timeout) = file.idle_timeout {
            let span = timeout.span();
            let secs = timeout.into_inner();
            if !(30..=3600).contains(&secs) {
                return error(
                    span,
                    "`idle_timeout` is in seconds, from 30 to 3600 — 90 suits most desks",
                );
            }
            config.idle_timeout = Duration::from_secs(secs);
        }
        if let Some(warning) = file.idle_warning {
            let span = warning.span();
            let secs = warning.into_inner();
            if !(MIN_WARNING_SECS..=300).contains(&secs) {
                return error(
                    span,
                    "`idle_warning` is in seconds, from 20 (the accessibility minimum) to 300",
                );
            }
            config.idle_warning = Duration::from_secs(secs);
        }
        if let Some(pin) = file.staff_pin {
            let span = pin.span();
            match pin.into_inner().parse() {
                Ok(hash) => config.staff_pin = Some(hash),
                Err(e) => return error(span, &PinHashError::to_string(&e)),
            }
        }
        if let Some(scale) = file.scale {
            let span = scale.span();
            let value = scale.into_inner();
            if !(Scale::MIN..=Scale::MAX).contains(&value) {
                return error(
                    span,
                    "`scale` multiplies every size, from 0.5 to 4 — 1 keeps the screen's own scale; 1.75 suits a 27-inch 4K screen",
                );
            }
            // In range, so the hundredths fit a u16.
            config.scale = Scale((value * 100.0).round() as u16);
        }
        if let Some(dir) = file.content {
            let base = source.path.parent().unwrap_or(Path::new("."));
            config.content = base.join(dir);
        }
        if let Some(printer) = file.printer {
            let span = printer.span();
            config.printer = Some(printer.into_inner().check(source, span)?);
        }
        if let Some(insight) = file.insight {
            let span = insight.span();
            config.insight = insight.into_inner().check(source, span)?;
        }
        Ok(config)
    }
}

/// The staff PIN as an Argon2id PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`):
/// the file never holds the PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinHash(PasswordHash);

/// The keypad's digits: at least this many…
pub const MIN_PIN_DIGITS: usize = 4;
/// …and at most this many (the keypad takes no more).
pub const MAX_PIN_DIGITS: usize = 12;

/// Argon2id costs of a new hash: 19 MiB, two passes, one lane (the OWASP
/// minimum for Argon2id). One check takes about 0.05 s on the 2-core kiosk
/// machine (see `a_pin_check_takes_well_under_a_second`).
const PIN_M_COST_KIB: u32 = 19 * 1024;
const PIN_T_COST: u32 = 2;
const PIN_P_COST: u32 = 1;

/// The most a `staff_pin` from the file may ask for, so a hand-edited hash
/// cannot make each PIN check take seconds.
const MAX_M_COST_KIB: u32 = 64 * 1024;
const MAX_T_COST: u32 = 8;
const MAX_P_COST: u32 = 4;

/// Why a PIN could not be hashed.
#[derive(Debug, thiserror::Error)]
pub enum PinError {
    #[error(
        "the PIN must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits (the staff keypad has digits 0-9 only, and room for {MAX_PIN_DIGITS})"
    )]
    NotForTheKeypad,
    #[error("no random salt available from the system: {0}")]
    Salt(String),
    #[error("Argon2 could not hash the PIN: {0}")]
    Hash(argon2::password_hash::Error),
}

/// Why a `staff_pin` value is not a hash this kiosk can check.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinHashError {
    #[error(
        "`staff_pin` is in the old SHA-256 format, which this version no longer checks — run `guichet hash-pin`, type the same PIN, and paste the line it prints in place of this one"
    )]
    OldFormat,
    #[error(
        "`staff_pin` is not a PIN hash — run `guichet hash-pin`, type the PIN, and paste the line it prints"
    )]
    NotAHash,
    #[error(
        "`staff_pin` is a {0} hash, not Argon2id — run `guichet hash-pin`, type the PIN, and paste the line it prints"
    )]
    Algorithm(String),
    #[error(
        "`staff_pin` asks Argon2 for m={m}, t={t}, p={p}: more than a kiosk checks quickly (at most m={MAX_M_COST_KIB}, t={MAX_T_COST}, p={MAX_P_COST}) — run `guichet hash-pin` and paste the line it prints"
    )]
    TooCostly { m: u32, t: u32, p: u32 },
}

impl PinHash {
    /// Checks that `pin` is what the keypad can type: 4 to 12 digits.
    pub fn check_pin(pin: &str) -> Result<(), PinError> {
        let pin = pin.trim();
        if (MIN_PIN_DIGITS..=MAX_PIN_DIGITS).contains(&pin.len())
            && pin.bytes().all(|b| b.is_ascii_digit())
        {
            Ok(())
        } else {
            Err(PinError::NotForTheKeypad)
        }
    }

    /// Hashes `pin` with `salt`, at least 8 bytes (use [`PinHash::new`] for a
    /// random salt).
    pub fn with_salt(pin: &str, salt: &[u8]) -> Result<PinHash, PinError> {
        Self::check_pin(pin)?;
        let params = Params::new(PIN_M_COST_KIB, PIN_T_COST, PIN_P_COST, None)
            .map_err(|e| PinError::Hash(e.into()))?;
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_with_salt(pin.trim().as_bytes(), salt)
            .map(PinHash)
            .map_err(PinError::Hash)
    }

    /// Hashes `pin` with 16 random bytes of salt from the system.
    pub fn new(pin: &str) -> Result<PinHash, PinError> {
        let salt = password_hash::try_generate_salt().map_err(|e| PinError::Salt(e.to_string()))?;
        Self::with_salt(pin, &salt)
    }

    /// Whether `pin` is the staff PIN. Argon2 compares in constant time.
    /// Takes a few hundredths of a second: call it off the UI thread.
    pub fn matches(&self, pin: &str) -> bool {
        Argon2::default()
            .verify_password(pin.trim().as_bytes(), &self.0)
            .is_ok()
    }
}

impl std::fmt::Display for PinHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for PinHash {
    type Err = PinHashError;

    fn from_str(s: &str) -> Result<Self, PinHashError> {
        if s.starts_with("sha256$") {
            return Err(PinHashError::OldFormat);
        }
        let hash = PasswordHash::new(s).map_err(|_| PinHashError::NotAHash)?;
        if hash.algorithm != ARGON2ID_IDENT {
            return Err(PinHashError::Algorithm(hash.algorithm.to_string()));
        }
        if hash.salt.is_none() || hash.hash.is_none() {
            return Err(PinHashError::NotAHash);
        }
        let params = Params::try_from(&hash).map_err(|_| PinHashError::NotAHash)?;
        let (m, t, p) = (params.m_cost(), params.t_cost(), params.p_cost());
        if m > MAX_M_COST_KIB || t > MAX_T_COST || p > MAX_P_COST {
            return Err(PinHashError::TooCostly { m, t, p });
        }
        Ok(PinHash(hash))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A settings file's text as the kiosk reads it (shared with other
    /// modules' tests of their own tables).
    pub(crate) fn parse(text: &str) -> Result<Config, Diagnostic> {
        Config::parse(&Source::new(
            Path::new("kiosk/guichet.toml"),
            text.to_owned(),
        ))
    }

    #[test]
    fn empty_file_gives_the_defaults() {
        let config = parse("").unwrap();
        assert_eq!(
            config,
            Config {
                content: PathBuf::from("content"),
                ..Config::default()
            }
        );
        assert_eq!(config.idle_timeout, Duration::from_secs(90));
        assert_eq!(config.languages.len(), 10);
    }

    #[test]
    fn every_setting_is_read() {
        let hash = PinHash::with_salt("2468", b"salt of the test").unwrap();
        let config = parse(&format!(
            "canton = \"VD\"\ncommune = \"Yverdon-les-Bains\"\nlanguage = \"de\"\nlanguages = [\"de\", \"fr\", \"de\"]\nidle_timeout = 120\nidle_warning = 25\nstaff_pin = \"{hash}\"\ncontent = \"../catalogue\"\n"
        ))
        .unwrap();
        assert_eq!(config.canton.as_str(), "VD");
        assert_eq!(
            config.commune.map(|c| c.to_string()).as_deref(),
            Some("Yverdon-les-Bains")
        );
        assert_eq!(config.language, Lang::De);
        assert_eq!(config.languages, vec![Lang::De, Lang::Fr]);
        assert_eq!(config.idle_timeout, Duration::from_secs(120));
        assert_eq!(config.idle_warning, Duration::from_secs(25));
        assert!(config.staff_pin.as_ref().unwrap().matches("2468"));
        assert_eq!(config.content, Path::new("kiosk/../catalogue"));
    }

    #[test]
    fn scale_is_read_and_bounded() {
        assert_eq!(parse("").unwrap().scale.factor(), 1.0);
        assert_eq!(parse("scale = 1.75").unwrap().scale.factor(), 1.75);
        assert_eq!(parse("scale = 2").unwrap().scale.factor(), 2.0);
        for bad in ["scale = 0.2", "scale = 5.0", "scale = -1", "scale = nan"] {
            let error = parse(bad).expect_err(bad);
            assert!(error.message.contains("from 0.5 to 4"), "{bad}: {error}");
        }
        assert!(parse("scale = \"big\"").is_err());
    }

    #[test]
    fn the_shipped_example_is_the_defaults() {
        let text = include_str!("../deploy/guichet.toml");
        let source = Source::new(Path::new("deploy/guichet.toml"), text.to_owned());
        let config = Config::parse(&source).unwrap();
        assert_eq!(
            config,
            Config {
                content: PathBuf::from("deploy/../content"),
                ..Config::default()
            }
        );
    }

    #[test]
    fn mistakes_are_named_at_their_line() {
        let cases = [
            ("canton = \"Geneva\"", 1, "unknown canton"),
            ("\nlanguage = \"xx\"", 2, "xx"),
            ("languages = []", 1, "at least one"),
            ("languages = [\"fr\"]\nlanguage = \"de\"", 2, "not among"),
            ("\n\nidle_timeout = 5", 3, "from 30 to 3600"),
            ("idle_warning = 10", 1, "20"),
            ("idle_timeout = \"ninety\"", 1, "whole number"),
            ("staff_pin = \"1234\"", 1, "guichet hash-pin"),
            ("idle_timout = 90", 1, "idle_timeout"),
            ("canton = ", 1, ""),
            ("\ncommune = \"104\"", 2, "four digits"),
            ("commune = \"1004 Lausanne\"", 1, "not a commune"),
        ];
        for (text, line, words) in cases {
            let error = parse(text).expect_err(text);
            assert_eq!(error.line, line, "{text}: {error}");
            assert!(error.message.contains(words), "{text}: {error}");
            assert!(
                error.to_string().starts_with("kiosk/guichet.toml:"),
                "{error}"
            );
        }
    }

    #[test]
    fn the_printer_table_is_read_and_checked() {
        use crate::print::{Connection, PaperSize};
        let config = parse("[printer]\nnetwork = \"10.0.0.9\"\npaper = \"58mm\"\n").unwrap();
        let printer = config.printer.unwrap();
        assert_eq!(
            printer.connection,
            Connection::Network("10.0.0.9:9100".into())
        );
        assert_eq!(printer.paper, PaperSize::Roll58);
        let config = parse("[printer]\ncups = \"\"\n").unwrap();
        assert_eq!(config.printer.unwrap().paper, PaperSize::A4);
        let config = parse("[printer]\nserial = \"/dev/ttyS0\"\nbaud = 19200\n").unwrap();
        assert!(matches!(
            config.printer.unwrap().connection,
            Connection::Serial { baud: 19200, .. }
        ));
        let cases = [
            ("[printer]\n", 1, "exactly one"),
            (
                "[printer]\nusb = \"/dev/usb/lp0\"\n\ncups = \"x\"",
                4,
                "exactly one",
            ),
            (
                "[printer]\nusb = \"/dev/usb/lp0\"\npaper = \"A4\"",
                3,
                "80mm",
            ),
            ("[printer]\ncups = \"x\"\npaper = \"80mm\"", 3, "A4"),
            ("[printer]\nnetwork = \"host:port\"", 2, "address and port"),
            (
                "[printer]\nusb = \"/dev/usb/lp0\"\nbaud = 9600",
                3,
                "only for a `serial`",
            ),
            (
                "[printer]\nserial = \"/dev/ttyS0\"\nbaud = 1234",
                3,
                "19200",
            ),
            ("[printer]\nusb = \"/dev/usb/lp0\"\nspeed = 1", 3, "speed"),
        ];
        for (text, line, words) in cases {
            let error = parse(text).expect_err(text);
            assert_eq!(error.line, line, "{text}: {error}");
            assert!(error.message.contains(words), "{text}: {error}");
        }
    }

    #[test]
    fn pin_hash_round_trips_and_checks() {
        let hash = PinHash::with_salt("1234", &[7; 16]).unwrap();
        let text = hash.to_string();
        assert!(
            text.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{text}"
        );
        assert!(!text.contains("1234"));
        let parsed: PinHash = text.parse().unwrap();
        assert_eq!(parsed, hash);
        assert!(parsed.matches("1234"));
        assert!(parsed.matches(" 1234\n"));
        assert!(!parsed.matches("1235"));
        assert!(!parsed.matches(""));
        assert_ne!(PinHash::new("1234").unwrap(), hash);
        for bad in ["", "$argon2id$v=19$m=19456,t=2,p=1", "md5$1$00$00", "1234"] {
            assert_eq!(bad.parse::<PinHash>(), Err(PinHashError::NotAHash), "{bad}");
        }
        let argon2i = text.replacen("argon2id", "argon2i", 1);
        assert!(matches!(
            argon2i.parse::<PinHash>(),
            Err(PinHashError::Algorithm(_))
        ));
        let costly = text.replacen("m=19456,t=2", "m=19456,t=4000", 1);
        assert!(matches!(
            costly.parse::<PinHash>(),
            Err(PinHashError::TooCostly { t: 4000, .. })
        ));
    }

    #[test]
    fn an_old_sha256_pin_says_how_to_renew_it() {
        // The line deploy/demo.toml held before Argon2 (PIN 1234).
        let error = parse(
            "\n\nstaff_pin = \"sha256$100000$b46515b3b1580e99094599214316ca57$d04579d5c1d691e485cf149292ca7852287eac0c43935489b2e6e81ddf96a7b6\"",
        )
        .unwrap_err();
        assert_eq!(error.line, 3);
        assert!(error.message.contains("old SHA-256 format"), "{error}");
        assert!(
            error
                .message
                .contains("run `guichet hash-pin`, type the same PIN"),
            "{error}"
        );
    }

    #[test]
    fn only_pins_the_keypad_can_type_are_hashed() {
        for bad in ["", "123", "12345678901234", "12a4", "１２３４", "12 34"] {
            assert!(
                matches!(PinHash::new(bad), Err(PinError::NotForTheKeypad)),
                "{bad}"
            );
        }
        for good in ["1234", "123456789012", " 2468\n"] {
            assert!(PinHash::check_pin(good).is_ok(), "{good}");
        }
        let message = PinError::NotForTheKeypad.to_string();
        assert!(message.contains("4 to 12 digits"), "{message}");
    }

    #[test]
    fn a_pin_check_takes_well_under_a_second() {
        let hash = PinHash::with_salt("2468", &[3; 16]).unwrap();
        let start = std::time::Instant::now();
        assert!(hash.matches("2468"));
        let took = start.elapsed();
        eprintln!("one Argon2id PIN check: {took:?}");
        assert!(took < Duration::from_millis(900), "{took:?}");
    }
}
