//! HSDS 3.0 export, checked against the official schema in
//! `../shared/openreferral-hsds/schema/service.json` with Python's
//! `jsonschema` (Draft 2020-12, formats checked).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

/// The official schema, read in place: beside the project, or where
/// `HSDS_DIR` says.
fn schema() -> Option<PathBuf> {
    let mut places: Vec<PathBuf> = std::env::var_os("HSDS_DIR")
        .map(PathBuf::from)
        .into_iter()
        .collect();
    places.push(PathBuf::from("../shared/openreferral-hsds"));
    places.push(PathBuf::from("/work/shared/openreferral-hsds"));
    places
        .into_iter()
        .map(|dir| dir.join("schema/service.json"))
        .find(|path| path.exists())
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
        assert!(report.contains("45 services 0 errors"), "{report}");
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
