//! Soak: a random walk of UI events through the kiosk's `update` and `view`,
//! checking as it goes that nothing panics, that every idle reset leaves a
//! fresh kiosk, and that memory stays bounded.
//!
//! `cargo test --test soak` walks 20,000 events; `GUICHET_SOAK_EVENTS=1000000
//! cargo test --release --test soak -- --nocapture` is the long run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::time::{Duration, Instant};

use guichet::cli::kiosk;
use guichet::ui::listen::SpeechMessage;
use guichet::ui::target::Target;
use guichet::ui::{Kiosk, Message, toolbar};
use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};

mod common;

/// xorshift64*: repeatable, no dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Resident memory of this process, in kB.
fn resident_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

const ODD_TEXT: [&str; 8] = [
    "loyer",
    "é",
    "\u{202E}rtl",
    "\u{0}",
    "ሰላም",
    "مرحبا",
    "a\u{301}",
    "👍🏽",
];

#[test]
fn a_random_walk_of_ui_events_keeps_the_kiosk_sound() {
    let events: usize = std::env::var("GUICHET_SOAK_EVENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    let setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    let mut kiosk = Kiosk::new(setup);
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let start = Instant::now();
    let mut clock = Duration::ZERO;
    let mut resets = 0;
    let mut memory_at_warmup = 0;
    for n in 0..events {
        let message = match random.below(12) {
            // A touch or Enter on anything shown.
            0..=3 => {
                let targets = kiosk.targets();
                if targets.is_empty() {
                    continue;
                }
                // Leaving the kiosk is for staff; the walk stays a visitor.
                let target = targets[random.below(targets.len())].clone();
                if matches!(target, Target::Staff(_)) {
                    continue;
                }
                target.message()
            }
            4 => common::key_press(Key::Named(Named::Tab), Modifiers::empty(), None),
            5 => common::key_press(
                Key::Named(
                    [
                        Named::ArrowDown,
                        Named::ArrowUp,
                        Named::ArrowLeft,
                        Named::ArrowRight,
                        Named::Enter,
                        Named::Escape,
                        Named::Backspace,
                        Named::F2,
                        Named::F3,
                    ][random.below(9)],
                ),
                Modifiers::empty(),
                None,
            ),
            6 | 7 => {
                let text = ODD_TEXT[random.below(ODD_TEXT.len())];
                common::key_press(Key::Character(text.into()), Modifiers::empty(), Some(text))
            }
            8 => Message::Toolbar(
                [
                    toolbar::Message::Contrast,
                    toolbar::Message::TextSize,
                    toolbar::Message::Language,
                    toolbar::Message::Listen,
                    toolbar::Message::Help,
                ][random.below(5)],
            ),
            9 => Message::Speech(
                [
                    SpeechMessage::Repeat,
                    SpeechMessage::Louder,
                    SpeechMessage::Slower,
                    SpeechMessage::ToggleMode,
                ][random.below(4)]
                .clone(),
            ),
            10 => {
                clock += Duration::from_secs(1 + random.below(5) as u64);
                Message::Tick(start + clock)
            }
            _ => {
                // The visitor leaves: the warning, then the reset.
                let now = Instant::now() + clock + Duration::from_secs(200);
                let _ = kiosk.update(Message::Tick(now));
                clock += Duration::from_secs(400);
                let _ = kiosk.update(Message::Tick(Instant::now() + clock));
                assert!(
                    kiosk.visit().is_fresh(&kiosk.setup().config),
                    "event {n}: the idle reset left {:?}",
                    kiosk.visit()
                );
                resets += 1;
                continue;
            }
        };
        let _ = kiosk.update(message);
        if n % 50 == 0 {
            drop(kiosk.view());
        }
        if n == events / 10 {
            memory_at_warmup = resident_kb();
        }
    }
    let memory = resident_kb();
    eprintln!(
        "{events} events, {resets} idle resets, {:.1} s, resident {} MB after warm-up, {} MB at the end",
        start.elapsed().as_secs_f64(),
        memory_at_warmup / 1024,
        memory / 1024
    );
    assert!(resets > 0);
    // Bounded: no growth beyond 50 MB after warm-up.
    assert!(
        memory < memory_at_warmup + 50 * 1024,
        "memory grew from {memory_at_warmup} kB to {memory} kB"
    );
}
