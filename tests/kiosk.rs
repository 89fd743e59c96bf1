//! The kiosk as a visitor uses it, through iced_test's Simulator on the
//! shipped content: touches find widgets by the text they show.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::time::{Duration, Instant};

use guichet::cli::kiosk;
use guichet::config::PinHash;
use guichet::hours::TimeOfDay;
use guichet::lang::Lang;
use guichet::opening::Moment;
use guichet::ui::screen::{self, Screen};
use guichet::ui::sizes::TextSize;
use guichet::ui::target::Target;
use guichet::ui::theme::Contrast;
use guichet::ui::{Kiosk, Message, Overlay, font};
use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use iced::touch::{self, Finger};
use iced::{Point, Size};
use iced_test::Simulator;

mod common;

fn kiosk() -> Kiosk {
    let mut setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    setup.config.staff_pin = Some(PinHash::with_salt("2468", b"test salt").unwrap());
    let mut kiosk = Kiosk::new(setup);
    // Tuesday 1 December 2026, 10:00 in Geneva: offices are open.
    kiosk.set_now(Some(Moment {
        date: jiff::civil::date(2026, 12, 1),
        time: TimeOfDay::new(10, 0).unwrap(),
    }));
    kiosk
}

fn simulator(kiosk: &Kiosk) -> Simulator<'_, Message> {
    Simulator::with_size(font::settings(), kiosk.logical_size(), kiosk.view())
}

/// A finger landing on `at` and lifting there.
fn tap_at(at: Point) -> [iced::Event; 2] {
    let id = Finger(7);
    [
        iced::Event::Touch(touch::Event::FingerPressed { id, position: at }),
        iced::Event::Touch(touch::Event::FingerLifted { id, position: at }),
    ]
}

/// A finger landing on `from` and sliding to `to` in small steps, then lifting.
fn drag(from: Point, to: Point) -> Vec<iced::Event> {
    let id = Finger(8);
    let mut events = vec![iced::Event::Touch(touch::Event::FingerPressed {
        id,
        position: from,
    })];
    for step in 1..=10 {
        let t = step as f32 / 10.0;
        let position = Point::new(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
        events.push(iced::Event::Touch(touch::Event::FingerMoved {
            id,
            position,
        }));
    }
    events.push(iced::Event::Touch(touch::Event::FingerLifted {
        id,
        position: to,
    }));
    events
}

/// Runs touch `events` on the kiosk's view, the cursor following the finger
/// as it does on a touch screen; returns the messages.
fn fingers(ui: &mut Simulator<'_, Message>, events: impl IntoIterator<Item = iced::Event>) {
    for event in events {
        if let iced::Event::Touch(
            touch::Event::FingerPressed { position, .. }
            | touch::Event::FingerMoved { position, .. }
            | touch::Event::FingerLifted { position, .. },
        ) = &event
        {
            ui.point_at(*position);
        }
        let _ = ui.simulate([event]);
    }
}

/// The centre of the widget showing `text`.
fn centre(ui: &mut Simulator<'_, Message>, text: &str) -> Point {
    let target = ui
        .find(text)
        .unwrap_or_else(|e| panic!("nothing shows {text:?}: {e:?}"));
    target
        .visible_bounds()
        .unwrap_or_else(|| panic!("{text:?} is off screen"))
        .center()
}

/// Touches the widget showing `text` with a finger, then feeds its messages
/// to the kiosk. Every touch also checks that the finger does exactly what a
/// mouse click on the same widget does.
fn touch(kiosk: &mut Kiosk, text: &str) {
    let clicked: Vec<Message> = {
        let mut ui = simulator(kiosk);
        ui.click(text)
            .unwrap_or_else(|e| panic!("nothing shows {text:?}: {e:?}"));
        ui.into_messages().collect()
    };
    let tapped: Vec<Message> = {
        let mut ui = simulator(kiosk);
        let at = centre(&mut ui, text);
        fingers(&mut ui, tap_at(at));
        ui.into_messages().collect()
    };
    assert!(!tapped.is_empty(), "touching {text:?} did nothing");
    assert_eq!(
        format!("{tapped:?}"),
        format!("{clicked:?}"),
        "a finger on {text:?} differs from a click"
    );
    for message in tapped {
        let _ = kiosk.update(message);
    }
}

/// Touches `text` and waits for the task it starts (the PIN check) to
/// answer, then feeds the answer to the kiosk.
fn touch_and_wait(kiosk: &mut Kiosk, text: &str) {
    let messages: Vec<Message> = {
        let mut ui = simulator(kiosk);
        ui.click(text).unwrap();
        ui.into_messages().collect()
    };
    for message in messages {
        let task = kiosk.update(message);
        let answer = common::run(task, Duration::from_secs(30)).expect("the task answers");
        let _ = kiosk.update(answer);
    }
}

/// Touches the UI string `id`, in the visit's language.
fn touch_word(kiosk: &mut Kiosk, id: &str) {
    let text = word(kiosk, id);
    touch(kiosk, &text);
}

/// Touches the title of service `id`, in the visit's language.
fn touch_title(kiosk: &mut Kiosk, id: &str) {
    let text = title(kiosk, id);
    touch(kiosk, &text);
}

/// Opens the keyboard from the search box and touches each key of `words`.
fn type_on_screen(kiosk: &mut Kiosk, words: &str) {
    touch_word(kiosk, "home-search-placeholder");
    for key in words.chars() {
        if key == ' ' {
            touch_word(kiosk, "keyboard-space");
        } else if ('\u{1200}'..='\u{137F}').contains(&key) {
            // Ethiopic: the consonant first, then its vowel form.
            let base = char::from_u32(u32::from(key) - (u32::from(key) - 0x1200) % 8).unwrap();
            touch(kiosk, &base.to_string());
            touch(kiosk, &key.to_string());
        } else {
            touch(kiosk, &key.to_string());
        }
    }
}

/// Saves what the kiosk shows to `target/screenshots/NAME-tiny-skia.png`,
/// for people to look at.
fn picture(kiosk: &Kiosk, name: &str) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    let path = dir.join(name);
    let _ = std::fs::remove_file(dir.join(format!("{name}-tiny-skia.png")));
    let snapshot = simulator(kiosk).snapshot(&kiosk.theme()).unwrap();
    // Only writes the PNG (removed above) for people to look at; pixels
    // are checked against committed baselines in tests/snapshots.rs.
    let _written = snapshot.matches_image(&path).unwrap();
}

fn shows(kiosk: &Kiosk, text: &str) -> bool {
    simulator(kiosk).find(text).is_ok()
}

fn word(kiosk: &Kiosk, id: &str) -> String {
    kiosk.setup().strings.get(kiosk.visit().lang, id)
}

fn title(kiosk: &Kiosk, id: &str) -> String {
    let service = kiosk.setup().content.index.catalogue().service(id).unwrap();
    service.text(kiosk.visit().lang).title.to_owned()
}

fn press(kiosk: &mut Kiosk, key: Key, modifiers: Modifiers, text: Option<&str>) {
    let _ = kiosk.update(common::key_press(key, modifiers, text));
}

fn named(kiosk: &mut Kiosk, key: Named) {
    press(kiosk, Key::Named(key), Modifiers::empty(), None);
}

fn first_hit(kiosk: &Kiosk) -> String {
    match &kiosk.visit().screen {
        Screen::Results(results) => results.hits()[0].clone(),
        _ => panic!("not on results"),
    }
}

fn detail_id(kiosk: &Kiosk) -> Option<&str> {
    match &kiosk.visit().screen {
        Screen::Detail(detail) => Some(detail.id()),
        _ => None,
    }
}

fn start_in(kiosk: &mut Kiosk, language_name: &str) {
    touch(kiosk, language_name);
    assert!(matches!(kiosk.visit().screen, Screen::Home));
}

#[test]
fn welcome_offers_every_language_by_its_own_name() {
    let kiosk = kiosk();
    for name in [
        "Français",
        "Deutsch",
        "Italiano",
        "English",
        "Português",
        "Español",
        "Shqip",
        "العربية",
        "Українська",
        "ትግርኛ",
    ] {
        assert!(shows(&kiosk, name), "{name}");
    }
    assert!(shows(&kiosk, "Touchez l'écran pour commencer"));
}

#[test]
fn categories_lead_to_a_service_detail() {
    let mut kiosk = kiosk();
    touch(&mut kiosk, "Touchez l'écran pour commencer");
    assert_eq!(kiosk.visit().lang, Lang::Fr);
    touch(&mut kiosk, "Santé");
    assert!(shows(&kiosk, "Thème : Santé"));
    let first = first_hit(&kiosk);
    assert!(
        kiosk
            .setup()
            .content
            .index
            .catalogue()
            .service(&first)
            .unwrap()
            .category_ids()
            .any(|c| c == "health")
    );
    touch_title(&mut kiosk, &first);
    assert_eq!(detail_id(&kiosk), Some(first.as_str()));
    for heading in ["Qui peut l'avoir ?", "Comment faire ?", "Où aller ?"] {
        assert!(shows(&kiosk, heading), "{heading}");
    }
    assert!(shows(
        &kiosk,
        "Scannez avec votre téléphone pour garder cette page."
    ));
    touch(&mut kiosk, "Retour");
    assert!(matches!(kiosk.visit().screen, Screen::Results(_)));
}

#[test]
fn a_misspelt_word_typed_on_the_screen_keyboard_finds_the_service() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    type_on_screen(&mut kiosk, "asurence maladi");
    let Screen::Results(results) = &kiosk.visit().screen else {
        panic!("not on results");
    };
    assert_eq!(results.query(), "asurence maladi");
    assert_eq!(results.hits()[0], "health-insurance-subsidy-ge");
    touch(&mut kiosk, "Effacer une lettre");
    touch(&mut kiosk, "i");
    touch_title(&mut kiosk, "health-insurance-subsidy-ge");
    assert_eq!(detail_id(&kiosk), Some("health-insurance-subsidy-ge"));
}

#[test]
fn nothing_found_still_offers_categories_and_the_desk() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    touch_word(&mut kiosk, "home-search-placeholder");
    for key in "zzqxw".chars() {
        touch(&mut kiosk, &key.to_string());
    }
    assert!(shows(&kiosk, "Nous n'avons rien trouvé."));
    assert!(shows(&kiosk, "Ou demandez à la personne de l'accueil."));
    touch_word(&mut kiosk, "keyboard-hide");
    touch(&mut kiosk, "Logement");
    assert!(shows(&kiosk, "Thème : Logement"));
}

#[test]
fn arabic_reads_right_to_left_with_its_own_keyboard() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "العربية");
    assert!(kiosk.visit().lang.is_rtl());
    assert!(shows(&kiosk, "الصحة"));
    touch_word(&mut kiosk, "home-search-placeholder");
    for key in ["ت", "أ", "م", "ي", "ن"] {
        touch(&mut kiosk, key);
    }
    let Screen::Results(results) = &kiosk.visit().screen else {
        panic!("not on results");
    };
    assert_eq!(results.query(), "تأمين");
    assert!(
        results
            .hits()
            .iter()
            .any(|id| id == "health-insurance-subsidy-ge"),
        "{:?}",
        results.hits()
    );
    touch_title(&mut kiosk, "health-insurance-subsidy-ge");
    assert_eq!(detail_id(&kiosk), Some("health-insurance-subsidy-ge"));
    assert!(shows(&kiosk, &word(&kiosk, "detail-machine")));
}

#[test]
fn tigrinya_shows_its_words_and_says_what_is_in_french() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "ትግርኛ");
    touch(&mut kiosk, "ጥዕና");
    let first = first_hit(&kiosk);
    touch_title(&mut kiosk, &first);
    assert_eq!(detail_id(&kiosk), Some(first.as_str()));
    assert!(shows(&kiosk, &word(&kiosk, "detail-in-french")));
}

#[test]
fn largest_text_doubles_the_interface_and_still_works() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    let size = word(&kiosk, "toolbar-text-size");
    touch(&mut kiosk, &size);
    assert_eq!(kiosk.visit().text_size, TextSize::Large);
    touch(&mut kiosk, &size);
    assert_eq!(kiosk.visit().text_size, TextSize::Largest);
    assert_eq!(kiosk.scale_factor(), 2.0);
    assert_eq!(kiosk.logical_size().width, 960.0);
    // Half as much fits on the screen: the categories are below the fold,
    // reached by scrolling or, here, by the keyboard (after the search box
    // and "Which help is for me?").
    for _ in 0..3 {
        named(&mut kiosk, Named::Tab);
    }
    named(&mut kiosk, Named::Enter);
    assert!(matches!(kiosk.visit().screen, Screen::Results(_)));
    let first = first_hit(&kiosk);
    touch_title(&mut kiosk, &first);
    assert_eq!(detail_id(&kiosk), Some(first.as_str()));
}

#[test]
fn contrast_cycles_through_three_looks() {
    let mut kiosk = kiosk();
    let contrast = word(&kiosk, "toolbar-contrast");
    let mut seen = vec![kiosk.visit().contrast];
    for _ in 0..3 {
        touch(&mut kiosk, &contrast);
        seen.push(kiosk.visit().contrast);
    }
    assert_eq!(
        seen,
        [
            Contrast::Standard,
            Contrast::HighDark,
            Contrast::HighLight,
            Contrast::Standard
        ]
    );
}

#[test]
fn idle_warning_then_reset_wipes_the_visit() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Deutsch");
    touch_word(&mut kiosk, "toolbar-contrast");
    touch_word(&mut kiosk, "toolbar-text-size");
    let _ = kiosk.update(Message::Home(guichet::ui::screen::home::Message::Search));
    press(
        &mut kiosk,
        Key::Character("m".into()),
        Modifiers::empty(),
        Some("miete"),
    );
    let start = Instant::now();

    // Not yet: 89 s after the last touch.
    let _ = kiosk.update(Message::Tick(start + Duration::from_secs(89)));
    assert!(kiosk.visit().overlay.is_none());
    let _ = kiosk.update(Message::Tick(start + Duration::from_secs(91)));
    assert!(matches!(kiosk.visit().overlay, Some(Overlay::Idle { .. })));
    assert!(
        shows(&kiosk, "Sind Sie noch da?"),
        "{}",
        word(&kiosk, "idle-title")
    );

    // "Continue" keeps everything.
    touch_word(&mut kiosk, "idle-continue");
    assert!(kiosk.visit().overlay.is_none());
    let Screen::Results(results) = &kiosk.visit().screen else {
        panic!("the visit was lost");
    };
    assert_eq!(results.query(), "miete");

    // No answer: at least 20 s later, everything is gone.
    let start = Instant::now();
    let _ = kiosk.update(Message::Tick(start + Duration::from_secs(91)));
    let _ = kiosk.update(Message::Tick(start + Duration::from_secs(91 + 19)));
    assert!(matches!(kiosk.visit().overlay, Some(Overlay::Idle { .. })));
    let _ = kiosk.update(Message::Tick(start + Duration::from_secs(91 + 31)));
    let config = &kiosk.setup().config;
    assert!(kiosk.visit().is_fresh(config), "{:?}", kiosk.visit());
    assert_eq!(kiosk.visit().lang, Lang::Fr);
    assert_eq!(kiosk.visit().text_size, TextSize::Normal);
    assert_eq!(kiosk.visit().contrast, Contrast::Standard);
    assert!(!format!("{:?}", kiosk.visit()).contains("miete"));
    assert!(shows(&kiosk, "Touchez l'écran pour commencer"));
}

#[test]
fn keyboard_alone_goes_from_welcome_to_a_detail() {
    let mut kiosk = kiosk();
    // Tab to English (Start, Français, Deutsch, Italiano, English).
    for _ in 0..5 {
        named(&mut kiosk, Named::Tab);
    }
    assert_eq!(
        kiosk.visit().focus,
        Some(Target::Screen(screen::Target::Welcome(
            guichet::ui::screen::welcome::Target::Choose(Lang::En)
        )))
    );
    named(&mut kiosk, Named::Enter);
    assert_eq!(kiosk.visit().lang, Lang::En);
    // Home: the search box has the focus; then "Which help is for me?",
    // then the first category.
    named(&mut kiosk, Named::Tab);
    named(&mut kiosk, Named::Tab);
    named(&mut kiosk, Named::Enter);
    assert!(matches!(kiosk.visit().screen, Screen::Results(_)));
    // Results: the search box, then the first card.
    named(&mut kiosk, Named::ArrowDown);
    named(&mut kiosk, Named::Enter);
    let opened = detail_id(&kiosk).expect("a detail is open").to_owned();
    // Escape goes back to the same results; Shift+Tab wraps to the toolbar.
    named(&mut kiosk, Named::Escape);
    assert!(matches!(kiosk.visit().screen, Screen::Results(_)));
    press(&mut kiosk, Key::Named(Named::Tab), Modifiers::SHIFT, None);
    assert!(matches!(kiosk.visit().focus, Some(Target::Tool(_))));
    assert!(!opened.is_empty());
}

#[test]
fn physical_typing_searches_and_backspace_edits() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    for letter in ["l", "o", "y", "e", "r"] {
        press(
            &mut kiosk,
            Key::Character(letter.into()),
            Modifiers::empty(),
            Some(letter),
        );
    }
    named(&mut kiosk, Named::Backspace);
    let Screen::Results(results) = &kiosk.visit().screen else {
        panic!("typing did not open the results");
    };
    assert_eq!(results.query(), "loye");
    assert!(!results.hits().is_empty());
    // Alt+F4 and other shortcuts do nothing.
    press(&mut kiosk, Key::Named(Named::F4), Modifiers::ALT, None);
    assert!(matches!(kiosk.visit().screen, Screen::Results(_)));
}

#[test]
fn staff_chord_and_pin_open_the_staff_panel() {
    let mut kiosk = kiosk();
    press(
        &mut kiosk,
        Key::Character("s".into()),
        Modifiers::CTRL | Modifiers::ALT,
        None,
    );
    assert!(matches!(kiosk.visit().overlay, Some(Overlay::Staff(_))));
    assert!(shows(&kiosk, "Code du personnel"));
    for digit in ["1", "1", "1", "1"] {
        touch(&mut kiosk, digit);
    }
    // Valider starts the check off the UI thread; its answer comes back as
    // a message.
    touch_and_wait(&mut kiosk, "Valider");
    assert!(shows(&kiosk, "Code incorrect."));
    for digit in ["2", "4", "6", "8"] {
        press(
            &mut kiosk,
            Key::Character(digit.into()),
            Modifiers::empty(),
            Some(digit),
        );
    }
    let task = kiosk.update(common::key_press(
        Key::Named(Named::Enter),
        Modifiers::empty(),
        None,
    ));
    let answer = common::run(task, Duration::from_secs(30)).expect("the check answers");
    let _ = kiosk.update(answer);
    let Some(Overlay::Staff(staff)) = &kiosk.visit().overlay else {
        panic!("the panel closed");
    };
    assert!(staff.is_unlocked());
    assert!(shows(&kiosk, "Quitter le kiosque"));
    // Visitors never see this panel without the PIN; Escape closes it.
    named(&mut kiosk, Named::Escape);
    assert!(kiosk.visit().overlay.is_none());
}

#[test]
fn the_kiosk_keeps_answering_while_the_staff_pin_is_checked() {
    let mut kiosk = kiosk();
    press(
        &mut kiosk,
        Key::Character("s".into()),
        Modifiers::CTRL | Modifiers::ALT,
        None,
    );
    for digit in ["2", "4", "6", "8"] {
        touch(&mut kiosk, digit);
    }
    let started = Instant::now();
    let task = kiosk.update(Message::Staff(guichet::ui::staff::Message::Enter));
    let returned = started.elapsed();
    // The check runs in the task: update came back with the panel still
    // locked, and the kiosk draws, ticks and takes keys meanwhile.
    let Some(Overlay::Staff(staff)) = &kiosk.visit().overlay else {
        panic!("the panel closed");
    };
    assert!(staff.is_checking() && !staff.is_unlocked());
    let _ = kiosk.update(Message::Tick(Instant::now()));
    touch(&mut kiosk, "1");
    assert!(shows(&kiosk, "•"));
    let hash = kiosk.setup().config.staff_pin.clone().unwrap();
    let direct = Instant::now();
    assert!(hash.matches("2468"));
    // Returning from update took less than one check done in place.
    assert!(returned < direct.elapsed(), "{returned:?}");
    let answer = common::run(task, Duration::from_secs(30)).expect("the check answers");
    assert!(matches!(
        answer,
        Message::Staff(guichet::ui::staff::Message::Checked(true))
    ));
    let _ = kiosk.update(answer);
    let Some(Overlay::Staff(staff)) = &kiosk.visit().overlay else {
        panic!("the panel closed");
    };
    assert!(staff.is_unlocked());
}

#[test]
fn without_a_pin_the_staff_chord_does_nothing() {
    let setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    assert!(setup.config.staff_pin.is_none());
    // The log (and so the journal) says why at start-up.
    assert!(
        setup
            .problems
            .iter()
            .any(|p| p.contains("no staff_pin") && p.contains("does nothing")),
        "{:?}",
        setup.problems
    );
    let mut kiosk = Kiosk::new(setup);
    press(
        &mut kiosk,
        Key::Character("s".into()),
        Modifiers::CTRL | Modifiers::ALT,
        None,
    );
    assert!(kiosk.visit().overlay.is_none());
    assert!(!shows(&kiosk, "Code du personnel"));
    // Even a staff message that arrives some other way opens nothing.
    let _ = kiosk.update(Message::Staff(guichet::ui::staff::Message::Enter));
    let _ = kiosk.update(Message::Staff(guichet::ui::staff::Message::Exit));
    assert!(kiosk.visit().overlay.is_none());
}

#[test]
fn a_sliding_finger_scrolls_the_results_and_presses_nothing() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    // Every service: far more cards than the screen holds.
    let _ = kiosk.update(Message::Home(guichet::ui::screen::home::Message::Search));
    let _ = kiosk.update(Message::Results(
        guichet::ui::screen::results::Message::Typed("aide".to_owned()),
    ));
    let hits = match &kiosk.visit().screen {
        Screen::Results(results) => results.hits().to_vec(),
        _ => panic!("not on results"),
    };
    assert!(hits.len() >= 8, "too few results to scroll: {}", hits.len());
    let first = title(&kiosk, &hits[0]);
    let mut ui = simulator(&kiosk);
    let on_first = centre(&mut ui, &first);

    // A tremble on a card is still a tap: it opens the card.
    fingers(
        &mut ui,
        [
            iced::Event::Touch(touch::Event::FingerPressed {
                id: Finger(1),
                position: on_first,
            }),
            iced::Event::Touch(touch::Event::FingerMoved {
                id: Finger(1),
                position: on_first + iced::Vector::new(4.0, 5.0),
            }),
            iced::Event::Touch(touch::Event::FingerLifted {
                id: Finger(1),
                position: on_first + iced::Vector::new(4.0, 5.0),
            }),
        ],
    );
    let opened: Vec<Message> = ui.into_messages().collect();
    assert!(
        matches!(
            opened.as_slice(),
            [Message::Results(guichet::ui::screen::results::Message::Open(id))] if *id == hits[0]
        ),
        "{opened:?}"
    );

    // A finger that lands on the first card and slides up scrolls the list
    // and opens nothing; a tap on the same spot then opens a later card.
    let mut ui = simulator(&kiosk);
    let up = Point::new(on_first.x, on_first.y - 400.0);
    let up = if up.y < 0.0 {
        Point::new(up.x, 0.0)
    } else {
        up
    };
    fingers(&mut ui, drag(on_first, up));
    fingers(&mut ui, tap_at(on_first));
    let messages: Vec<Message> = ui.into_messages().collect();
    let [Message::Results(guichet::ui::screen::results::Message::Open(id))] = messages.as_slice()
    else {
        panic!("the drag pressed a card, or the tap did nothing: {messages:?}");
    };
    assert_ne!(id, &hits[0], "the list did not scroll");
    assert!(hits.contains(id));

    // A slide that stays on one button (a large one) does not press it.
    let mut ui = simulator(&kiosk);
    let on_first = centre(&mut ui, &first);
    fingers(
        &mut ui,
        drag(on_first, on_first + iced::Vector::new(60.0, 0.0)),
    );
    assert_eq!(ui.into_messages().count(), 0);
}

#[test]
fn the_scale_setting_multiplies_every_size_and_the_window_keeps_its_size() {
    let mut setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    setup.config = guichet::config::Config::parse(&guichet::content::Source::new(
        Path::new("guichet.toml"),
        "scale = 2".to_owned(),
    ))
    .unwrap();
    let mut kiosk = Kiosk::new(setup);
    assert_eq!(kiosk.scale_factor(), 2.0);
    // A 3840×2160 screen at compositor scale 1 reports 1920×1080 logical
    // pixels at the kiosk's scale 2: the views lay out 1920×1080, as on a
    // 1080p screen.
    let _ = kiosk.update(Message::Resized(Size::new(1920.0, 1080.0)));
    assert_eq!(kiosk.logical_size(), Size::new(1920.0, 1080.0));
    // Larger text: the window stays the same, the views get fewer pixels.
    touch_word(&mut kiosk, "toolbar-text-size");
    assert_eq!(kiosk.scale_factor(), 3.0);
    assert_eq!(kiosk.logical_size(), Size::new(1280.0, 720.0));
}

/// The same path as touching a result card.
fn open_detail(kiosk: &mut Kiosk, id: &str) {
    let _ = kiosk.update(Message::Home(guichet::ui::screen::home::Message::Search));
    let _ = kiosk.update(Message::Results(
        guichet::ui::screen::results::Message::Open(id.to_owned()),
    ));
}

#[test]
fn detail_says_open_now_or_when_it_opens_in_words() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    open_detail(&mut kiosk, "child-support-advance-ge");
    assert_eq!(detail_id(&kiosk), Some("child-support-advance-ge"));
    assert!(shows(&kiosk, "Ouvert maintenant · Ferme à 12:30"));
    assert!(shows(&kiosk, "Heures d'ouverture"));
    // Friday 13:00: closed until Monday morning.
    kiosk.set_now(Some(Moment {
        date: jiff::civil::date(2026, 12, 4),
        time: TimeOfDay::new(13, 0).unwrap(),
    }));
    assert!(shows(&kiosk, "Fermé maintenant · Ouvre lundi à 08:30"));
    kiosk.set_now(Some(Moment {
        date: jiff::civil::date(2026, 12, 1),
        time: TimeOfDay::new(7, 0).unwrap(),
    }));
    assert!(shows(
        &kiosk,
        "Fermé maintenant · Ouvre aujourd'hui à 08:30"
    ));
    // Restoration of the Republic, Thursday 31 December 2026: a Geneva
    // holiday; 1 January too, then the weekend.
    kiosk.set_now(Some(Moment {
        date: jiff::civil::date(2026, 12, 31),
        time: TimeOfDay::new(10, 0).unwrap(),
    }));
    assert!(shows(
        &kiosk,
        "Fermé aujourd'hui : jour férié · Ouvre lundi à 08:30"
    ));
}

#[test]
fn help_and_language_panels_open_from_the_toolbar() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    touch_word(&mut kiosk, "toolbar-help");
    assert!(shows(
        &kiosk,
        "Besoin d'aide ? Demandez à la personne de l'accueil."
    ));
    touch_word(&mut kiosk, "close");
    assert!(kiosk.visit().overlay.is_none());

    // Search in French, then switch to German: the results follow.
    for letter in ["l", "o", "y", "e", "r"] {
        press(
            &mut kiosk,
            Key::Character(letter.into()),
            Modifiers::empty(),
            Some(letter),
        );
    }
    touch_word(&mut kiosk, "toolbar-language");
    assert!(matches!(kiosk.visit().overlay, Some(Overlay::Languages)));
    touch(&mut kiosk, "Deutsch");
    assert_eq!(kiosk.visit().lang, Lang::De);
    let first = first_hit(&kiosk);
    assert!(
        shows(&kiosk, &title(&kiosk, &first)),
        "{first} not shown in German"
    );
}

#[test]
fn a_bad_config_is_named_at_its_line_and_the_kiosk_runs_on_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guichet.toml");
    std::fs::write(&path, "canton = \"VD\"\nidle_timeout = 5\n").unwrap();
    let setup = kiosk::setup(Some(&path), Some(Path::new("content"))).unwrap();
    let expected = format!("{}:2:16: error:", path.display());
    assert!(
        setup.problems.iter().any(|p| p.starts_with(&expected)),
        "{:?}",
        setup.problems
    );
    assert_eq!(setup.config.canton.as_str(), "GE");
    assert_eq!(
        setup.content.index.catalogue().services.len(),
        common::shipped_services()
    );

    // A missing content folder: no services, a problem for staff, no crash.
    let setup = kiosk::setup(None, Some(&dir.path().join("nowhere"))).unwrap();
    assert!(setup.content.index.catalogue().services.is_empty());
    assert!(setup.content.problems.iter().any(|p| p.contains("nowhere")));
    let mut kiosk = Kiosk::new(setup);
    touch(&mut kiosk, "Français");
    assert!(shows(&kiosk, "Où trouver de l'aide ?"));
}

#[test]
fn listen_says_when_speech_is_unavailable_and_offers_french_for_tigrinya() {
    use guichet::speech::Event;
    use guichet::ui::listen::{Notice, SpeechMessage};

    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    // No speech worker at all (as when speech-dispatcher is missing).
    touch_word(&mut kiosk, "toolbar-listen");
    assert_eq!(kiosk.visit().listening.notice, Some(Notice::Unavailable));
    assert!(shows(&kiosk, "La voix ne marche pas pour le moment."));
    // The kiosk keeps working.
    touch(&mut kiosk, "Santé");
    assert!(matches!(kiosk.visit().screen, Screen::Results(_)));

    // Voices exist, but none for Tigrinya: the button says so and offers French.
    let _ = kiosk.update(Message::Speech(SpeechMessage::Event(Event::Available(
        vec![Lang::Fr, Lang::De],
    ))));
    touch_word(&mut kiosk, "toolbar-language");
    touch(&mut kiosk, "ትግርኛ");
    touch_word(&mut kiosk, "toolbar-listen");
    assert_eq!(kiosk.visit().listening.notice, Some(Notice::NoVoice));
    assert!(shows(&kiosk, &word(&kiosk, "speech-no-voice")));
    assert!(shows(&kiosk, &word(&kiosk, "speech-listen-french")));

    // The French reading of a detail: every part, in reading order.
    let script = kiosk.script(Lang::Fr);
    assert!(!script.is_empty());
    assert!(script.iter().all(|u| u.lang == Lang::Fr));
}

#[test]
fn the_detail_script_reads_in_order_with_hours_in_words() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "English");
    open_detail(&mut kiosk, "child-support-advance-ge");
    let script: Vec<String> = kiosk.script(Lang::En).into_iter().map(|u| u.text).collect();
    let title = title(&kiosk, "child-support-advance-ge");
    // The page is read as it is shown: Back first, then the title.
    assert_eq!(script[0], word(&kiosk, "detail-back"));
    assert_eq!(script[1], title);
    let position = |text: &str| {
        script
            .iter()
            .position(|s| s == text)
            .unwrap_or_else(|| panic!("{text:?} not in {script:#?}"))
    };
    assert!(position("Who can get it?") < position("What do I do?"));
    assert!(
        script
            .iter()
            .any(|s| s == "Monday to Friday, 8:30 to 12:30"),
        "{script:#?}"
    );
    assert!(script.iter().all(|s| !s.contains("08:30")));
}

#[test]
fn every_language_reaches_a_detail_by_categories() {
    for lang in Lang::ALL {
        let mut kiosk = kiosk();
        let name = kiosk.setup().strings.get(lang, "language-name");
        start_in(&mut kiosk, &name);
        assert_eq!(kiosk.visit().lang, lang);
        let health = kiosk
            .setup()
            .content
            .index
            .catalogue()
            .category("health")
            .unwrap()
            .label(lang)
            .to_owned();
        touch(&mut kiosk, &health);
        let first = first_hit(&kiosk);
        touch_title(&mut kiosk, &first);
        assert_eq!(detail_id(&kiosk), Some(first.as_str()), "{lang}");
        assert!(shows(&kiosk, &word(&kiosk, "detail-who")), "{lang}");
    }
}

#[test]
fn every_keyboard_types_a_misspelt_word_that_finds_its_service() {
    // From tests/relevance/queries.toml (misspellings, Geneva kiosk).
    let cases = [
        (Lang::Fr, "déclaration d'impot", "tax-declaration-help"),
        (
            Lang::De,
            "aufenthaltsbewiligung verlängern",
            "residence-permits-ge",
        ),
        (Lang::It, "asegni familiari", "family-allowances"),
        (Lang::En, "helth insurance", "health-insurance-subsidy-ge"),
        (Lang::Pt, "desenprego", "unemployment-benefits"),
        (Lang::Es, "desenpleo", "unemployment-benefits"),
        (Lang::Sq, "papunesi", "unemployment-benefits"),
        (Lang::Ar, "مساعده اجتماعيه", "social-assistance-ge"),
        (Lang::Uk, "безробітя", "unemployment-benefits"),
        (Lang::Ti, "ስራሕ", "unemployment-benefits"),
    ];
    for (lang, typed, id) in cases {
        let mut kiosk = kiosk();
        let name = kiosk.setup().strings.get(lang, "language-name");
        start_in(&mut kiosk, &name);
        type_on_screen(&mut kiosk, typed);
        let Screen::Results(results) = &kiosk.visit().screen else {
            panic!("{lang}: not on results");
        };
        assert_eq!(results.query(), typed);
        assert!(
            results.hits().iter().take(3).any(|hit| hit == id),
            "{lang}: {typed} → {:?}",
            results.hits()
        );
        touch_word(&mut kiosk, "keyboard-hide");
        touch_title(&mut kiosk, id);
        assert_eq!(detail_id(&kiosk), Some(id), "{lang}");
    }
}

#[test]
fn tigrinya_keyboard_shows_a_consonants_seven_forms() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "ትግርኛ");
    touch_word(&mut kiosk, "home-search-placeholder");
    touch(&mut kiosk, "ሰ");
    for form in ["ሱ", "ሲ", "ሳ", "ሴ", "ስ", "ሶ"] {
        assert!(shows(&kiosk, form), "{form}");
    }
    picture(&kiosk, "ti-keyboard");
    touch(&mut kiosk, "ስ");
    let Screen::Results(results) = &kiosk.visit().screen else {
        panic!("not on results");
    };
    assert_eq!(results.query(), "ስ");
    assert!(!shows(&kiosk, "ሱ"), "the forms close after one is chosen");
}

#[test]
fn panels_are_drawn_for_people_to_look_at() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    touch_word(&mut kiosk, "toolbar-help");
    picture(&kiosk, "panel-help");
    touch_word(&mut kiosk, "close");
    touch_word(&mut kiosk, "toolbar-language");
    picture(&kiosk, "panel-languages");
    touch(&mut kiosk, "العربية");
    let start = Instant::now();
    let _ = kiosk.update(Message::Tick(start + Duration::from_secs(91)));
    assert!(shows(&kiosk, &word(&kiosk, "idle-continue")));
    picture(&kiosk, "panel-idle-ar");
    touch_word(&mut kiosk, "idle-continue");
    press(
        &mut kiosk,
        Key::Character("s".into()),
        Modifiers::CTRL | Modifiers::ALT,
        None,
    );
    picture(&kiosk, "panel-staff-pin");
    for digit in ["2", "4", "6", "8"] {
        touch(&mut kiosk, digit);
    }
    touch_and_wait(&mut kiosk, "Valider");
    assert!(shows(&kiosk, "Quitter le kiosque"));
    picture(&kiosk, "panel-staff");
}

#[test]
fn words_of_a_crisis_show_and_read_the_helpline_first() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    type_on_screen(&mut kiosk, "je veux mourir");
    assert_eq!(first_hit(&kiosk), "listening-helpline-143");
    let Screen::Results(results) = &kiosk.visit().screen else {
        panic!("not on results");
    };
    assert_eq!(results.helplines()[0].1, ["143"]);
    // The card: what to do, the number, the service.
    assert!(shows(&kiosk, &word(&kiosk, "crisis-heading")));
    assert!(shows(&kiosk, "143"));
    assert!(shows(&kiosk, &title(&kiosk, "listening-helpline-143")));
    // Read before anything else, as shown: what to do, the number in
    // groups, the service; then the search box's words.
    let script: Vec<String> = kiosk.script(Lang::Fr).into_iter().map(|u| u.text).collect();
    assert_eq!(script[0], word(&kiosk, "crisis-heading"));
    assert!(script[1].contains("143"), "{script:#?}");
    let title_at = script
        .iter()
        .position(|s| *s == title(&kiosk, "listening-helpline-143"))
        .unwrap();
    let results_for = script
        .iter()
        .position(|s| s.starts_with("Résultats pour"))
        .unwrap();
    assert!(1 < title_at && title_at < results_for, "{script:#?}");
    // Touching the card opens the helpline.
    touch_title(&mut kiosk, "listening-helpline-143");
    assert_eq!(detail_id(&kiosk), Some("listening-helpline-143"));
}

#[test]
fn a_glossary_word_on_a_detail_page_explains_itself_on_screen_and_aloud() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "English");
    open_detail(&mut kiosk, "health-insurance-subsidy-ge");
    assert!(shows(&kiosk, &word(&kiosk, "glossary-touch-hint")));
    picture(&kiosk, "glossary-mark");
    touch(&mut kiosk, "RDU");
    assert!(shows(&kiosk, "This word means:"));
    let term = kiosk
        .setup()
        .content
        .index
        .catalogue()
        .glossary
        .term("rdu")
        .unwrap();
    let explanation = term.text(Lang::En).unwrap().1.explanation.get_ref().clone();
    assert!(shows(&kiosk, &explanation), "{explanation}");
    picture(&kiosk, "glossary-panel");
    let said: Vec<String> = kiosk.script(Lang::En).into_iter().map(|u| u.text).collect();
    assert!(said.contains(&explanation), "{said:?}");
    named(&mut kiosk, Named::Escape);
    assert!(kiosk.visit().overlay.is_none());
    assert_eq!(detail_id(&kiosk), Some("health-insurance-subsidy-ge"));
}

#[test]
fn searching_a_glossary_word_shows_its_explanation_first() {
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "Français");
    // Accent-blind, case-blind, one typing mistake.
    type_on_screen(&mut kiosk, "subsdie");
    assert!(shows(&kiosk, "Mot expliqué"));
    let term = kiosk
        .setup()
        .content
        .index
        .catalogue()
        .glossary
        .term("subside")
        .unwrap();
    let explanation = term.text(Lang::Fr).unwrap().1.explanation.get_ref().clone();
    assert!(shows(&kiosk, &explanation));
}

/// The questionnaire on screen, or a panic.
fn quiz(kiosk: &Kiosk) -> &guichet::ui::screen::quiz::Quiz {
    match &kiosk.visit().screen {
        Screen::Quiz(quiz) => quiz,
        other => panic!("not on the questionnaire: {other:?}"),
    }
}

/// Tab until `target` of the questionnaire has the focus, then Enter.
fn tab_and_enter(kiosk: &mut Kiosk, target: screen::quiz::Target) {
    let wanted = Target::Screen(screen::Target::Quiz(target));
    for _ in 0..200 {
        if kiosk.visit().focus.as_ref() == Some(&wanted) {
            named(kiosk, Named::Enter);
            return;
        }
        named(kiosk, Named::Tab);
    }
    panic!("Tab never reached {wanted:?}");
}

/// The services the questionnaire finds likely for the answers given.
fn likely(kiosk: &Kiosk) -> Vec<String> {
    let catalogue = kiosk.setup().content.index.catalogue();
    let today = jiff::civil::date(2026, 12, 1);
    guichet::screener::evaluate(catalogue, quiz(kiosk).answers(), today)
        .likely
        .iter()
        .map(|s| s.service.id().to_owned())
        .collect()
}

#[test]
fn which_help_is_for_me_by_touch_reaches_a_service_and_start_over_forgets_it() {
    use guichet::screener::{Answer, Key, Value};
    use guichet::ui::screen::quiz::{self, Step};
    let mut kiosk = kiosk();
    start_in(&mut kiosk, "English");
    touch_word(&mut kiosk, "screener-title");
    assert!(shows(&kiosk, "Question 1 of 12"));
    touch_word(&mut kiosk, "screener-a-canton-vd");
    assert!(shows(&kiosk, "Question 2 of 12"));
    // The age on the keypad: 7, 0 (a wrong 4 erased first).
    touch(&mut kiosk, "4");
    touch_word(&mut kiosk, "screener-erase");
    touch(&mut kiosk, "7");
    touch(&mut kiosk, "0");
    assert!(shows(&kiosk, "70"));
    touch_word(&mut kiosk, "screener-next");
    touch_word(&mut kiosk, "screener-a-household-alone");
    // Children: + then −, so none; Next.
    assert!(shows(&kiosk, "Question 4 of 12"));
    let more = Message::Quiz(quiz::Target::More(Key::Children));
    let _ = kiosk.update(more.clone());
    assert_eq!(quiz(&kiosk).answers().number(Key::Children), Some(1));
    touch_word(&mut kiosk, "screener-next");
    // Back from the housing question: the children are shown as answered;
    // one less, and Next again.
    assert!(shows(&kiosk, "Question 5 of 12"));
    touch_word(&mut kiosk, "detail-back");
    assert!(shows(&kiosk, "Question 4 of 12"));
    assert_eq!(quiz(&kiosk).answers().number(Key::Children), Some(1));
    touch(&mut kiosk, "−");
    touch_word(&mut kiosk, "screener-next");
    assert_eq!(quiz(&kiosk).answers().number(Key::Children), Some(0));
    touch_word(&mut kiosk, "screener-a-housing-tenant");
    touch_word(&mut kiosk, "screener-a-work-retired");
    touch_word(&mut kiosk, "screener-a-money-enough-no");
    touch_word(&mut kiosk, "screener-a-residence-swiss");
    // A Swiss citizen is not asked the years in the canton: one question less.
    assert!(
        shows(&kiosk, "Question 9 of 11"),
        "{:?}",
        quiz(&kiosk).step()
    );
    touch_word(&mut kiosk, "screener-rather-not-say");
    assert_eq!(
        quiz(&kiosk).answers().answer(Key::HealthInsurance),
        Some(Answer::RatherNotSay)
    );
    // Situations: no child support question for someone without children.
    assert!(!shows(
        &kiosk,
        &word(&kiosk, "screener-a-child-support-unpaid")
    ));
    touch_word(&mut kiosk, "screener-a-debts");
    picture(&kiosk, "quiz-ticked-en");
    touch_word(&mut kiosk, "screener-next");
    assert_eq!(
        quiz(&kiosk).answers().value(Key::Debts),
        Some(Value::Bool(true))
    );
    assert_eq!(
        quiz(&kiosk).answers().value(Key::Violence),
        Some(Value::Bool(false))
    );
    // "Do you already get…": the list is long; the keyboard reaches its end.
    assert!(shows(&kiosk, "Question 11 of 11"));
    tab_and_enter(&mut kiosk, quiz::Target::DontKnow);
    assert_eq!(quiz(&kiosk).step(), Step::Result);
    picture(&kiosk, "quiz-result-en");
    assert!(shows(&kiosk, &word(&kiosk, "screener-likely")));
    let likely = likely(&kiosk);
    assert!(
        likely
            .iter()
            .any(|id| id.contains("supplementary") || id.contains("pc")),
        "{likely:?}"
    );
    // Probably not is folded away behind a button.
    assert!(!shows(&kiosk, &word(&kiosk, "screener-unlikely")));
    // A likely service opens its page; Back returns to the result.
    touch_title(&mut kiosk, &likely[0]);
    assert_eq!(detail_id(&kiosk), Some(likely[0].as_str()));
    touch_word(&mut kiosk, "detail-back");
    assert_eq!(quiz(&kiosk).step(), Step::Result);
    // Start over forgets every answer.
    touch_word(&mut kiosk, "toolbar-start-over");
    let config = &kiosk.setup().config;
    assert!(kiosk.visit().is_fresh(config));
    let visit = format!("{:?}", kiosk.visit());
    assert!(
        !visit.contains("Quiz") && !visit.contains("Given"),
        "{visit}"
    );
}

#[test]
fn which_help_is_for_me_by_keyboard_alone() {
    use guichet::screener::Key as K;
    use guichet::ui::screen::quiz::{self, Step};
    let mut kiosk = kiosk();
    // Welcome: the questionnaire's button comes after the ten languages.
    tab_and_enter_welcome(&mut kiosk);
    assert!(matches!(kiosk.visit().screen, Screen::Quiz(_)));
    tab_and_enter(&mut kiosk, quiz::Target::Choose("GE"));
    // Digits typed on a physical keyboard go to the age.
    for digit in ["3", "5"] {
        press(
            &mut kiosk,
            Key::Character(digit.into()),
            Modifiers::empty(),
            Some(digit),
        );
    }
    assert_eq!(quiz(&kiosk).answers().number(K::Age), Some(35));
    tab_and_enter(&mut kiosk, quiz::Target::Next);
    tab_and_enter(&mut kiosk, quiz::Target::Choose("couple"));
    // Escape is the questionnaire's Back: the household again, still chosen.
    named(&mut kiosk, Named::Escape);
    assert_eq!(
        quiz(&kiosk).step(),
        Step::Asking(guichet::screener::Question::Household)
    );
    assert_eq!(quiz(&kiosk).answers().choice(K::Household), Some("couple"));
    tab_and_enter(&mut kiosk, quiz::Target::Choose("couple"));
    tab_and_enter(&mut kiosk, quiz::Target::More(K::Children));
    tab_and_enter(&mut kiosk, quiz::Target::More(K::Children));
    tab_and_enter(&mut kiosk, quiz::Target::Next);
    assert_eq!(quiz(&kiosk).answers().number(K::Children), Some(2));
    tab_and_enter(&mut kiosk, quiz::Target::Choose("tenant"));
    tab_and_enter(&mut kiosk, quiz::Target::Choose("employed"));
    tab_and_enter(&mut kiosk, quiz::Target::Choose("tight"));
    tab_and_enter(&mut kiosk, quiz::Target::Choose("B"));
    // A permit: the years in the canton are asked, on the keypad.
    tab_and_enter(&mut kiosk, quiz::Target::Digit(K::YearsInCanton, 6));
    tab_and_enter(&mut kiosk, quiz::Target::Next);
    tab_and_enter(&mut kiosk, quiz::Target::Choose("yes"));
    tab_and_enter(&mut kiosk, quiz::Target::Next);
    if matches!(quiz(&kiosk).step(), Step::Asking(_)) {
        tab_and_enter(&mut kiosk, quiz::Target::Next);
    }
    assert_eq!(quiz(&kiosk).step(), Step::Result);
    let likely = likely(&kiosk);
    assert!(!likely.is_empty());
    tab_and_enter(&mut kiosk, quiz::Target::Open(likely[0].clone()));
    assert_eq!(detail_id(&kiosk), Some(likely[0].as_str()));
    // Escape returns to the result.
    named(&mut kiosk, Named::Escape);
    assert_eq!(quiz(&kiosk).step(), Step::Result);
    // The visitor walks away: the idle reset drops every answer.
    let start = Instant::now();
    let _ = kiosk.update(Message::Tick(start + Duration::from_secs(91)));
    assert!(matches!(kiosk.visit().overlay, Some(Overlay::Idle { .. })));
    let _ = kiosk.update(Message::Tick(start + Duration::from_secs(91 + 31)));
    assert!(kiosk.visit().is_fresh(&kiosk.setup().config));
    let visit = format!("{:?}", kiosk.visit());
    assert!(
        !visit.contains("Quiz") && !visit.contains("Given"),
        "{visit}"
    );
}

/// Tab from nothing on Welcome to "Which help is for me?", then Enter.
fn tab_and_enter_welcome(kiosk: &mut Kiosk) {
    let wanted = Target::Screen(screen::Target::Welcome(
        guichet::ui::screen::welcome::Target::Screener,
    ));
    for _ in 0..40 {
        named(kiosk, Named::Tab);
        if kiosk.visit().focus.as_ref() == Some(&wanted) {
            named(kiosk, Named::Enter);
            return;
        }
    }
    panic!("Tab never reached the questionnaire's button");
}

#[test]
fn the_program_the_binary_runs_is_the_one_tested() {
    use iced::Program;
    let setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    let app = guichet::ui::application(setup, false);
    let window = Program::window(&app).expect("a window");
    // Full screen, undecorated, resizable (see `application`), deaf to Alt+F4.
    assert!(window.fullscreen && !window.decorations && window.resizable);
    assert!(!window.exit_on_close_request);
    let (mut kiosk, _) = Program::boot(&app);
    let id = iced::window::Id::unique();
    assert_eq!(Program::title(&app, &kiosk, id), "Guichet");
    let _ = Program::update(
        &app,
        &mut kiosk,
        Message::Welcome(guichet::ui::screen::welcome::Message::Choose(Lang::De)),
    );
    assert!(matches!(kiosk.visit().screen, Screen::Home));
    let mut ui = Simulator::with_size(
        font::settings(),
        kiosk.logical_size(),
        Program::view(&app, &kiosk, id),
    );
    let title = kiosk.setup().strings.get(Lang::De, "home-title");
    assert!(ui.find(title.as_str()).is_ok(), "{title}");
    let windowed = guichet::ui::application(kiosk.setup().clone(), true);
    assert_eq!(
        Program::window(&windowed).unwrap().size,
        guichet::ui::sizes::DESIGN_SCREEN
    );
}
