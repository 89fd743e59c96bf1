//! `guichet.toml`: the settings of one kiosk. Every setting is optional and
//! has a documented default (see `deploy/guichet.toml`).

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use sha2::{Digest, Sha256};
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
                Err(()) => {
                    return error(
                        span,
                        "`staff_pin` is not a PIN hash — run `guichet hash-pin`, type the PIN, and paste the line it prints",
                    );
                }
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

/// A salted, stretched SHA-256 of the staff PIN: the file never holds the PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinHash {
    rounds: u32,
    salt: Vec<u8>,
    hash: [u8; 32],
}

const PIN_SCHEME: &str = "sha256";
const PIN_ROUNDS: u32 = 100_000;

impl PinHash {
    /// Hashes `pin` with `salt` (use [`PinHash::new`] for a random salt).
    pub fn with_salt(pin: &str, salt: &[u8]) -> PinHash {
        PinHash {
            rounds: PIN_ROUNDS,
            salt: salt.to_vec(),
            hash: stretch(pin.trim(), salt, PIN_ROUNDS),
        }
    }

    /// Hashes `pin` with 16 random bytes of salt from the system.
    pub fn new(pin: &str) -> std::io::Result<PinHash> {
        use std::io::Read;
        let mut salt = [0u8; 16];
        std::fs::File::open("/dev/urandom")?.read_exact(&mut salt)?;
        Ok(Self::with_salt(pin, &salt))
    }

    pub fn matches(&self, pin: &str) -> bool {
        let candidate = stretch(pin.trim(), &self.salt, self.rounds);
        // Compare every byte, so timing tells nothing.
        candidate
            .iter()
            .zip(self.hash.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

fn stretch(pin: &str, salt: &[u8], rounds: u32) -> [u8; 32] {
    let mut hash: [u8; 32] = Sha256::new()
        .chain_update(salt)
        .chain_update(pin.as_bytes())
        .finalize()
        .into();
    for _ in 1..rounds {
        hash = Sha256::new()
            .chain_update(hash)
            .chain_update(salt)
            .finalize()
            .into();
    }
    hash
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

impl std::fmt::Display for PinHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{PIN_SCHEME}${}${}${}",
            self.rounds,
            hex(&self.salt),
            hex(&self.hash)
        )
    }
}

impl std::str::FromStr for PinHash {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        let mut parts = s.split('$');
        let (Some(PIN_SCHEME), Some(rounds), Some(salt), Some(hash), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(());
        };
        let rounds: u32 = rounds.parse().map_err(|_| ())?;
        let salt = unhex(salt).ok_or(())?;
        let hash: [u8; 32] = unhex(hash).ok_or(())?.try_into().map_err(|_| ())?;
        if rounds == 0 || salt.is_empty() {
            return Err(());
        }
        Ok(PinHash { rounds, salt, hash })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Diagnostic> {
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
        let hash = PinHash::with_salt("2468", b"salt");
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
        let hash = PinHash::with_salt("1234", &[7; 16]);
        let text = hash.to_string();
        assert!(!text.contains("1234"));
        let parsed: PinHash = text.parse().unwrap();
        assert_eq!(parsed, hash);
        assert!(parsed.matches("1234"));
        assert!(parsed.matches(" 1234\n"));
        assert!(!parsed.matches("1235"));
        assert!(!parsed.matches(""));
        assert_ne!(PinHash::new("1234").unwrap(), hash);
        for bad in [
            "",
            "sha256$1$00",
            "md5$1$00$00",
            "sha256$x$00$00",
            "sha256$1$$00",
        ] {
            assert!(bad.parse::<PinHash>().is_err(), "{bad}");
        }
    }
}
