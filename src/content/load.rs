//! Reading content files: size, encoding, TOML, and messages staff can act on.

use std::fs;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, Source, file_error};
use crate::spelling::closest;

/// Content files are a few kilobytes; anything this big is a mistake.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

const BOM: &str = "\u{feff}";

/// Reads a content file as UTF-8 text, refusing huge and non-text files.
pub fn read_source(path: &Path) -> Result<Source, Diagnostic> {
    let unreadable = |e: std::io::Error| {
        let message = if e.kind() == std::io::ErrorKind::NotFound {
            "the file is missing — restore it (see content/README.md)".to_owned()
        } else {
            format!("cannot read the file: {e} — check that it exists and may be read")
        };
        file_error(path, 1, 1, message)
    };
    let size = fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(file_error(
            path,
            1,
            1,
            format!(
                "the file is {:.1} MB, but content files are a few KB (at most 1 MB) — check that this is the right file",
                size as f64 / 1_000_000.0
            ),
        ));
    }
    let bytes = fs::read(path).map_err(unreadable)?;
    decode_source(path, bytes)
}

/// Turns a content file's bytes into its text, without the byte-order mark;
/// bytes that are not UTF-8 are named at their line and column.
pub fn decode_source(path: &Path, bytes: Vec<u8>) -> Result<Source, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            let skipped = if text.starts_with(BOM) {
                text.drain(..BOM.len());
                BOM.len()
            } else {
                0
            };
            Ok(Source {
                skipped,
                ..Source::new(path, text)
            })
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bad = e.as_bytes().get(valid).copied().unwrap_or_default();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
            let (line, column) = Source::new(path, prefix).position(valid);
            Err(file_error(
                path,
                line,
                column,
                format!(
                    "the file is not UTF-8 text (byte 0x{bad:02X} here) — open it in your editor and save it with the encoding UTF-8"
                ),
            ))
        }
    }
}

/// Parses a content file into `T`, explaining the first problem at its place.
pub fn parse<T: DeserializeOwned>(source: &Source) -> Result<T, Diagnostic> {
    toml::from_str(&source.text).map_err(|e| source.error(e.span(), explain(e.message())))
}

/// Turns serde's and toml's wording into what is wrong — how to fix it.
pub fn explain(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return unknown_name("field", rest);
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return unknown_name("value", rest);
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        let name = field.trim_matches('`');
        return format!(
            "missing field `{name}` in this table — add a line `{name} = …` (see content/README.md)"
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            // toml reads a number past 64 bits as an i128 no field accepts.
            if let Some(number) = found.strip_suffix(" as i128") {
                return format!(
                    "{number} is far too large — this field takes {} — see content/README.md",
                    plain_type(expected)
                );
            }
            return format!(
                "wrong type: found {found}, but this field takes {} — see content/README.md",
                plain_type(expected)
            );
        }
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let problem = if found.starts_with("integer ") {
                "is out of range"
            } else {
                "is not allowed here"
            };
            return format!(
                "{found} {problem} — this field takes {} — see content/README.md",
                plain_type(expected)
            );
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return format!("wrong number of items: {rest}");
    }
    if message.starts_with("invalid date") || message.starts_with("invalid time") {
        return format!("{message} — write a day that exists in the calendar, as YYYY-MM-DD");
    }
    if message.contains("duplicate key") {
        return format!("{message} — each field may appear only once in a table; remove one");
    }
    if message.contains(" — ") {
        return message.to_owned();
    }
    format!("{message} — check the TOML syntax around here (see content/README.md)")
}

fn plain_type(expected: &str) -> &str {
    match expected {
        "a sequence" => "a list, like [\"…\", \"…\"]",
        "a string" => "text in quotes, like \"…\"",
        "a map" | "struct" => "a table",
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number, like 90",
        other if other.starts_with("struct ") => "a table",
        other => other,
    }
}

/// `` `sumary`, expected one of `title`, `summary` `` → a did-you-mean.
fn unknown_name(what: &str, rest: &str) -> String {
    let (given, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
    let given = given.trim_matches('`');
    let allowed: Vec<&str> = expected
        .trim_start_matches("one of ")
        .split(", ")
        .map(|s| s.trim_matches('`'))
        .filter(|s| !s.is_empty() && !s.starts_with("no "))
        .collect();
    let languages = crate::lang::Lang::ALL.map(crate::lang::Lang::code);
    if !allowed.is_empty() && allowed.iter().all(|a| languages.contains(a)) {
        return format!(
            "unknown language code `{given}` — use one of {}",
            crate::lang::Lang::codes_list()
        );
    }
    let list = if allowed.is_empty() {
        "none".to_owned()
    } else {
        allowed.join(", ")
    };
    let hint = closest(given, &allowed).map(|best| format!("did you mean `{best}`? "));
    match what {
        "field" => format!(
            "unknown field name `{given}` — {}(allowed here: {list})",
            hint.unwrap_or_else(|| "remove it or correct the spelling ".to_owned())
        ),
        _ => format!(
            "unknown value `{given}` — {}use one of: {list}",
            hint.unwrap_or_default()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_field_meant() {
        let m = explain("unknown field `sumary`, expected one of `status`, `title`, `summary`");
        assert_eq!(
            m,
            "unknown field name `sumary` — did you mean `summary`? (allowed here: status, title, summary)"
        );
    }

    #[test]
    fn numbers_out_of_range_are_not_syntax_errors() {
        assert_eq!(
            explain("invalid value: integer `-1`, expected u64"),
            "integer `-1` is out of range — this field takes a whole number, like 90 — see content/README.md"
        );
        assert_eq!(
            explain("invalid type: integer `99999999999999999999` as i128, expected u64"),
            "integer `99999999999999999999` is far too large — this field takes a whole number, like 90 — see content/README.md"
        );
        assert!(
            explain("invalid value: string \"ab\", expected a character")
                .starts_with("string \"ab\" is not allowed here — this field takes a character")
        );
    }

    #[test]
    fn names_language_codes() {
        let m = explain(
            "unknown field `xx`, expected one of `fr`, `de`, `it`, `en`, `pt`, `es`, `sq`, `ar`, `uk`, `ti`",
        );
        assert!(
            m.starts_with("unknown language code `xx` — use one of fr, de"),
            "{m}"
        );
    }
}
