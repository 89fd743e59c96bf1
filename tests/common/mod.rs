//! Shared by integration tests that check JSON against a JSON Schema.
#![allow(dead_code, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

/// A Python that has `jsonschema` (Debian's python3-jsonschema, or a pip one).
pub fn python() -> &'static str {
    ["python3", "/usr/bin/python3"]
        .into_iter()
        .find(|python| {
            Command::new(python)
                .args(["-c", "import jsonschema"])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect("no python3 with jsonschema: run deploy/install-deps.sh")
}

/// Runs a Python `script` with `args`; returns whether it succeeded, and
/// everything it printed.
pub fn run_python(script: &str, args: &[&Path]) -> (bool, String) {
    let output = Command::new(python())
        .args(["-c", script])
        .args(args)
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}
