//! Helpers shared by the integration tests; each test file uses some.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use guichet::ui::Message;
use iced::keyboard::key::{Code, Physical};
use iced::keyboard::{Event as KeyEvent, Key, Location, Modifiers};

/// Copies a folder and everything under it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A key pressed on a physical keyboard, as the kiosk receives it.
pub fn key_press(key: Key, modifiers: Modifiers, text: Option<&str>) -> Message {
    Message::Key(KeyEvent::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: Physical::Code(Code::KeyA),
        location: Location::Standard,
        modifiers,
        text: text.map(Into::into),
        repeat: false,
    })
}

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
