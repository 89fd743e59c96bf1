#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The hardest inputs of the fuzz targets in `fuzz/`, as ordinary tests:
//! the same entry points (content checks, `Config::parse`, the search) and
//! the same invariants, so `cargo test` keeps them without libFuzzer.

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use guichet::config::Config;
use guichet::content::{self, Canton, Diagnostic, LoadOptions, Source};
use guichet::lang::Lang;
use guichet::search::{Hit, Request, SearchIndex};

/// As the fuzz targets check: the diagnostic prints as `path:line:column: …`
/// and its line and column are inside `text`.
fn assert_points_inside(diagnostic: &Diagnostic, text: &str) {
    let shown = diagnostic.to_string();
    assert!(
        shown.starts_with(&format!("{}:", diagnostic.path.display())),
        "{shown}"
    );
    let lines: Vec<&str> = text.split('\n').collect();
    assert!(diagnostic.line <= lines.len(), "{shown}");
    if let Some(line) = diagnostic.line.checked_sub(1).and_then(|i| lines.get(i)) {
        let width = line.chars().count();
        assert!((1..=width + 1).contains(&diagnostic.column), "{shown}");
    }
}

fn options() -> LoadOptions {
    LoadOptions {
        icons: Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons"),
        today: jiff::civil::date(2026, 6, 1),
    }
}

/// A service file checked as `content` fuzzes it: decoded, parsed, validated.
fn check_service(bytes: &[u8]) -> Result<Vec<Diagnostic>, Diagnostic> {
    let path = Path::new("content/services/food-aid.toml");
    let source = content::decode_source(path, bytes.to_vec())?;
    let known = ["money", "food-clothes"].map(String::from);
    let checked = content::check_service(&source, Some(&known), &options());
    match &checked {
        Ok((_, found)) => found
            .iter()
            .for_each(|d| assert_points_inside(d, &source.text)),
        Err(diagnostic) => assert_points_inside(diagnostic, &source.text),
    }
    checked.map(|(_, found)| found)
}

const SERVICE: &str = r#"id = "food-aid"
categories = ["food-clothes", "money"]
cantons = ["CH"]
url = "https://www.caritas.ch/fr/"
source = "https://colisducoeur.ch/"
reviewed = 2026-01-15

[organization]
name = "Caritas"

[[phones]]
number = "022 546 19 00"

[text.fr]
status = "complete"
title = "Nourriture gratuite"
summary = "Vous pouvez recevoir de la nourriture gratuite."
eligibility = ["Vous avez peu d'argent."]
how_to_apply = ["Allez dans un service social."]
documents = ["Votre pièce d'identité."]
keywords = ["nourriture", "manger"]
"#;

#[test]
fn the_service_seed_has_no_error() {
    let found = check_service(SERVICE.as_bytes()).unwrap();
    assert!(!found.iter().any(Diagnostic::is_error), "{found:?}");
}

#[test]
fn a_truncated_service_is_named_at_the_cut() {
    // Cut inside the French summary's quotes: the string never ends.
    let cut = SERVICE.find("recevoir").unwrap();
    let error = check_service(&SERVICE.as_bytes()[..cut]).unwrap_err();
    assert!(error.is_error());
    assert_eq!(error.line, 17, "{error}");
    // Cut between tables: the file is read, but the French text is missing.
    let cut = SERVICE.find("[text.fr]").unwrap();
    let error = check_service(&SERVICE.as_bytes()[..cut]).unwrap_err();
    assert!(error.message.contains("missing field `text`"), "{error}");
}

#[test]
fn bytes_that_are_not_utf8_are_named_at_their_place() {
    let mut bytes = SERVICE.as_bytes()[..40].to_vec();
    bytes.extend_from_slice(b"\xff\xfe\x00");
    let error = check_service(&bytes).unwrap_err();
    assert_eq!((error.line, error.column), (2, 25), "{error}");
    assert!(error.message.contains("0xFF"), "{error}");
}

#[test]
fn a_bom_and_control_characters_in_a_service_are_diagnosed_in_place() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(SERVICE.as_bytes());
    assert!(check_service(&bytes).is_ok());
    // An escaped NUL and raw bidi marks inside the title: text, no error.
    let odd = SERVICE.replace(
        "Nourriture gratuite\"",
        "Nourriture\\u0000\u{202E}\u{2067} \u{645}\u{633}\u{627}\u{639}\u{62F}\u{629}\u{2069}\u{200F} e\u{301}\u{301} 🍞\"",
    );
    assert!(check_service(odd.as_bytes()).is_ok());
    // A raw control character is not allowed in a TOML string.
    let raw = SERVICE.replace("Caritas\"", "Cari\u{1b}tas\"");
    let error = check_service(raw.as_bytes()).unwrap_err();
    assert_eq!(error.line, 9, "{error}");
}

#[test]
fn huge_numbers_are_diagnosed_not_wrapped() {
    let huge = SERVICE.replace(
        "reviewed = 2026-01-15",
        "reviewed = 99999999999999999999999",
    );
    let error = check_service(huge.as_bytes()).unwrap_err();
    assert_eq!((error.line, error.column), (6, 12), "{error}");
    assert!(error.message.contains("far too large"), "{error}");
    // Categories and synonyms go through the same decoding and checks.
    let categories = Source::new(
        Path::new("content/categories.toml"),
        "[[category]]\nid = \"money\"\nicon = 18446744073709551616\n".to_owned(),
    );
    let error = content::check_categories(&categories, &options()).unwrap_err();
    assert_eq!(error.line, 3, "{error}");
    assert!(error.message.contains("far too large"), "{error}");
    assert_points_inside(&error, &categories.text);
    let synonyms = Source::new(
        Path::new("content/synonyms.toml"),
        "[fr]\n\"aide\" = [\"AIDE\"]\n\"loyer\" = [\"logement\", \"loy".to_owned(),
    );
    let error = content::check_synonyms(&synonyms).unwrap_err();
    assert_eq!(error.line, 3, "{error}");
    assert_points_inside(&error, &synonyms.text);
}

fn parse_config(bytes: &[u8]) -> Result<Config, Diagnostic> {
    let source = content::decode_source(Path::new("kiosk/guichet.toml"), bytes.to_vec())?;
    let parsed = Config::parse(&source);
    if let Err(diagnostic) = &parsed {
        assert!(diagnostic.is_error());
        assert_points_inside(diagnostic, &source.text);
    }
    parsed
}

#[test]
fn config_numbers_past_every_limit_are_refused_at_their_line() {
    for (text, line, words) in [
        (
            &b"idle_timeout = 18446744073709551615"[..],
            1,
            "from 30 to 3600",
        ),
        (
            b"\nidle_timeout = 99999999999999999999999",
            2,
            "far too large",
        ),
        (b"idle_warning = -1", 1, "`-1` is out of range"),
        (b"idle_warning = 1e400", 1, "overflowed"),
        (
            b"canton = \"GE\"\nidle_timeout = 9223372036854775807",
            2,
            "from 30",
        ),
    ] {
        let error = parse_config(text).expect_err(&String::from_utf8_lossy(text));
        assert_eq!(error.line, line, "{error}");
        assert!(error.message.contains(words), "{error}");
    }
}

#[test]
fn a_truncated_or_odd_config_is_refused_in_place() {
    let error = parse_config(b"canton = \"GE\"\nlanguages = [\"fr\", \"d").unwrap_err();
    assert_eq!(error.line, 2, "{error}");
    let error = parse_config(b"canton = \"GE\"\n\xc3\x28 = 1\n").unwrap_err();
    assert_eq!((error.line, error.column), (2, 1), "{error}");
    let error = parse_config(b"staff_pin = \"sha256$4294967295$\xc3\xa9\xc3\xa9$zz\"").unwrap_err();
    assert!(error.message.contains("hash-pin"), "{error}");
    // A NUL or bidi mark in the content path is text, and the BOM is skipped.
    let config =
        parse_config(b"\xef\xbb\xbfcontent = \"a\\u0000\\u202eb\"\nlanguages = [\"ti\"]").unwrap();
    assert_eq!(config.languages, [Lang::Ti]);
    assert_eq!(config.language, Lang::Ti);
    assert!(config.content.ends_with("a\u{0}\u{202E}b"));
}

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let loaded = content::load(&dir, &LoadOptions::for_dir(&dir)).unwrap();
        SearchIndex::build(loaded.catalogue).unwrap()
    })
}

/// A search checked as `query` fuzzes it: at most `limit` distinct hits, all
/// services of the catalogue that the canton offers.
fn search(lang: Lang, canton: Option<&str>, limit: usize, text: &str) -> Vec<Hit> {
    let canton: Option<Canton> = canton.map(|c| c.parse().unwrap());
    let index = index();
    let hits = index.search(&Request {
        text,
        lang,
        canton: canton.as_ref(),
        limit,
    });
    assert!(hits.len() <= limit, "{} hits for {limit}", hits.len());
    let mut seen = HashSet::new();
    for hit in &hits {
        let service = index.catalogue().service(&hit.id).unwrap();
        assert!(seen.insert(hit.id.clone()), "{} twice", hit.id);
        if let Some(canton) = &canton {
            assert!(service.serves(canton), "{} not in {canton}", hit.id);
        }
        assert!(hit.score.is_finite());
    }
    hits
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn a_ten_thousand_character_query_reads_its_start() {
    let long: String = "logement ".repeat(1_200).chars().take(10_000).collect();
    let hits = search(Lang::Fr, Some("GE"), 63, &long);
    assert!(!hits.is_empty());
    assert_eq!(
        ids(&hits),
        ids(&search(Lang::Fr, Some("GE"), 63, "logement "))
    );
    let one_word = "a".repeat(10_000);
    assert!(search(Lang::Fr, Some("ZH"), 10, &one_word).is_empty());
}

#[test]
fn marks_and_controls_around_words_do_not_change_the_answer() {
    let plain = search(Lang::Fr, Some("GE"), 10, "aide logement");
    assert!(!plain.is_empty());
    for odd in [
        "aide\u{0}logement",
        "\u{1b}aide\u{7}\u{8}\u{85}logement",
        "\u{200E}aide\u{200F} \u{202A}\u{202B}logement\u{202C}",
        "\u{202D}aide\u{202E} \u{2066}\u{2067}\u{2068}logement\u{2069}",
    ] {
        assert_eq!(
            ids(&search(Lang::Fr, Some("GE"), 10, odd)),
            ids(&plain),
            "{odd:?}"
        );
    }
    // A control character after the last word ends it, as a space does.
    let ended = search(Lang::Fr, Some("GE"), 10, "aide logement ");
    assert_eq!(
        ids(&search(Lang::Fr, Some("GE"), 10, "aide logement\u{0}")),
        ids(&ended)
    );
}

#[test]
fn every_script_and_limit_keeps_the_invariants() {
    for (lang, canton) in [
        (Lang::Ar, Some("VD")),
        (Lang::Ti, None),
        (Lang::Uk, Some("ZH")),
        (Lang::En, Some("GE")),
    ] {
        for text in [
            "مُسَاعَدَة سَكَن أإآٱ ى ة ـــ",
            "ገንዘብ ሓገዝ መንበሪ ቤት ።፧",
            "Житло гроші допомога",
            "🏠💶 🆘 👨\u{200D}👩\u{200D}👧 🇨🇭 aide",
            "cho\u{302}mage e\u{301}\u{301}\u{301} \u{345}",
            "loyerسكنЖитлоገንዘብ😀",
            "\"(aide)\" AND OR NOT -loyer +chômage* ~2 ^3 title: \\ /*",
        ] {
            for limit in [0, 1, 63] {
                let hits = search(lang, canton, limit, text);
                if limit == 0 {
                    assert!(hits.is_empty());
                }
            }
        }
    }
}
