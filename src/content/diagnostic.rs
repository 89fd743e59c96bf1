//! What `guichet check` tells staff: a problem, where it is, how to fix it.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file cannot be used: the kiosk keeps its last good catalogue.
    Error,
    /// The file is used, but staff should look at it.
    Warning,
}

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    /// 1-based; 0 when the problem concerns the file as a whole.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// What is wrong — how to fix it.
    pub message: String,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path.display(),
            self.line.max(1),
            self.column.max(1),
            self.severity,
            self.message
        )
    }
}

/// A content file's text, to turn byte offsets into lines and columns.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    /// Bytes removed from the start of the file (a byte-order mark).
    pub skipped: usize,
}

impl Source {
    pub fn new(path: &Path, text: String) -> Self {
        Source {
            path: path.to_owned(),
            text,
            skipped: 0,
        }
    }

    /// Line and column (1-based, columns in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = self.text.get(..offset).unwrap_or(&self.text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }

    pub fn diagnostic(
        &self,
        severity: Severity,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, column) = span.map_or((1, 1), |span| self.position(span.start));
        Diagnostic {
            severity,
            path: self.path.clone(),
            line,
            column,
            message: message.into(),
        }
    }

    pub fn error(&self, span: Option<Range<usize>>, message: impl Into<String>) -> Diagnostic {
        self.diagnostic(Severity::Error, span, message)
    }

    pub fn warning(&self, span: Option<Range<usize>>, message: impl Into<String>) -> Diagnostic {
        self.diagnostic(Severity::Warning, span, message)
    }
}

/// A diagnostic about a whole file, or a file that could not be read.
pub fn file_error(
    path: &Path,
    line: usize,
    column: usize,
    message: impl Into<String>,
) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        path: path.to_owned(),
        line,
        column,
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let source = Source::new(Path::new("x.toml"), "a = 1\ntitre = \"été\"\nb".to_owned());
        assert_eq!(source.position(0), (1, 1));
        assert_eq!(source.position(6), (2, 1));
        let b = source.text.rfind('b').unwrap();
        assert_eq!(source.position(b), (3, 1));
        let quote = source.text.rfind('"').unwrap();
        assert_eq!(source.position(quote), (2, 13));
    }

    #[test]
    fn displays_as_path_line_column() {
        let source = Source::new(Path::new("services/a.toml"), "x\ny".to_owned());
        let d = source.error(Some(2..3), "bad — fix it");
        assert_eq!(d.to_string(), "services/a.toml:2:1: error: bad — fix it");
    }
}
