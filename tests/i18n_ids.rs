//! Every Fluent message id the code asks for exists in every locale of
//! `i18n/`: a wrong id would show the id itself to a visitor.
//!
//! The ids are read from the source: literals passed to `t`, `t_with`,
//! `get` and `get_with` (the ways the code looks up a message), and the
//! literals that `label` functions return (ids chosen by a setting, such as
//! the text size).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use guichet::i18n::message_ids;
use guichet::lang::Lang;

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The string literal at the start of `rest` (after blanks), if any.
fn literal(rest: &str) -> Option<&str> {
    let rest = rest.trim_start().strip_prefix('"')?;
    rest.split('"').next()
}

/// The text after the first argument of a call (up to its top-level comma).
fn after_first_argument(rest: &str) -> Option<&str> {
    let mut depth = 0;
    for (at, c) in rest.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return None,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => return Some(&rest[at + 1..]),
            _ => {}
        }
    }
    None
}

/// `(file:line, id)` for every message id in `source`.
fn ids_used(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let line_of = |at: usize| source[..at].matches('\n').count() + 1;
    for (call, skip_first) in [
        (".t(", false),
        (".t_with(", false),
        (".get(", true),
        (".get_with(", true),
    ] {
        for (at, _) in source.match_indices(call) {
            let mut rest = &source[at + call.len()..];
            if skip_first {
                match after_first_argument(rest) {
                    Some(after) => rest = after,
                    None => continue,
                }
            }
            if let Some(id) = literal(rest).filter(|id| is_id(id)) {
                found.push((line_of(at), id.to_owned()));
            }
        }
    }
    // `fn label(…) -> &'static str` bodies: each arm's literal is an id.
    for (at, _) in source.match_indices("fn label(") {
        let head = &source[at..];
        let Some(signature_end) = head.find('{') else {
            continue;
        };
        if !head[..signature_end].contains("&'static str") {
            continue;
        }
        let body_end = head.find("\n    }\n").unwrap_or(head.len());
        let body = &head[signature_end..body_end];
        for (arm, _) in body.match_indices("=> ") {
            let rest = &body[arm + 3..];
            let rest = rest.trim_start().strip_prefix("Some(").unwrap_or(rest);
            if let Some(id) = literal(rest).filter(|id| is_id(id)) {
                found.push((line_of(at + arm), id.to_owned()));
            }
        }
    }
    found
}

#[test]
fn every_message_id_in_code_is_in_every_locale() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let locales: Vec<(Lang, Vec<String>)> = Lang::ALL
        .iter()
        .map(|&lang| {
            let path = format!("i18n/{}/guichet.ftl", lang.code());
            let source = std::fs::read_to_string(&path).unwrap();
            (lang, message_ids(&source))
        })
        .collect();
    let mut used = 0;
    let mut missing = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        // Unit tests may use made-up messages of their own.
        let source = source
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or_default();
        for (line, id) in ids_used(source) {
            used += 1;
            for (lang, ids) in &locales {
                if !ids.contains(&id) {
                    missing.push(format!(
                        "{}:{line}: `{id}` is not in i18n/{lang}/guichet.ftl",
                        file.display()
                    ));
                }
            }
        }
    }
    assert!(
        used >= 50,
        "only {used} message ids found in src/: has the lookup changed?"
    );
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_scan_finds_ids_in_each_form_and_a_wrong_one_fails() {
    let source = r#"
        let a = cx.t("staff-back");
        let b = cx.t_with(
            "staff-content-problems",
            &[("count", n)],
        );
        let c = strings.get(lang, "language-name");
        let d = self.strings.get_with(lang.other(1, 2), "count-services", &[]);
        let e = cx.t(id);
    pub fn label(self) -> &'static str {
        match self {
            Size::Large => "size-large",
            Size::Normal => "size-normal",
        }
    }
"#;
    let ids: Vec<String> = ids_used(source).into_iter().map(|(_, id)| id).collect();
    assert_eq!(
        ids,
        [
            "staff-back",
            "staff-content-problems",
            "language-name",
            "count-services",
            "size-large",
            "size-normal"
        ]
    );
    let french = message_ids(&std::fs::read_to_string("i18n/fr/guichet.ftl").unwrap());
    assert!(french.contains(&"staff-back".to_owned()));
    assert!(!french.contains(&"staff-bakc".to_owned()));
}
