//! What every fuzz target checks of a diagnostic, shared by the targets.

use guichet::content::Diagnostic;

/// A diagnostic prints as `path:line:column: …` and its line and column are
/// inside `text` (line 0 stands for the whole file).
pub fn assert_points_inside(diagnostic: &Diagnostic, text: &str) {
    let shown = diagnostic.to_string();
    assert!(
        shown.starts_with(&format!("{}:", diagnostic.path.display())),
        "{shown}"
    );
    assert!(!diagnostic.message.trim().is_empty(), "{shown}");
    let lines: Vec<&str> = text.split('\n').collect();
    assert!(
        diagnostic.line <= lines.len(),
        "line {} of {}: {shown}",
        diagnostic.line,
        lines.len()
    );
    if let Some(line) = diagnostic.line.checked_sub(1).and_then(|i| lines.get(i)) {
        let width = line.chars().count();
        assert!(
            (1..=width + 1).contains(&diagnostic.column),
            "column {} of a {width}-character line: {shown}",
            diagnostic.column
        );
    }
}
