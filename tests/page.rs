//! One page, two senses: for each converted screen in all ten languages,
//! every text drawn is in the spoken reading, in the same order, and
//! nothing is spoken that is not drawn (EN 301 549 5.1.3.1).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use guichet::content::Service;
use guichet::lang::Lang;
use guichet::ui::screen::{Screen, home, results, welcome};
use guichet::ui::{Kiosk, Message, font};
use iced_test::Simulator;
use iced_test::selector::Candidate;

mod common;

fn kiosk() -> Kiosk {
    common::kiosk_at_a_fixed_moment()
}

/// Every text widget drawn, in the widget tree's order.
fn drawn(kiosk: &Kiosk) -> Vec<String> {
    let mut simulator = Simulator::with_size(font::settings(), kiosk.logical_size(), kiosk.view());
    let mut texts = Vec::new();
    // A selector that never selects walks the whole tree.
    let _ = simulator.find(|candidate: Candidate<'_>| -> Option<()> {
        if let Candidate::Text { content, .. } = candidate {
            texts.push(content.to_owned());
        }
        None
    });
    texts
}

/// Services that between them have every kind of block: office notes,
/// phone hours, e-mail, more than six conditions, glossary words, fees.
fn samples(kiosk: &Kiosk) -> Vec<String> {
    let catalogue = kiosk.setup().content.index.catalogue();
    let kinds: [&dyn Fn(&Service) -> bool; 6] = [
        &|s| {
            s.locations
                .iter()
                .any(|l| !l.notes.is_empty() && l.hours.is_some())
        },
        &|s| {
            s.phones
                .iter()
                .any(|p| p.hours.is_some() && !p.description.is_empty())
        },
        &|s| s.email.is_some(),
        &|s| s.text(Lang::Fr).eligibility.len() > guichet::content::MAX_ELIGIBILITY,
        &|s| {
            let shown = s.text(Lang::Fr);
            !catalogue
                .glossary
                .found_in(Lang::Fr, &[shown.summary])
                .is_empty()
        },
        &|s| s.text(Lang::Fr).fees.is_some(),
    ];
    let mut ids: Vec<String> = Vec::new();
    for (i, kind) in kinds.iter().enumerate() {
        // The shipped content has no e-mail and no long list today; the
        // unit tests of `detail` cover those blocks.
        let Some(found) = catalogue.services.iter().find(|s| kind(s)) else {
            assert!(i == 2 || i == 3, "no service of kind {i} to test");
            continue;
        };
        if !ids.iter().any(|id| id == found.id()) {
            ids.push(found.id().to_owned());
        }
    }
    ids
}

/// Compares the end of what is drawn (after the toolbar) with the page.
fn assert_shown_is_spoken(kiosk: &Kiosk, shown: &[String], what: &str) {
    assert_drawn(kiosk, shown, toolbar(kiosk), what);
}

/// What is drawn is `before` (in any order), then `shown`.
fn assert_drawn(kiosk: &Kiosk, shown: &[String], mut toolbar: Vec<String>, what: &str) {
    let lang = kiosk.visit().lang;
    // Bullets are marks, not words.
    let drawn: Vec<String> = drawn(kiosk).into_iter().filter(|t| t != "•").collect();
    assert!(drawn.len() >= shown.len(), "{what}: {drawn:#?}\n{shown:#?}");
    let tail = &drawn[drawn.len() - shown.len()..];
    if lang.is_rtl() {
        // Rows are mirrored in right-to-left languages: same texts, other order.
        let (mut a, mut b) = (tail.to_vec(), shown.to_vec());
        a.sort();
        b.sort();
        assert_eq!(a, b, "{what}");
    } else {
        assert_eq!(tail, shown, "{what}");
    }
    // Before the page, only the toolbar: no page text drawn outside it.
    let mut before = drawn[..drawn.len() - shown.len()].to_vec();
    before.sort();
    toolbar.sort();
    assert_eq!(before, toolbar, "{what}");
}

/// The toolbar's texts on a screen that does not list the languages.
fn toolbar(kiosk: &Kiosk) -> Vec<String> {
    use guichet::ui::toolbar::Message as Tool;
    let visit = kiosk.visit();
    let t = |id: &str| kiosk.setup().strings.get(visit.lang, id);
    vec![
        t(Tool::Listen.label()),
        t(Tool::Language.label()),
        t("language-name"),
        t(Tool::TextSize.label()),
        t(visit.text_size.label()),
        t(Tool::Contrast.label()),
        t(visit.contrast.label()),
        t(Tool::StartOver.label()),
        t(Tool::Help.label()),
    ]
}

#[test]
fn a_detail_page_says_everything_it_shows_in_order_in_every_language() {
    let mut kiosk = kiosk();
    let ids = samples(&kiosk);
    for lang in Lang::ALL {
        for id in &ids {
            let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(lang)));
            let _ = kiosk.update(Message::Home(home::Message::Search));
            let _ = kiosk.update(Message::Results(results::Message::Open(id.clone())));
            let Screen::Detail(detail) = &kiosk.visit().screen else {
                panic!("{lang} {id}: no detail");
            };
            let page = detail.page(&kiosk.facts(lang));
            let shown: Vec<String> = page.shown().into_iter().map(str::to_owned).collect();
            let spoken: Vec<String> = page.spoken().into_iter().map(|u| u.text).collect();
            let script: Vec<String> = kiosk.script(lang).into_iter().map(|u| u.text).collect();
            // Listen and voice mode say the page's reading, nothing else.
            assert_eq!(script, spoken, "{lang} {id}");
            // One utterance for each text shown, none empty.
            assert_eq!(shown.len(), spoken.len(), "{lang} {id}");
            assert!(spoken.iter().all(|s| !s.trim().is_empty()), "{lang} {id}");
            assert_shown_is_spoken(&kiosk, &shown, &format!("{lang} {id}"));
            // The things a blind visitor most needs are there.
            let word = |id: &str| kiosk.setup().strings.get(lang, id);
            let service = kiosk.setup().content.index.catalogue().service(id).unwrap();
            if let Some(email) = &service.email {
                assert!(
                    spoken.contains(&format!("{}: {}", word("detail-email"), email.as_str())),
                    "{lang} {id}"
                );
            }
            assert!(
                spoken
                    .iter()
                    .any(|s| s.starts_with(&word("detail-website"))),
                "{lang} {id}"
            );
            for phone in &service.phones {
                let grouped = guichet::words::phone_spoken(phone.number());
                assert!(
                    !kiosk
                        .here()
                        .contacts(service)
                        .phones
                        .iter()
                        .any(|p| p.number() == phone.number())
                        || spoken.iter().any(|s| s.ends_with(&grouped)),
                    "{lang} {id}: {grouped} not said in {spoken:#?}"
                );
            }
            let machine = service.text(lang).status == guichet::content::Status::Machine
                && service.text(lang).lang != Lang::REFERENCE;
            assert_eq!(
                spoken.contains(&word("detail-machine")),
                machine,
                "{lang} {id}"
            );
            // Back to the start for the next one.
            let _ = kiosk.update(Message::Detail(guichet::ui::screen::detail::Message::Back));
        }
    }
}

#[test]
fn guichet_speak_silent_prints_the_detail_reading() {
    let kiosk = kiosk();
    let id = "child-support-advance-ge";
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["speak", "--silent", "--lang", "ti", "--id", id])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let printed = String::from_utf8(output.stdout).unwrap();
    let service = kiosk.setup().content.index.catalogue().service(id).unwrap();
    let detail = guichet::ui::screen::detail::Detail::new(service, false);
    let facts = guichet::ui::screen::detail::Facts {
        here: None,
        now: None,
        ..kiosk.facts(Lang::Ti)
    };
    let expected: String = detail
        .page(&facts)
        .spoken()
        .into_iter()
        .map(|u| format!("[{}] {}\n", u.lang, u.text))
        .collect();
    assert_eq!(printed, expected);
    assert!(
        printed.contains("[fr] "),
        "French parts by the French voice"
    );
    assert!(printed.contains("+41, 22,"), "phones in groups: {printed}");
}

#[test]
fn help_and_the_idle_warning_say_everything_they_show_in_every_language() {
    use guichet::ui::overlays;
    let mut kiosk = kiosk();
    for lang in Lang::ALL {
        let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(lang)));
        let _ = kiosk.update(Message::Toolbar(guichet::ui::toolbar::Message::Help));
        let page = overlays::help(&kiosk.setup().strings, lang, kiosk.counts_use());
        let shown: Vec<String> = page.shown().into_iter().map(str::to_owned).collect();
        let spoken: Vec<String> = page.spoken().into_iter().map(|u| u.text).collect();
        let script: Vec<String> = kiosk.script(lang).into_iter().map(|u| u.text).collect();
        assert_eq!(script, spoken, "{lang} help");
        assert_shown_is_spoken(&kiosk, &shown, &format!("{lang} help"));
        let _ = kiosk.update(Message::CloseOverlay);

        // Idle: no toolbar, the seconds in numbers, a large Continue.
        let _ = kiosk.update(Message::Home(home::Message::Search));
        let _ = kiosk.update(Message::Results(results::Message::Typed("x".into())));
        let later = std::time::Instant::now() + kiosk.setup().config.idle_timeout;
        let _ = kiosk.update(Message::Tick(later + std::time::Duration::from_secs(1)));
        let seconds = kiosk.setup().config.idle_warning.as_secs();
        let page = overlays::idle(&kiosk.setup().strings, lang, seconds);
        let shown: Vec<String> = page.shown().into_iter().map(str::to_owned).collect();
        assert!(shown[1].contains(&seconds.to_string()), "{lang}: {shown:?}");
        let spoken: Vec<String> = page.spoken().into_iter().map(|u| u.text).collect();
        let script: Vec<String> = kiosk.script(lang).into_iter().map(|u| u.text).collect();
        assert_eq!(script, spoken, "{lang} idle");
        assert_drawn(&kiosk, &shown, Vec::new(), &format!("{lang} idle"));
        let _ = kiosk.update(Message::StillHere);
        kiosk.reset();
    }
}

#[test]
fn a_glossary_word_says_everything_it_shows_in_every_language() {
    use guichet::ui::overlays;
    use guichet::ui::screen::detail;
    let mut kiosk = kiosk();
    let catalogue = kiosk.setup().content.index.catalogue();
    let term = catalogue.glossary.terms.first().expect("a glossary term");
    let id = term.id().to_owned();
    for lang in Lang::ALL {
        let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(lang)));
        let _ = kiosk.update(Message::Home(home::Message::Search));
        let _ = kiosk.update(Message::Results(results::Message::Open(
            "child-support-advance-ge".into(),
        )));
        let _ = kiosk.update(Message::Detail(detail::Message::Explain(id.clone())));
        let catalogue = kiosk.setup().content.index.catalogue();
        let page = overlays::glossary(&kiosk.setup().strings, lang, &catalogue.glossary, &id);
        let shown: Vec<String> = page.shown().into_iter().map(str::to_owned).collect();
        assert_eq!(shown.len(), 4, "{lang}: heading, word, explanation, Close");
        let spoken: Vec<String> = page.spoken().into_iter().map(|u| u.text).collect();
        let script: Vec<String> = kiosk.script(lang).into_iter().map(|u| u.text).collect();
        assert_eq!(script, spoken, "{lang} glossary");
        assert_shown_is_spoken(&kiosk, &shown, &format!("{lang} glossary"));
        kiosk.reset();
    }
}

/// What is drawn is the toolbar (unless a full-screen panel), then the
/// page's texts in order, then the keyboard's keys (controls that say
/// themselves when focused); the reading is the page's, nothing else.
fn assert_page(kiosk: &Kiosk, what: &str) {
    use guichet::ui::Overlay;
    use guichet::ui::page::Block;
    let visit = kiosk.visit();
    let lang = visit.lang;
    let page = kiosk.page(lang);
    let mut shown: Vec<String> = page.shown().into_iter().map(str::to_owned).collect();
    let spoken: Vec<String> = page.spoken().into_iter().map(|u| u.text).collect();
    assert_eq!(shown.len(), spoken.len(), "{what}");
    assert!(
        spoken.iter().all(|s| !s.trim().is_empty()),
        "{what}: {spoken:#?}"
    );
    let script: Vec<String> = kiosk.script(lang).into_iter().map(|u| u.text).collect();
    if let Some(Overlay::Staff(_)) = visit.overlay {
        // Never read aloud, for bystanders' sake (see ACCESSIBILITY.md).
        assert!(script.is_empty(), "{what}");
    } else {
        assert_eq!(script, spoken, "{what}");
    }
    if let Some(Block::Keyboard(keyboard)) = page.blocks.last() {
        shown.extend(keyboard.keys().map(|(label, _)| label.shown.clone()));
    }
    let toolbar = match &visit.overlay {
        Some(Overlay::Idle { .. } | Overlay::Staff(_)) => Vec::new(),
        Some(Overlay::Languages) => without_language_name(kiosk),
        None if matches!(visit.screen, Screen::Welcome) => without_language_name(kiosk),
        _ => toolbar(kiosk),
    };
    assert_drawn(kiosk, &shown, toolbar, what);
}

/// The toolbar where the languages are listed below it.
fn without_language_name(kiosk: &Kiosk) -> Vec<String> {
    let name = kiosk
        .setup()
        .strings
        .get(kiosk.visit().lang, "language-name");
    let mut tools = toolbar(kiosk);
    let at = tools.iter().position(|t| *t == name).unwrap();
    tools.remove(at);
    tools
}

#[test]
fn every_screen_and_panel_says_everything_it_shows_in_every_language() {
    use guichet::ui::screen::detail;
    use guichet::ui::{staff, toolbar::Message as Tool};
    let mut kiosk = common::kiosk_with_a_pin_at_a_fixed_moment();
    let term = {
        let catalogue = kiosk.setup().content.index.catalogue();
        catalogue.glossary.terms.first().unwrap().id().to_owned()
    };
    for lang in Lang::ALL {
        let at = |screen: &str| format!("{lang} {screen}");
        let _ = kiosk.update(Message::Language(lang));
        assert_page(&kiosk, &at("welcome"));
        let _ = kiosk.update(Message::Toolbar(Tool::Language));
        assert_page(&kiosk, &at("languages"));
        let _ = kiosk.update(Message::CloseOverlay);
        let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(lang)));
        assert_page(&kiosk, &at("home"));
        let _ = kiosk.update(Message::Toolbar(Tool::Help));
        assert_page(&kiosk, &at("help"));
        let _ = kiosk.update(Message::CloseOverlay);
        let _ = kiosk.update(Message::Home(home::Message::Search));
        assert_page(&kiosk, &at("results, keyboard open"));
        for typed in ["rdu", "zzqxwv"] {
            let _ = kiosk.update(Message::Results(results::Message::Typed(typed.into())));
            assert_page(&kiosk, &at(typed));
            for _ in typed.chars() {
                let key = guichet::ui::keyboard::Key::Backspace;
                let _ = kiosk.update(Message::Results(results::Message::Key(key)));
            }
        }
        let _ = kiosk.update(Message::Results(results::Message::HideKeyboard));
        let _ = kiosk.update(Message::Results(results::Message::Category(
            "health".into(),
        )));
        assert_page(&kiosk, &at("results of a category"));
        let _ = kiosk.update(Message::Results(results::Message::Open(
            "child-support-advance-ge".into(),
        )));
        assert_page(&kiosk, &at("detail"));
        let _ = kiosk.update(Message::Detail(detail::Message::Explain(term.clone())));
        assert_page(&kiosk, &at("glossary"));
        let _ = kiosk.update(Message::CloseOverlay);
        let later = std::time::Instant::now() + kiosk.setup().config.idle_timeout;
        let _ = kiosk.update(Message::Tick(later + std::time::Duration::from_secs(1)));
        assert_page(&kiosk, &at("idle"));
        let _ = kiosk.update(Message::StillHere);
        let chord = common::key_press(
            iced::keyboard::Key::Character("s".into()),
            iced::keyboard::Modifiers::CTRL | iced::keyboard::Modifiers::ALT,
            None,
        );
        let _ = kiosk.update(chord);
        // Two digits: a lone "•" would pass for a list bullet.
        for digit in ['2', '4'] {
            let _ = kiosk.update(Message::Staff(staff::Message::Digit(digit)));
        }
        assert_page(&kiosk, &at("staff"));
        let _ = kiosk.update(Message::Staff(staff::Message::Checked(true)));
        assert_page(&kiosk, &at("staff, unlocked"));
        kiosk.reset();
    }
}

#[test]
fn a_person_in_crisis_hears_the_helpline_as_it_is_shown() {
    let mut kiosk = kiosk();
    let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(Lang::Fr)));
    let _ = kiosk.update(Message::Home(home::Message::Search));
    let _ = kiosk.update(Message::Results(results::Message::Typed(
        "je veux mourir".into(),
    )));
    let Screen::Results(results) = &kiosk.visit().screen else {
        panic!("no results");
    };
    assert!(!results.helplines().is_empty());
    assert_page(&kiosk, "fr crisis");
}

#[test]
fn the_questionnaire_says_everything_it_shows_in_every_language() {
    use guichet::screener::Key;
    use guichet::ui::screen::quiz::Target;
    let mut kiosk = kiosk();
    // Every kind of screen: choices, a number (empty, then typed), numbers,
    // yes/no, ticks, services, the result with "probably not" unfolded.
    let steps: Vec<Option<Target>> = vec![
        None,
        Some(Target::Choose("GE")),
        None,
        Some(Target::Digit(Key::Age, 4)),
        Some(Target::Next),
        Some(Target::Choose("alone")),
        Some(Target::More(Key::Children)),
        Some(Target::Next),
        Some(Target::Choose("tenant")),
        Some(Target::Choose("unemployed")),
        Some(Target::Choose("no")),
        Some(Target::Choose("B")),
        Some(Target::DontKnow),
        Some(Target::Choose("yes")),
        Some(Target::Tick(Key::Debts)),
        Some(Target::Next),
        Some(Target::Receives("family-allowances".to_owned())),
        Some(Target::DontKnow),
        Some(Target::ShowUnlikely),
    ];
    for lang in Lang::ALL {
        let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(lang)));
        let _ = kiosk.update(Message::Home(home::Message::Screener));
        for (i, step) in steps.iter().enumerate() {
            if let Some(target) = step {
                let _ = kiosk.update(Message::Quiz(target.clone()));
            }
            let Screen::Quiz(quiz) = &kiosk.visit().screen else {
                panic!("{lang} step {i}: left the questionnaire");
            };
            let what = format!("{lang} step {i} {:?}", quiz.step());
            assert_page(&kiosk, &what);
        }
        kiosk.reset();
    }
}
