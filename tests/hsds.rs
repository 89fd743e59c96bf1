//! HSDS 3.0 export, checked against the official schema in
//! `../shared/openreferral-hsds/schema/service.json` with Python's
//! `jsonschema` (Draft 2020-12, formats checked); import of the official
//! examples (JSON and CSV), and export → import → export.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

/// The official HSDS folder, read in place: beside the project, or where
/// `HSDS_DIR` says.
fn hsds_dir() -> Option<PathBuf> {
    let mut places: Vec<PathBuf> = std::env::var_os("HSDS_DIR")
        .map(PathBuf::from)
        .into_iter()
        .collect();
    places.push(PathBuf::from("../shared/openreferral-hsds"));
    places.push(PathBuf::from("/work/shared/openreferral-hsds"));
    places
        .into_iter()
        .find(|dir| dir.join("schema/service.json").exists())
}

fn schema() -> Option<PathBuf> {
    hsds_dir().map(|dir| dir.join("schema/service.json"))
}

/// `guichet import hsds INPUT --content CONTENT --out OUT` and `more`.
fn import(input: &Path, content: &Path, out: &Path, more: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "import",
        "hsds",
        input.to_str().unwrap(),
        "--content",
        content.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(more);
    guichet(&args)
}

fn guichet(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A copy of the shipped content folder with no services, or all of them.
fn content_copy(dir: &Path, with_services: bool) -> PathBuf {
    let content = dir.join("content");
    common::copy_dir(Path::new("content"), &content);
    if !with_services {
        std::fs::remove_dir_all(content.join("services")).unwrap();
    }
    content
}

const VALIDATE: &str = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
data = json.load(open(sys.argv[2]))
Validator = jsonschema.validators.validator_for(schema)
validator = Validator(schema, format_checker=Validator.FORMAT_CHECKER)
errors = 0
for service in data:
    for error in validator.iter_errors(service):
        errors += 1
        print(service.get("alternate_name"), list(error.absolute_path), error.message[:200])
print(len(data), "services", errors, "errors")
sys.exit(1 if errors else 0)
"#;

fn validate(schema: &Path, file: &Path) -> (bool, String) {
    common::run_python(VALIDATE, &[schema, file])
}

#[test]
fn the_export_validates_against_the_official_hsds_schema() {
    let Some(schema) = schema() else {
        eprintln!("SKIPPED: the official HSDS schema is not beside the project; set HSDS_DIR");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hsds.json");
    for lang in ["fr", "ar"] {
        let status = Command::new(env!("CARGO_BIN_EXE_guichet"))
            .args([
                "export",
                "hsds",
                "--content",
                "content",
                "--lang",
                lang,
                "--out",
            ])
            .arg(&file)
            .status()
            .unwrap();
        assert!(status.success());
        let (valid, report) = validate(&schema, &file);
        assert!(valid, "{lang}: {report}");
        let n = common::shipped_services();
        assert!(
            report.contains(&format!("{n} services 0 errors")),
            "{report}"
        );
    }

    // What the kiosk knows is there: French text, hours, review date, ids.
    let status = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["export", "hsds", "--out"])
        .arg(&file)
        .status()
        .unwrap();
    assert!(status.success());
    let services: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let scarpa = services
        .iter()
        .find(|s| s["alternate_name"] == "child-support-advance-ge")
        .unwrap();
    let schedules = &scarpa["service_at_locations"][0]["location"]["schedules"];
    assert_eq!(schedules[0]["byday"], "MO");
    assert_eq!(schedules[0]["opens_at"], "08:30");
    assert_eq!(schedules[0]["closes_at"], "12:30");
    assert_eq!(schedules.as_array().unwrap().len(), 5);
    assert!(scarpa["assured_date"].as_str().unwrap().starts_with("20"));
    let subsidy = services
        .iter()
        .find(|s| s["alternate_name"] == "health-insurance-subsidy-ge")
        .unwrap();
    assert_eq!(subsidy["name"], "Aide pour payer l'assurance maladie");
    assert_eq!(subsidy["phones"][0]["number"], "+41 22 546 19 00");
    assert!(
        subsidy["application_process"]
            .as_str()
            .unwrap()
            .starts_with("1. ")
    );

    // The check can fail: an object without its required name is refused.
    let mut broken = services.clone();
    broken[0].as_object_mut().unwrap().remove("name");
    std::fs::write(&file, serde_json::to_string(&broken).unwrap()).unwrap();
    let (valid, report) = validate(&schema, &file);
    assert!(!valid, "{report}");
    assert!(report.contains("'name' is a required property"), "{report}");
}

#[test]
fn the_official_examples_import_into_content_that_passes_check() {
    let Some(hsds) = hsds_dir() else {
        eprintln!("SKIPPED: the official HSDS examples are not beside the project; set HSDS_DIR");
        return;
    };
    let examples = hsds.join("examples");
    for (name, input) in [
        ("full", examples.join("service_full.json")),
        ("list", examples.join("service_list.json")),
        ("csv", examples.join("csv")),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let content = content_copy(dir.path(), true);
        let out = content.join("services/imported");
        let run = |extra: &[&str]| import(&input, &content, &out, extra);

        // The examples name no Swiss canton and no kiosk category: the
        // import says so and writes nothing.
        let (code, _, err) = run(&["--lang", "en"]);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(err.contains("give one with --category"), "{name}: {err}");
        assert!(!out.exists(), "{name}: nothing is written");

        let (code, stdout, err) = run(&["--lang", "en", "--category", "health", "--canton", "GE"]);
        assert_eq!(code, 0, "{name}: {err}");
        let file = out.join("community-counselling.toml");
        assert_eq!(stdout.trim(), file.to_str().unwrap(), "{name}");
        let text = std::fs::read_to_string(&file).unwrap();
        for expected in [
            "id = \"community-counselling\"",
            "categories = [\"health\"]",
            "cantons = [\"GE\"]",
            "url = \"http://example.com/counselling\"",
            "reviewed = 2005-01-01",
            "name = \"Example Organization Inc.\"",
            "status = \"needs-review\"",
            "[text.en]",
            "title = \"Community Counselling\"",
        ] {
            assert!(text.contains(expected), "{name}: no {expected} in\n{text}");
        }
        if name != "list" {
            // The list example is a summary: no phones, documents or fees.
            for expected in [
                "languages = [\"ur\"]",
                "Location `MyCity Civic Center` left out",
                "number = \"+44 1234 234567\"",
                "Extension 100.",
                "documents = [\"Any official identification document",
                "fees = \"Non-NHS patients",
                "how_to_apply = [\"If you are an NHS patient",
            ] {
                assert!(text.contains(expected), "{name}: no {expected} in\n{text}");
            }
        }

        // `guichet check` accepts the folder with the new file in it.
        let (code, stdout, err) = guichet(&["check", content.to_str().unwrap()]);
        assert_eq!(code, 0, "{name}: {stdout}{err}");
        let n = common::shipped_services() + 1;
        assert!(
            stdout.contains(&format!("{n} services: 0 errors")),
            "{name}: {stdout}"
        );
        assert!(
            stdout.contains("community-counselling.toml") && stdout.contains("needs-review"),
            "{name}: check flags it for review: {stdout}"
        );

        // Importing again would make a second service with the same id.
        let (code, _, err) = run(&["--lang", "en", "--category", "health", "--canton", "GE"]);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(
            err.contains("already has a service `community-counselling`"),
            "{name}: {err}"
        );
    }
}

#[test]
fn export_import_export_gives_the_same_hsds() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["fr", "ar"] {
        let first = dir.path().join(format!("first-{lang}.json"));
        let second = dir.path().join(format!("second-{lang}.json"));
        let (code, _, err) = guichet(&[
            "export",
            "hsds",
            "--lang",
            lang,
            "--out",
            first.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");

        let copy = tempfile::tempdir().unwrap();
        let content = content_copy(copy.path(), false);
        let services = content.join("services");
        let (code, stdout, err) = import(&first, &content, &services, &["--lang", lang]);
        assert_eq!(code, 0, "{lang}: {err}");
        let n = common::shipped_services();
        assert_eq!(stdout.lines().count(), n, "{lang}: {stdout}");
        assert!(
            err.contains(&format!("{n} of {n} services written")),
            "{lang}: {err}"
        );

        let (code, stdout, err) = guichet(&["check", content.to_str().unwrap()]);
        assert_eq!(code, 0, "{lang}: {stdout}{err}");
        assert!(
            stdout.contains(&format!("{n} services: 0 errors")),
            "{lang}: {stdout}"
        );

        let (code, _, err) = guichet(&[
            "export",
            "hsds",
            "--lang",
            lang,
            "--content",
            content.to_str().unwrap(),
            "--out",
            second.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        let read = |path: &Path| -> serde_json::Value {
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
        };
        let (first, second) = (read(&first), read(&second));
        for (a, b) in first
            .as_array()
            .unwrap()
            .iter()
            .zip(second.as_array().unwrap())
        {
            assert_eq!(a, b, "{lang}: {} changed on the way", a["alternate_name"]);
        }
        assert_eq!(first, second, "{lang}");
    }
}

#[test]
fn import_refuses_what_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let content = content_copy(dir.path(), false);
    let out = content.join("services");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "[{\"name\": \"x\",\n  oops]").unwrap();
    let (code, _, err) = import(&bad, &content, &out, &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bad.json:2:3: not JSON"), "{err}");

    let (code, _, err) = import(dir.path(), &content, &out, &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("has no services.csv"), "{err}");

    // A record with no name and one with a closed status are named and skipped.
    std::fs::write(
        &bad,
        r#"[{"id": "a1", "status": "active"},
            {"id": "b2", "name": "Old desk", "status": "defunct", "description": "Closed."}]"#,
    )
    .unwrap();
    let (code, _, err) = import(&bad, &content, &out, &["--category", "nope"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--category nope is not a category"), "{err}");
    let (code, _, err) = import(
        &bad,
        &content,
        &out,
        &["--category", "money", "--canton", "GE"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("`a1` not imported: it has no `name`"), "{err}");
    assert!(
        err.contains("`Old desk` not imported: its status is `defunct`"),
        "{err}"
    );
    assert!(err.contains("0 of 2 services written"), "{err}");
}
