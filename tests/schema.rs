//! `guichet schema`: the shipped content files pass their schemas, typical
//! typing mistakes do not, and the schemas in `content/schema/` (used by
//! editors through `.taplo.toml`) are the ones `guichet schema` prints.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

mod common;

const VALIDATE: &str = r#"
import json, sys, tomllib, datetime, jsonschema
def plain(v):
    if isinstance(v, dict): return {k: plain(x) for k, x in v.items()}
    if isinstance(v, list): return [plain(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return v
schema = json.load(open(sys.argv[1]))
Validator = jsonschema.validators.validator_for(schema)
validator = Validator(schema, format_checker=Validator.FORMAT_CHECKER)
errors = 0
for name in sys.argv[2:]:
    for error in validator.iter_errors(plain(tomllib.load(open(name, "rb")))):
        errors += 1
        print(name, list(error.absolute_path), error.message[:160])
print(len(sys.argv) - 2, "files", errors, "errors")
sys.exit(1 if errors else 0)
"#;

fn schema(kind: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["schema", kind])
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn shipped_content_passes_and_the_editor_schemas_are_current() {
    for kind in ["service", "categories", "synonyms", "crisis", "glossary"] {
        let printed = schema(kind);
        let shipped = std::fs::read_to_string(format!("content/schema/{kind}.json")).unwrap();
        assert_eq!(
            printed, shipped,
            "content/schema/{kind}.json is stale: run `guichet schema {kind} > content/schema/{kind}.json`"
        );
    }
    let mut services: Vec<_> = std::fs::read_dir("content/services")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    services.sort();
    let mut args: Vec<&Path> = vec![Path::new("content/schema/service.json")];
    args.extend(services.iter().map(|p| p.as_path()));
    let (ok, report) = common::run_python(VALIDATE, &args);
    assert!(ok, "{report}");
    let n = common::shipped_services();
    assert!(report.contains(&format!("{n} files 0 errors")), "{report}");
    for kind in ["categories", "synonyms", "crisis", "glossary"] {
        let schema = format!("content/schema/{kind}.json");
        let file = format!("content/{kind}.toml");
        let (ok, report) = common::run_python(VALIDATE, &[Path::new(&schema), Path::new(&file)]);
        assert!(ok, "{kind}: {report}");
        assert!(report.contains("1 files 0 errors"), "{kind}: {report}");
    }
}

#[test]
fn typing_mistakes_are_caught_while_typing() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string("content/services/child-support-advance-ge.toml").unwrap();
    let mistakes = [
        ("summary = ", "sumary = ", "'sumary' was unexpected"),
        ("\"08:30-12:30\"", "\"8h30-12h30\"", "does not match"),
        (
            "status = \"complete\"",
            "status = \"done\"",
            "is not one of",
        ),
        (
            "reviewed = ",
            "reviewd = ",
            "'reviewed' is a required property",
        ),
    ];
    for (from, to, expected) in mistakes {
        assert!(good.contains(from), "{from}");
        let file = dir.path().join("typo.toml");
        std::fs::write(&file, good.replacen(from, to, 1)).unwrap();
        let (ok, report) =
            common::run_python(VALIDATE, &[Path::new("content/schema/service.json"), &file]);
        assert!(!ok, "{to} passed");
        assert!(report.contains(expected), "{to}: {report}");
    }
    // The crisis and glossary files, added to the schemas with issue 14.
    let others = [
        (
            "crisis",
            "kind = \"suicide\"",
            "kind = \"suicid\"",
            "is not one of",
        ),
        (
            "glossary",
            "explanation = ",
            "explenation = ",
            "'explenation' was unexpected",
        ),
        (
            "glossary",
            "reviewed = ",
            "reviewd = ",
            "'reviewed' is a required property",
        ),
    ];
    for (kind, from, to, expected) in others {
        let good = std::fs::read_to_string(format!("content/{kind}.toml")).unwrap();
        assert!(good.contains(from), "{kind}: {from}");
        let file = dir.path().join(format!("{kind}.toml"));
        std::fs::write(&file, good.replacen(from, to, 1)).unwrap();
        let schema = format!("content/schema/{kind}.json");
        let (ok, report) = common::run_python(VALIDATE, &[Path::new(&schema), &file]);
        assert!(!ok, "{kind}: {to} passed");
        assert!(report.contains(expected), "{kind} {to}: {report}");
    }
}
