//! Crisis safety: sentences of people in distress, in ten languages, bring
//! the right kind of helpline first; ordinary questions never do; the
//! lexicon `content/crisis.toml` is checked like any content file.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first failure

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use guichet::content::{self, Canton, CrisisKind, LoadOptions};
use guichet::lang::Lang;
use guichet::search::{Request, SearchIndex};
use serde::Deserialize;

#[derive(Deserialize)]
struct Phrasings {
    distress: Vec<Distress>,
    ordinary: Vec<Ordinary>,
}

#[derive(Deserialize)]
struct Distress {
    lang: Lang,
    kind: CrisisKind,
    text: String,
}

#[derive(Deserialize)]
struct Ordinary {
    lang: Lang,
    text: String,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn index() -> SearchIndex {
    let content = root().join("content");
    let loaded = content::load(&content, &LoadOptions::for_dir(&content)).unwrap();
    assert_eq!(loaded.errors(), 0, "{:?}", loaded.diagnostics);
    assert!(!loaded.catalogue.crisis.is_empty());
    SearchIndex::build(loaded.catalogue).unwrap()
}

fn phrasings() -> Phrasings {
    let text = fs::read_to_string(root().join("tests/crisis/phrasings.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

/// The services a kind shows first on a kiosk of `canton`.
fn shown_for(index: &SearchIndex, kind: CrisisKind, canton: &Canton) -> Vec<String> {
    index
        .catalogue()
        .crisis
        .iter()
        .filter(|c| *c.kind.get_ref() == kind)
        .flat_map(|c| &c.show)
        .filter(|h| h.shown_in(Some(canton)))
        .map(|h| h.service.get_ref().clone())
        .collect()
}

#[test]
fn distress_brings_the_right_help_first_in_ten_languages() {
    let index = index();
    let phrasings = phrasings();
    let mut per_lang: BTreeMap<Lang, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for canton in ["GE", "VD"] {
        let canton: Canton = canton.parse().unwrap();
        for case in &phrasings.distress {
            *per_lang.entry(case.lang).or_default() += 1;
            let hits = index.search(&Request {
                text: &case.text,
                lang: case.lang,
                canton: Some(&canton),
                limit: 10,
            });
            let first = hits.first();
            let right_kind = first
                .and_then(|h| h.crisis.as_ref())
                .is_some_and(|c| c.kind == case.kind);
            let right_service =
                first.is_some_and(|h| shown_for(&index, case.kind, &canton).contains(&h.id));
            let numbers = first
                .and_then(|h| h.crisis.as_ref())
                .is_some_and(|c| !c.numbers.is_empty());
            if !(right_kind && right_service && numbers) {
                failures.push(format!(
                    "[{} {}] {:?}: expected {} first, got {:?}",
                    case.lang,
                    canton.as_str(),
                    case.text,
                    case.kind,
                    first.map(|h| (&h.id, h.crisis.as_ref().map(|c| c.kind)))
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for lang in Lang::ALL {
        // Counted once per canton.
        let count = per_lang.get(&lang).copied().unwrap_or_default() / 2;
        assert!(count >= 10, "{lang}: only {count} phrasings");
    }
}

#[test]
fn ordinary_questions_bring_no_helpline() {
    let index = index();
    let canton: Canton = "GE".parse().unwrap();
    let mut triggered = Vec::new();
    for case in &phrasings().ordinary {
        let kinds = index.crisis_kinds(&case.text);
        let hits = index.search(&Request {
            text: &case.text,
            lang: case.lang,
            canton: Some(&canton),
            limit: 10,
        });
        if !kinds.is_empty() || hits.iter().any(|h| h.crisis.is_some()) {
            triggered.push(format!("[{}] {:?} → {kinds:?}", case.lang, case.text));
        }
    }
    assert!(triggered.is_empty(), "{}", triggered.join("\n"));
}

#[test]
fn helplines_follow_the_kiosk_canton() {
    let index = index();
    let hits = |canton: &str| {
        let canton: Canton = canton.parse().unwrap();
        index.search(&Request {
            text: "violence conjugale",
            lang: Lang::Fr,
            canton: Some(&canton),
            limit: 10,
        })
    };
    let vd = hits("VD");
    let lavi = vd.iter().find(|h| h.id == "victim-support-lavi").unwrap();
    assert!(
        lavi.crisis
            .as_ref()
            .unwrap()
            .numbers
            .contains(&"+41 21 631 03 00".to_owned())
    );
    let ge = hits("GE");
    let lavi = ge.iter().find(|h| h.id == "victim-support-lavi").unwrap();
    assert_eq!(lavi.crisis.as_ref().unwrap().numbers, ["117"]);
    // Each helpline once, and before every other result.
    let helplines = ge.iter().take_while(|h| h.crisis.is_some()).count();
    assert!(helplines >= 2);
    assert!(ge[helplines..].iter().all(|h| h.crisis.is_none()));
    let mut ids: Vec<&str> = ge.iter().map(|h| h.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), ge.len());
}

fn write_content(dir: &Path, crisis: &str) {
    let content = root().join("content");
    fs::create_dir_all(dir.join("services")).unwrap();
    for name in ["categories.toml", "synonyms.toml"] {
        fs::copy(content.join(name), dir.join(name)).unwrap();
    }
    for entry in fs::read_dir(content.join("services")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join("services").join(path.file_name().unwrap())).unwrap();
    }
    fs::write(dir.join("crisis.toml"), crisis).unwrap();
}

#[test]
fn check_names_the_line_of_each_mistake() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().join("content");
    write_content(
        &dir,
        r#"[[crisis]]
kind = "suicide"

[[crisis.show]]
service = "listening-helpline-134"

[[crisis.show]]
service = "emergency-numbers"
numbers = ["999"]

[crisis.phrases]
fr = []
de = ["sterben wollen", "s*uizid"]
"#,
    );
    let icons = root().join("assets/icons");
    let options = LoadOptions {
        icons,
        ..LoadOptions::for_dir(&dir)
    };
    let loaded = content::load(&dir, &options).unwrap();
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{}:{}", d.line, d.message))
        .collect();
    let has = |line: usize, words: &str| {
        errors
            .iter()
            .any(|e| e.starts_with(&format!("{line}:")) && e.contains(words))
    };
    assert!(
        has(
            5,
            "unknown service id `listening-helpline-134` — did you mean `listening-helpline-143`?"
        ),
        "{errors:?}"
    );
    assert!(
        has(9, "`999` is not a number of `emergency-numbers`"),
        "{errors:?}"
    );
    assert!(has(12, "the list of `fr` phrases is empty"), "{errors:?}");
    assert!(has(13, "`*` may only end a word"), "{errors:?}");
    assert!(loaded.catalogue.crisis.is_empty());

    write_content(
        &dir,
        "[[crisis]]\nkind = \"suicide\"\n[[crisis.show]]\nservice = \"listening-helpline-143\"\n[crisis.phrases]\nxx = [\"mourir\"]\n",
    );
    let loaded = content::load(&dir, &options).unwrap();
    let unknown = loaded
        .diagnostics
        .iter()
        .find(|d| d.is_error())
        .expect("an unknown language is an error");
    assert_eq!(unknown.line, 6, "{unknown}");
    assert!(
        unknown.message.contains("unknown language code `xx`"),
        "{unknown}"
    );
}
