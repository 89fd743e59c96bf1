//! `guichet check` on the shipped catalogue and on the bad-input corpus.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests and benches stop at the first failure

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde::Deserialize;

mod common;

const TODAY: &str = "2026-11-28";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn guichet(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(args)
        .output()
        .expect("guichet runs")
}

/// A copy of the small good catalogue to break.
fn good_catalogue() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&fixtures().join("good-content"), dir.path());
    dir
}

fn check(dir: &Path) -> (i32, String, String) {
    let content = dir.to_str().unwrap();
    let icons = dir.join("icons");
    let out = guichet(&[
        "check",
        content,
        "--icons",
        icons.to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    file: String,
    about: String,
    place: String,
    exit: i32,
    line: Option<usize>,
    message: Option<String>,
}

#[test]
fn the_good_fixture_is_clean() {
    let dir = good_catalogue();
    let (code, stdout, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(!stdout.contains("error:"), "{stdout}");
    assert!(stdout.contains("0 errors"), "{stdout}");
}

#[test]
fn every_bad_file_is_named_with_its_line_and_message() {
    let corpus = fixtures().join("bad-content");
    let cases: Cases =
        toml::from_str(&fs::read_to_string(corpus.join("cases.toml")).unwrap()).unwrap();
    assert!(
        cases.case.len() >= 30,
        "the corpus has {} cases",
        cases.case.len()
    );
    let mut failures = Vec::new();
    for case in &cases.case {
        let dir = good_catalogue();
        let source = corpus.join(&case.file);
        let target = dir.path().join(&case.place);
        if source.is_dir() {
            common::copy_dir(&source, &target);
        } else {
            fs::copy(&source, &target).unwrap();
        }
        let (code, stdout, stderr) = check(dir.path());
        let report = format!(
            "{} ({}): exit {code}\n{stdout}{stderr}",
            case.file, case.about
        );
        if stderr.contains("panicked") || code != case.exit {
            failures.push(format!("wrong exit, expected {}: {report}", case.exit));
            continue;
        }
        match (&case.line, &case.message) {
            (Some(line), Some(message)) => {
                let place = case.place.trim_end_matches(".toml");
                let named = stdout.lines().any(|l| {
                    l.contains(place)
                        && l.contains(&format!(".toml:{line}:"))
                        && l.contains(message.as_str())
                });
                if !named {
                    failures.push(format!("no line `{place}…:{line}: … {message}`: {report}"));
                }
            }
            _ => {
                // Accepted files enter the catalogue under their own id.
                let id = case.file.trim_end_matches(".toml");
                if !stdout.lines().any(|l| l.starts_with(id)) {
                    failures.push(format!("{id} is not in the catalogue: {report}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_ten_megabyte_file_is_refused_without_reading_it() {
    let dir = good_catalogue();
    let big = dir.path().join("services/huge.toml");
    let line = "# padding padding padding padding padding padding padding padding\n";
    fs::write(&big, line.repeat(10_000_000 / line.len() + 1)).unwrap();
    let (code, stdout, _) = check(dir.path());
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout
            .lines()
            .any(|l| l.contains("huge.toml:1:1: error: the file is 10.0 MB")),
        "{stdout}"
    );
}

#[test]
fn errors_of_all_files_are_reported_in_one_run() {
    let dir = good_catalogue();
    let corpus = fixtures().join("bad-content");
    for name in ["hour-25.toml", "misspelt-field.toml", "not-utf8.toml"] {
        fs::copy(corpus.join(name), dir.path().join("services").join(name)).unwrap();
    }
    let (code, stdout, _) = check(dir.path());
    assert_eq!(code, 1);
    for name in ["hour-25.toml:", "misspelt-field.toml:", "not-utf8.toml:"] {
        assert!(stdout.contains(name), "{name} missing from:\n{stdout}");
    }
    assert!(stdout.contains("3 errors"), "{stdout}");
    // The good service still loads.
    assert!(
        stdout.lines().any(|l| l.starts_with("test-food-help")),
        "{stdout}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let out = guichet(&["check", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a folder"));
    let out = guichet(&["check", "--today", "yesterday", "content"]);
    assert_eq!(out.status.code(), Some(2));
    let out = guichet(&["check", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

/// The services the catalogue started with: none may silently disappear.
const SERVICE_IDS: [&str; 45] = [
    "avs-old-age-pension",
    "ai-disability-insurance",
    "supplementary-benefits-avs-ai",
    "unemployment-benefits",
    "family-allowances",
    "maternity-paternity-allowance",
    "health-insurance-basics",
    "emergency-numbers",
    "listening-helpline-143",
    "youth-helpline-147",
    "victim-support-lavi",
    "debt-counselling",
    "food-aid",
    "culture-leisure-discount",
    "second-hand-clothes-furniture",
    "community-interpreting",
    "french-courses",
    "digital-help",
    "elderly-support-pro-senectute",
    "disability-support-pro-infirmis",
    "addiction-help",
    "legal-advice",
    "tax-declaration-help",
    "social-assistance-ge",
    "health-insurance-subsidy-ge",
    "housing-allowance-ge",
    "family-supplementary-benefits-ge",
    "child-support-advance-ge",
    "study-grants-ge",
    "emergency-shelter-ge",
    "healthcare-undocumented-ge",
    "integration-office-ge",
    "residence-permits-ge",
    "asylum-support-ge",
    "social-assistance-vd",
    "health-insurance-subsidy-vd",
    "housing-allowance-vd",
    "family-supplementary-benefits-vd",
    "child-support-advance-vd",
    "study-grants-vd",
    "emergency-shelter-vd",
    "healthcare-undocumented-vd",
    "integration-office-vd",
    "residence-permits-vd",
    "asylum-support-vd",
];

#[test]
fn the_shipped_catalogue_passes_with_every_service() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let out = guichet(&["check", content.to_str().unwrap(), "--json"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["errors"], 0);
    let ids: Vec<&str> = report["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    for id in SERVICE_IDS {
        assert!(ids.contains(&id), "{id} is missing");
    }
    let files = common::shipped_services();
    assert!(files >= 45);
    assert_eq!(ids.len(), files, "every service file is a service");
    for lang in ["fr", "de", "it", "en"] {
        assert_eq!(report["languages"][lang]["complete"], files, "{lang}");
    }
    for lang in ["pt", "es", "sq", "ar", "uk", "ti"] {
        assert_eq!(report["languages"][lang]["missing"], 0, "{lang}");
    }
    for service in report["services"].as_array().unwrap() {
        let cantons = service["cantons"].as_array().unwrap();
        let id = service["id"].as_str().unwrap();
        let expected = if id.ends_with("-ge") {
            "GE"
        } else if id.ends_with("-vd") {
            "VD"
        } else {
            "CH"
        };
        assert_eq!(cantons, &[serde_json::json!(expected)], "{id}");
    }
}

#[test]
fn report_lists_reviews_due_flags_and_thin_categories_as_text_and_html() {
    let dir = good_catalogue();
    let content = dir.path().to_owned();
    let file = content.join("services/test-food-help.toml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("reviewed = 2026-11-01", "reviewed = 2020-01-01"),
    )
    .unwrap();
    let content_arg = content.to_str().unwrap();

    let output = guichet(&["report", content_arg]);
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{out}");
    assert!(out.contains("Reviews older than 12 months: 1"), "{out}");
    assert!(
        out.contains("test-food-help (reviewed 2020-01-01)"),
        "{out}"
    );
    assert!(out.contains("review"), "{out}");
    assert!(
        out.contains("Phones and addresses by the age of their check, oldest first: 2"),
        "{out}"
    );
    assert!(
        out.contains(
            "2020-01-01  test-food-help  phone +41 22 000 00 00  (https://example.org/food/contact)"
        ),
        "{out}"
    );
    assert!(
        out.contains("Categories with fewer than 3 services:"),
        "{out}"
    );

    let html = tempfile::tempdir().unwrap();
    let html = html.path().join("report.html");
    let output = guichet(&["report", content_arg, "--html", html.to_str().unwrap()]);
    assert!(output.status.success());
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    assert!(
        page.contains("<h2>Reviews older than 12 months (1)</h2>"),
        "{page}"
    );
    assert!(
        page.contains("<li>test-food-help (reviewed 2020-01-01)</li>"),
        "{page}"
    );
    assert!(
        page.contains("<td>2020-01-01</td><td>test-food-help</td><td>address Local de l'association, Rue de l'Exemple 1, 1204 Genève</td>"),
        "{page}"
    );

    let output = guichet(&["report", "/nonexistent/content"]);
    assert_eq!(output.status.code(), Some(2));
}
