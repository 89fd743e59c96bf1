//! End to end: the real `guichet` binary under Xvfb at 1920×1080, driven by
//! real key presses (xdotool), photographed screen by screen into
//! `target/screenshots/` for a person to look at.
//!
//! Needs Xvfb, xdotool and ImageMagick's `import` (installed by
//! `deploy/install-deps.sh`). Uses the tiny-skia software renderer.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

const DISPLAY: &str = ":87";

struct Display(Child);

impl Display {
    fn start() -> Display {
        let child = Command::new("Xvfb")
            .args([DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is missing: run deploy/install-deps.sh");
        let display = Display(child);
        wait_for("the X display", || {
            Command::new("xdotool")
                .arg("getdisplaygeometry")
                .env("DISPLAY", DISPLAY)
                .output()
                .is_ok_and(|o| o.status.success())
        });
        display
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

struct Kiosk(Child);

impl Drop for Kiosk {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_for(what: &str, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{what} never came"
        );
        sleep(Duration::from_millis(200));
    }
}

fn xdotool(args: &[&str]) {
    let status = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", DISPLAY)
        .status()
        .expect("xdotool is missing: run deploy/install-deps.sh");
    assert!(status.success(), "xdotool {args:?}");
}

fn start_kiosk(config: &Path) -> Kiosk {
    let child = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["kiosk", "--windowed", "--content", "content", "--config"])
        .arg(config)
        .env("DISPLAY", DISPLAY)
        .env("ICED_BACKEND", "tiny-skia")
        // No speech daemon here (and none spawned): the speech bar says so.
        .env(
            "SPEECHD_ADDRESS",
            "unix_socket:/nonexistent/guichet-test.sock",
        )
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let kiosk = Kiosk(child);
    // No window manager under Xvfb: give the window the keyboard ourselves,
    // once it is mapped (focusing an unmapped window fails).
    wait_for("the kiosk window", || {
        Command::new("xdotool")
            .args([
                "search",
                "--onlyvisible",
                "--name",
                "^Guichet$",
                "windowfocus",
            ])
            .env("DISPLAY", DISPLAY)
            .stderr(Stdio::null())
            .output()
            .is_ok_and(|o| o.status.success())
    });
    settle();
    kiosk
}

fn settle() {
    sleep(Duration::from_millis(1500));
}

fn keys(keys: &[&str]) {
    for key in keys {
        xdotool(&["key", "--clearmodifiers", key]);
        sleep(Duration::from_millis(250));
    }
    settle();
}

fn repeat(key: &str, times: usize) -> Vec<&str> {
    vec![key; times]
}

fn shot(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(format!("{name}.png"));
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(&path)
        .env("DISPLAY", DISPLAY)
        .status()
        .expect("ImageMagick's import is missing: run deploy/install-deps.sh");
    assert!(status.success(), "import {name}");
    // A blank frame would be one colour: a real screen has many.
    let colours = Command::new("identify")
        .args(["-format", "%k"])
        .arg(&path)
        .output()
        .unwrap();
    let colours: u32 = String::from_utf8_lossy(&colours.stdout)
        .trim()
        .parse()
        .unwrap_or(0);
    assert!(colours > 50, "{name}.png looks blank ({colours} colours)");
    path
}

/// One visit: `setup` keys on Welcome, then `language` keys to choose,
/// Home, then a category or typed words, the results, and the first service.
fn visit(
    dir: &Path,
    config: &Path,
    name: &str,
    setup: &[&str],
    language: &[&str],
    typed: Option<&str>,
) {
    let _kiosk = start_kiosk(config);
    keys(setup);
    shot(dir, &format!("{name}-1-welcome"));
    keys(language);
    shot(dir, &format!("{name}-2-home"));
    match typed {
        Some(words) => {
            xdotool(&["type", "--delay", "150", words]);
            settle();
        }
        // The first category, after the search box.
        None => keys(&["Tab", "Return"]),
    }
    shot(dir, &format!("{name}-3-results"));
    keys(&["Down", "Return"]);
    shot(dir, &format!("{name}-4-detail"));
    // F2: speech mode, and its controls.
    keys(&["F2"]);
    shot(dir, &format!("{name}-5-speech"));
}

#[test]
fn screenshots_of_every_screen_under_xvfb() {
    if std::env::var_os("GUICHET_SKIP_XVFB").is_some() {
        eprintln!("GUICHET_SKIP_XVFB is set: no screenshots");
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let dir = dir.canonicalize().unwrap();
    let config_dir = tempfile::tempdir().unwrap();
    let config = config_dir.path().join("guichet.toml");
    std::fs::write(&config, "canton = \"GE\"\n").unwrap();
    let _display = Display::start();

    // Welcome's Tab order: Start, the ten languages, then the toolbar
    // (Language, Text size, Contrast, Start over, Help).
    let choose = |position: usize| [repeat("Tab", position + 2), vec!["Return"]].concat();
    // Shift+Tab from nothing reaches Help, then Start over, Contrast, Text size.
    let largest = [repeat("shift+Tab", 4), vec!["Return", "Return"]].concat();
    let from_text_size = [repeat("Tab", 5), vec!["Return"]].concat();
    let high_contrast = [repeat("shift+Tab", 3), vec!["Return"]].concat();
    let from_contrast = [repeat("Tab", 4), vec!["Return"]].concat();
    visit(
        &dir,
        &config,
        "fr",
        &[],
        &choose(0),
        Some("asurance maladi"),
    );
    visit(&dir, &config, "ar", &[], &choose(7), None);
    visit(&dir, &config, "ti", &[], &choose(9), None);
    visit(&dir, &config, "fr-large", &largest, &from_text_size, None);
    visit(
        &dir,
        &config,
        "fr-contrast",
        &high_contrast,
        &from_contrast,
        None,
    );
    eprintln!("screenshots in {}", dir.display());
}
