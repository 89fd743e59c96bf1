//! Visual regression: each screen and panel in French, Arabic (right to
//! left), Tigrinya, at 200 % text and in both high contrasts is drawn with
//! tiny-skia and its pixels hashed; the hash must equal the committed one
//! in `tests/snapshots/`. A changed pixel fails. After an intended change,
//! re-bless with `GUICHET_BLESS=1 cargo test --test snapshots` and commit
//! the new hashes (see README, "Visual regression").
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use guichet::lang::Lang;
use guichet::ui::screen::{home, results, welcome};
use guichet::ui::{Kiosk, Message, font, toolbar};
use iced_test::Simulator;

const RENDERER: &str = "tiny-skia";

mod common;

fn kiosk() -> Kiosk {
    common::kiosk_at_a_fixed_moment()
}

/// Compares the kiosk's pixels with `tests/snapshots/NAME-tiny-skia.sha256`;
/// returns the name when they differ or the baseline is missing.
fn check(kiosk: &Kiosk, name: &str) -> Option<String> {
    let dir = Path::new("tests/snapshots");
    let baseline: PathBuf = dir.join(format!("{name}-{RENDERER}.sha256"));
    let bless = std::env::var_os("GUICHET_BLESS").is_some_and(|v| v == "1");
    if bless {
        let _ = std::fs::remove_file(&baseline);
    } else if !baseline.exists() {
        // iced_test would write a missing baseline and answer "same".
        return Some(format!("{name}: no baseline (GUICHET_BLESS=1 to make it)"));
    }
    let mut simulator = Simulator::with_size(font::settings(), kiosk.logical_size(), kiosk.view());
    let snapshot = simulator.snapshot(&kiosk.theme()).unwrap();
    // Always kept for people to look at, never compared.
    let pictures = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots/regression");
    let _ = std::fs::create_dir_all(&pictures);
    let _ = std::fs::remove_file(pictures.join(format!("{name}-{RENDERER}.png")));
    let _ = snapshot.matches_image(pictures.join(name));
    (!snapshot.matches_hash(dir.join(name)).unwrap()).then(|| name.to_owned())
}

/// The screens and panels, each reached as a visitor reaches it.
fn screens(kiosk: &mut Kiosk, lang: Lang, variant: &str, failed: &mut Vec<String>) {
    let mut shot = |kiosk: &Kiosk, screen: &str| {
        failed.extend(check(kiosk, &format!("{variant}-{screen}")));
    };
    shot(kiosk, "welcome");
    let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(lang)));
    shot(kiosk, "home");
    let _ = kiosk.update(Message::Home(home::Message::Category("health".into())));
    shot(kiosk, "results");
    let _ = kiosk.update(Message::Results(results::Message::Open(
        "child-support-advance-ge".into(),
    )));
    shot(kiosk, "detail");
    let _ = kiosk.update(Message::Toolbar(toolbar::Message::Help));
    shot(kiosk, "help");
    let _ = kiosk.update(Message::CloseOverlay);
    let later = Instant::now() + kiosk.setup().config.idle_timeout + Duration::from_secs(1);
    let _ = kiosk.update(Message::Tick(later));
    shot(kiosk, "idle");
    // The questionnaire: a choice, the keypad, the result.
    use guichet::screener::Key;
    use guichet::ui::screen::quiz::Target;
    let _ = kiosk.update(Message::StillHere);
    let _ = kiosk.update(Message::Home(home::Message::Screener));
    shot(kiosk, "quiz-choice");
    let answer = |kiosk: &mut Kiosk, target: Target| {
        let _ = kiosk.update(Message::Quiz(target));
    };
    answer(kiosk, Target::Choose("GE"));
    answer(kiosk, Target::Digit(Key::Age, 7));
    answer(kiosk, Target::Digit(Key::Age, 0));
    shot(kiosk, "quiz-keypad");
    for target in [
        Target::Next,
        Target::Choose("alone"),
        Target::Next,
        Target::Choose("tenant"),
        Target::Choose("retired"),
        Target::Choose("no"),
        Target::Choose("swiss"),
        Target::Choose("yes"),
        Target::Tick(Key::Debts),
        Target::Next,
        Target::DontKnow,
    ] {
        answer(kiosk, target);
    }
    shot(kiosk, "quiz-result");
}

#[test]
fn every_screen_looks_as_blessed() {
    let mut failed = Vec::new();
    for (variant, lang, size_steps, contrast_steps) in [
        ("fr", Lang::Fr, 0, 0),
        ("ar", Lang::Ar, 0, 0),
        ("ti", Lang::Ti, 0, 0),
        ("fr-200", Lang::Fr, 2, 0),
        ("fr-dark", Lang::Fr, 0, 1),
        ("fr-light", Lang::Fr, 0, 2),
    ] {
        let mut kiosk = kiosk();
        for _ in 0..size_steps {
            let _ = kiosk.update(Message::Toolbar(toolbar::Message::TextSize));
        }
        for _ in 0..contrast_steps {
            let _ = kiosk.update(Message::Toolbar(toolbar::Message::Contrast));
        }
        screens(&mut kiosk, lang, variant, &mut failed);
    }
    assert!(
        failed.is_empty(),
        "these screens changed: {failed:?}\nLook at target/screenshots/regression/; \
         if the change is intended, run GUICHET_BLESS=1 cargo test --test snapshots"
    );
}
