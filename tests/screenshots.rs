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

mod common;

const DISPLAY: &str = ":87";

/// The tests of this file share one virtual screen, one at a time.
static SCREEN: std::sync::Mutex<()> = std::sync::Mutex::new(());

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
    start_kiosk_with(config, |_| {})
}

/// Starts the kiosk; `more` adds to its command (environment, output).
fn start_kiosk_with(config: &Path, more: impl FnOnce(&mut Command)) -> Kiosk {
    let mut command = common::kiosk_command(config, DISPLAY);
    command.stdout(Stdio::null()).stderr(Stdio::null());
    more(&mut command);
    let kiosk = Kiosk(command.spawn().unwrap());
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
        // The first category, after the search box and "Which help is for me?".
        None => keys(&["Tab", "Tab", "Return"]),
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
    let _screen = SCREEN.lock().unwrap_or_else(|e| e.into_inner());
    let _display = common::Xvfb::start(DISPLAY);

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

/// Every file under `dir` (recursively) that contains `needle`.
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if std::fs::read(&path)
            .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
        {
            found.push(path);
        }
    }
    found
}

#[test]
fn a_visit_leaves_no_trace_on_disk_or_in_the_log() {
    if std::env::var_os("GUICHET_SKIP_XVFB").is_some() {
        eprintln!("GUICHET_SKIP_XVFB is set: no privacy run");
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let (home, tmp, config_home, runtime) = (
        root.path().join("home"),
        root.path().join("tmp"),
        root.path().join("config"),
        root.path().join("runtime"),
    );
    for dir in [&home, &tmp, &config_home, &runtime] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let config = root.path().join("guichet.toml");
    // The shortest idle times allowed: 30 s, then 20 s to answer.
    // Insight on: the visit is counted in memory, and nothing may reach
    // the disk before the day ends (the kiosk is killed here: the day is lost).
    std::fs::write(
        &config,
        "idle_timeout = 30\nidle_warning = 20\n[insight]\nenabled = true\nkiosk = \"privacy-run\"\nfolder = \"insight\"\n",
    )
    .unwrap();
    let log = root.path().join("kiosk.log");
    let secret = "xylophonique";

    let _screen = SCREEN.lock().unwrap_or_else(|e| e.into_inner());
    let _display = common::Xvfb::start(DISPLAY);
    let kiosk = start_kiosk_with(&config, |command| {
        let out = std::fs::File::create(&log).unwrap();
        let err = out.try_clone().unwrap();
        command
            .env("HOME", &home)
            .env("TMPDIR", &tmp)
            .env("XDG_CONFIG_HOME", &config_home)
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_STATE_HOME", home.join(".local/state"))
            .env("XDG_RUNTIME_DIR", &runtime)
            // Everything the logger can write, debug and trace included.
            .env("GUICHET_LOG", "trace")
            .stdout(out)
            .stderr(err);
    });
    // A visitor starts, types a word and opens the keyboard's results.
    keys(&["Return"]);
    xdotool(&["type", "--delay", "100", secret]);
    settle();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    shot(&dir, "privacy-1-typed");
    // Then answers "Which help is for me?" by keyboard: back to Home, the
    // tile after the search box, Geneva, an age typed on the keys.
    keys(&["Escape", "Tab", "Return", "Tab", "Return"]);
    xdotool(&["type", "--delay", "150", "47"]);
    settle();
    shot(&dir, "privacy-1b-questionnaire");
    // The visitor leaves: 30 s, the warning, 20 s more.
    sleep(Duration::from_secs(30 + 20 + 3));
    shot(&dir, "privacy-2-after-reset");
    drop(kiosk);

    let insight = root.path().join("insight");
    let written: Vec<_> = std::fs::read_dir(&insight)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(
        written.is_empty(),
        "insight wrote before the day ended: {written:?}"
    );
    let traces = files_containing(root.path(), secret.as_bytes());
    assert!(
        traces.is_empty(),
        "the visitor's words were written to {traces:?}"
    );
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(
        log.contains("guichet: info: ") && log.contains("services, canton GE"),
        "the log was captured, with levels: {log}"
    );
    // Nothing of the questionnaire is logged: no question, no answer.
    for word in ["Quiz", "screener", "Given", "Age", "age 47", "\"47\""] {
        assert!(!log.contains(word), "the log speaks of the answers: {log}");
    }
    // The check can fail: it finds a planted copy.
    std::fs::write(tmp.join("planted"), secret).unwrap();
    assert_eq!(files_containing(root.path(), secret.as_bytes()).len(), 1);
}

/// The logger at its most talkative, searched with a visitor's words: the
/// words are the answer's, never the log's. No screen needed.
#[test]
fn the_log_never_holds_a_visitors_words() {
    let secret = "xylophonique";
    for args in [
        vec!["search", "--content", "content", secret],
        vec![
            "speak",
            "--silent",
            "--content",
            "content",
            "--text",
            secret,
        ],
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_guichet"))
            .args(&args)
            .env("GUICHET_LOG", "trace")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!stderr.contains(secret), "{args:?} logged: {stderr}");
        // The check can fail: the words did reach the program.
        assert!(stdout.contains(secret), "{args:?}: {stdout}");
    }
}
