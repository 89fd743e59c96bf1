//! ACCESSIBILITY.md cites tests by name; each must exist, each row must
//! say met, not met or n.a., and each must cite a test or say why none can.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

/// One row of a requirements table: requirement, status, how, test.
struct Row {
    line: usize,
    cells: Vec<String>,
}

fn rows(report: &str) -> Vec<Row> {
    report
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with('|'))
        .map(|(i, l)| Row {
            line: i + 1,
            cells: l
                .trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_owned())
                .collect(),
        })
        // Headers and their rules.
        .filter(|r| r.cells[0] != "Requirement" && !r.cells[0].starts_with("---"))
        .collect()
}

/// Every `path.rs::name` in a cell.
fn citations(cell: &str) -> Vec<(String, String)> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|c| {
            let (file, name) = c.split_once("::")?;
            file.ends_with(".rs")
                .then(|| (file.to_owned(), name.to_owned()))
        })
        .collect()
}

#[test]
fn every_row_is_judged_and_every_cited_test_exists() {
    let report = std::fs::read_to_string("ACCESSIBILITY.md").unwrap();
    let rows = rows(&report);
    assert!(rows.len() > 60, "only {} rows", rows.len());
    let mut missing = Vec::new();
    for row in &rows {
        let at = format!("ACCESSIBILITY.md:{}", row.line);
        assert_eq!(row.cells.len(), 4, "{at}: four cells");
        assert!(
            ["met", "not met", "n.a."].contains(&row.cells[1].as_str()),
            "{at}: status {:?} is not met, not met or n.a.",
            row.cells[1]
        );
        let cited = citations(&row.cells[3]);
        let says_why_not = row.cells[3].starts_with("none — ") && row.cells[3].len() > 12;
        assert!(
            !cited.is_empty() || says_why_not,
            "{at}: cite a test, or write \"none — why\""
        );
        for (file, name) in cited {
            let source = std::fs::read_to_string(Path::new(&file))
                .unwrap_or_else(|_| panic!("{at}: no file {file}"));
            if !source.contains(&format!("fn {name}(")) {
                missing.push(format!("{at}: {file}::{name}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "cited tests that do not exist: {missing:#?}"
    );
}

#[test]
fn the_report_covers_the_clauses_the_issue_names() {
    let report = std::fs::read_to_string("ACCESSIBILITY.md").unwrap();
    let judged: Vec<String> = rows(&report)
        .into_iter()
        .map(|r| r.cells[0].clone())
        .collect();
    let has = |clause: &str| judged.iter().any(|r| r.starts_with(clause));
    for clause in [
        "5.1.2.1", "5.1.2.2", "5.1.3.1", "5.1.3.16", "5.1.4", "5.1.5", "5.1.6.1", "5.1.6.2", "5.2",
        "5.3", "5.4", "5.5.1", "5.5.2", "5.6.1", "5.7", "5.8", "5.9", "11.2.2.1", "11.5", "1.4.3",
        "1.4.6", "2.5.5", "2.5.8", "2.4.11", "3.3.8",
    ] {
        assert!(has(clause), "no row for {clause}");
    }
    for eaa in [
        "Text-to-speech",
        "A timed response",
        "A way to extend the time",
    ] {
        assert!(has(eaa), "no row for the EAA's {eaa:?}");
    }
}

#[test]
fn a_renamed_test_would_be_caught() {
    // The checker itself: a citation of a test that does not exist is found.
    let row = "| 9.9 Made up | met | x | `tests/accessibility.rs::no_such_test` |";
    let cited = citations(rows(row)[0].cells[3].as_str());
    assert_eq!(
        cited,
        [(
            "tests/accessibility.rs".to_owned(),
            "no_such_test".to_owned()
        )]
    );
    let source = std::fs::read_to_string("tests/accessibility.rs").unwrap();
    assert!(!source.contains(&format!("fn {}(", "no_such_test")));
}
