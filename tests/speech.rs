//! Speech with the real stack: a private speech-dispatcher with espeak-ng,
//! audio to libao's null driver, in a temporary HOME, config and runtime
//! folder. The utterance begin and end events come from the daemon.
//!
//! Tests that need the daemon's address in their own process run as a child
//! of this test binary (the `child_*` tests, ignored on their own), with the
//! private folders in their environment.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::mpsc::{self, Receiver};
use std::thread::sleep;
use std::time::{Duration, Instant};

use guichet::cli::kiosk;
use guichet::lang::Lang;
use guichet::speech::{self, Event, Speaker, Utterance};
use guichet::ui::listen::SpeechMessage;
use guichet::ui::screen::Screen;
use guichet::ui::{Kiosk, Message};
use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};

mod common;

const CHILD: &str = "GUICHET_SPEECH_CHILD";

/// A private speech-dispatcher.
struct Stack {
    dir: tempfile::TempDir,
}

impl Stack {
    fn new() -> Stack {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config/speech-dispatcher");
        std::fs::create_dir_all(config.join("modules")).unwrap();
        std::fs::write(
            config.join("speechd.conf"),
            "LogLevel 3\nLogDir \"default\"\nAudioOutputMethod \"libao\"\n\
             AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n\
             DefaultModule espeak-ng\nDisableAutoSpawn\n",
        )
        .unwrap();
        let module = Path::new("/etc/speech-dispatcher/modules/espeak-ng.conf");
        std::fs::copy(module, config.join("modules/espeak-ng.conf"))
            .expect("speech-dispatcher-espeak-ng is missing: run deploy/install-deps.sh");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        std::fs::write(home.join(".libao"), "default_driver=null\n").unwrap();
        let run = dir.path().join("run");
        std::fs::create_dir_all(&run).unwrap();
        Stack { dir }
    }

    fn env(&self, command: &mut Command) {
        let root = self.dir.path();
        command
            .env("HOME", root.join("home"))
            .env("XDG_CONFIG_HOME", root.join("config"))
            .env("XDG_RUNTIME_DIR", root.join("run"))
            .env_remove("SPEECHD_ADDRESS");
    }

    fn start(&self) {
        start_daemon(self.dir.path());
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        kill_daemon(self.dir.path());
    }
}

fn pid_file(root: &Path) -> PathBuf {
    root.join("speechd.pid")
}

fn socket(root: &Path) -> PathBuf {
    root.join("run/speech-dispatcher/speechd.sock")
}

fn start_daemon(root: &Path) {
    let _ = std::fs::remove_file(socket(root));
    let status = Command::new("speech-dispatcher")
        .args(["-d", "-t", "0", "-l", "3"])
        .arg("-C")
        .arg(root.join("config/speech-dispatcher"))
        .arg("-P")
        .arg(pid_file(root))
        .arg("-L")
        .arg(root)
        .env("HOME", root.join("home"))
        .env("XDG_CONFIG_HOME", root.join("config"))
        .env("XDG_RUNTIME_DIR", root.join("run"))
        .status()
        .expect("speech-dispatcher is missing: run deploy/install-deps.sh");
    assert!(status.success());
    let start = Instant::now();
    while !socket(root).exists() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "speech-dispatcher did not start"
        );
        sleep(Duration::from_millis(100));
    }
}

fn kill_daemon(root: &Path) {
    if let Ok(pid) = std::fs::read_to_string(pid_file(root)) {
        let _ = Command::new("kill").args(["-9", pid.trim()]).status();
        let _ = std::fs::remove_file(pid_file(root));
    }
    let _ = std::fs::remove_file(socket(root));
}

fn guichet(stack: &Stack, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_guichet"));
    command.args(args);
    stack.env(&mut command);
    command.output().unwrap()
}

/// Runs an ignored `child_*` test of this binary inside the stack's folders.
fn child(stack: &Stack, name: &str) {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command.args(["--ignored", "--exact", "--nocapture", name]);
    stack.env(&mut command);
    command.env(CHILD, stack.dir.path());
    let output = command.output().unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    let err = String::from_utf8_lossy(&output.stderr);
    eprintln!("{out}\n{err}");
    assert!(output.status.success(), "{name} failed");
    assert!(out.contains("1 passed"), "{name} did not run");
}

#[test]
fn speak_exits_0_after_the_last_utterance_and_1_without_the_daemon() {
    let stack = Stack::new();
    stack.start();
    let output = guichet(
        &stack,
        &[
            "speak",
            "--lang",
            "fr",
            "--rate",
            "fast",
            "--id",
            "health-insurance-subsidy-ge",
        ],
    );
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        out.contains("(fr-CH)] Aide pour payer l'assurance maladie"),
        "{out}"
    );
    assert!(out.contains("+41, 22, 546, 19, 00"), "{out}");

    kill_daemon(stack.dir.path());
    let output = guichet(&stack, &["speak", "--lang", "fr", "--text", "Bonjour"]);
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("speech is unavailable"), "{err}");

    let output = guichet(&stack, &["speak", "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn each_language_gets_its_own_voice_and_speech_flows() {
    let stack = Stack::new();
    stack.start();
    child(&stack, "child_voices_and_controls");
}

#[test]
fn keyboard_only_visit_in_speech_mode_is_heard_in_four_languages() {
    let stack = Stack::new();
    stack.start();
    child(&stack, "child_speech_mode_visit");
}

#[test]
fn the_idle_warning_is_heard_without_voice_mode() {
    let stack = Stack::new();
    stack.start();
    child(&stack, "child_idle_warning_heard");
}

#[test]
fn the_kiosk_survives_the_daemon_dying_and_speech_comes_back() {
    let stack = Stack::new();
    stack.start();
    child(&stack, "child_daemon_dies_and_returns");
}

// ---- run inside the stack, by the tests above ----

fn in_child() -> Option<PathBuf> {
    std::env::var_os(CHILD).map(PathBuf::from)
}

struct Events(Receiver<Event>);

impl Events {
    /// Waits for an event matching `want`, handing every event to `seen`.
    fn until(
        &self,
        what: &str,
        mut seen: impl FnMut(&Event),
        want: impl Fn(&Event) -> bool,
    ) -> Event {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let event = self
                .0
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no {what} within 30 s"));
            seen(&event);
            if want(&event) {
                return event;
            }
        }
    }
}

fn spawn() -> (Speaker, Events) {
    let (sender, receiver) = mpsc::channel();
    let speaker = Speaker::spawn(move |event| {
        let _ = sender.send(event);
    });
    (speaker, Events(receiver))
}

fn started_text(event: &Event) -> Option<(&str, &str)> {
    match event {
        Event::Started { text, voice, .. } => Some((text.as_str(), voice.as_str())),
        _ => None,
    }
}

#[test]
#[ignore = "run inside a private speech-dispatcher by each_language_gets_its_own_voice_and_speech_flows"]
fn child_voices_and_controls() {
    if in_child().is_none() {
        return;
    }
    let (speaker, events) = spawn();
    let Event::Available(voices) = events.until(
        "connection",
        |_| {},
        |e| !matches!(e, Event::Started { .. }),
    ) else {
        panic!("speech-dispatcher unavailable");
    };
    for lang in [
        Lang::Fr,
        Lang::De,
        Lang::It,
        Lang::En,
        Lang::Pt,
        Lang::Es,
        Lang::Sq,
        Lang::Ar,
        Lang::Uk,
    ] {
        assert!(voices.contains(&lang), "no voice for {lang}");
    }
    assert!(
        !voices.contains(&Lang::Ti),
        "Tigrinya must not borrow another language's voice"
    );

    // Each language is said by a voice of that language (Swiss French).
    let expected = [
        (Lang::Fr, "Bonjour", "(fr-CH)"),
        (Lang::De, "Guten Tag", "(de)"),
        (Lang::It, "Buongiorno", "(it)"),
        (Lang::En, "Hello", "(en-GB)"),
        (Lang::Pt, "Olá", "(pt"),
        (Lang::Es, "Hola", "(es"),
        (Lang::Sq, "Mirëdita", "(sq)"),
        (Lang::Ar, "مرحبا", "(ar)"),
        (Lang::Uk, "Добрий день", "(uk)"),
    ];
    let list = expected
        .iter()
        .map(|(l, t, _)| Utterance::new(*l, *t))
        .collect();
    speaker.send(speech::Command::Say(list));
    for (lang, text, tag) in expected {
        let event = events.until(text, |_| {}, |e| matches!(e, Event::Started { .. }));
        let (said, voice) = started_text(&event).unwrap();
        assert_eq!(said, text, "{lang}");
        assert!(voice.contains(tag), "{lang}: {voice}");
    }
    events.until("the end of the list", |_| {}, |e| *e == Event::Finished);

    // Tigrinya: reported, skipped, and the rest is said.
    speaker.send(speech::Command::Say(vec![
        Utterance::new(Lang::Ti, "ሰላም"),
        Utterance::new(Lang::Fr, "Après le tigrigna"),
    ]));
    events.until("no voice", |_| {}, |e| *e == Event::NoVoice(Lang::Ti));
    let event = events.until(
        "the French item",
        |_| {},
        |e| matches!(e, Event::Started { .. }),
    );
    assert_eq!(started_text(&event).unwrap().0, "Après le tigrigna");
    events.until("end", |_| {}, |e| *e == Event::Finished);

    // Interrupt, pause, resume, repeat.
    let long = "Ceci est une longue phrase. ".repeat(20);
    speaker.send(speech::Command::Say(vec![Utterance::new(
        Lang::Fr,
        long.clone(),
    )]));
    events.until("start", |_| {}, |e| matches!(e, Event::Started { .. }));
    speaker.send(speech::Command::Say(vec![Utterance::new(
        Lang::Fr,
        "Autre chose",
    )]));
    let event = events.until(
        "the interrupting item",
        |_| {},
        |e| matches!(e, Event::Started { .. }),
    );
    assert_eq!(started_text(&event).unwrap().0, "Autre chose");
    events.until("end", |_| {}, |e| *e == Event::Finished);
    speaker.send(speech::Command::Repeat);
    let event = events.until("the repeat", |_| {}, |e| matches!(e, Event::Started { .. }));
    assert_eq!(started_text(&event).unwrap().0, "Autre chose");
    events.until("end", |_| {}, |e| *e == Event::Finished);
    speaker.send(speech::Command::Say(vec![Utterance::new(
        Lang::Fr,
        long.clone(),
    )]));
    events.until("start", |_| {}, |e| matches!(e, Event::Started { .. }));
    speaker.send(speech::Command::Pause);
    events.until("pause", |_| {}, |e| *e == Event::Paused);
    speaker.send(speech::Command::Resume);
    let event = events.until("resume", |_| {}, |e| matches!(e, Event::Started { .. }));
    assert_eq!(started_text(&event).unwrap().0, long);
    speaker.send(speech::Command::Stop);
    events.until("stop", |_| {}, |e| *e == Event::Stopped);
}

fn press(kiosk: &mut Kiosk, key: Named) {
    let _ = kiosk.update(common::key_press(Key::Named(key), Modifiers::empty(), None));
}

/// A kiosk with a real speech worker, attached as the subscription does.
fn kiosk_with_speech() -> (Kiosk, Events) {
    let setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    let mut kiosk = Kiosk::new(setup);
    let (speaker, events) = spawn();
    let _ = kiosk.update(Message::Speech(SpeechMessage::Ready(speaker)));
    (kiosk, events)
}

/// A kiosk whose speech worker has connected to the daemon.
fn connected_kiosk() -> (Kiosk, Events) {
    let (mut kiosk, events) = kiosk_with_speech();
    events.until(
        "connection",
        |e| {
            let _ = kiosk.update(Message::Speech(SpeechMessage::Event(e.clone())));
        },
        |e| matches!(e, Event::Available(_)),
    );
    (kiosk, events)
}

/// Feeds worker events to the kiosk until an utterance of `text` starts;
/// returns its voice.
fn hear(kiosk: &mut Kiosk, events: &Events, text: &str) -> String {
    let event = events.until(
        text,
        |e| {
            let _ = kiosk.update(Message::Speech(SpeechMessage::Event(e.clone())));
        },
        |e| started_text(e).is_some_and(|(said, _)| said == text),
    );
    started_text(&event).unwrap().1.to_owned()
}

fn word(lang: Lang, id: &str) -> String {
    guichet::i18n::Strings::embedded().0.get(lang, id)
}

#[test]
#[ignore = "run inside a private speech-dispatcher by keyboard_only_visit_in_speech_mode_is_heard_in_four_languages"]
fn child_speech_mode_visit() {
    if in_child().is_none() {
        return;
    }
    // Position of each language on Welcome, after Start.
    for (lang, position, tag) in [
        (Lang::Fr, 0, "(fr-CH)"),
        (Lang::De, 1, "(de)"),
        (Lang::Ar, 7, "(ar)"),
        (Lang::Uk, 8, "(uk)"),
    ] {
        let (mut kiosk, events) = connected_kiosk();

        // F2: speech mode; the welcome screen announces itself in French.
        press(&mut kiosk, Named::F2);
        hear(&mut kiosk, &events, &word(Lang::Fr, "speech-mode-on"));
        // Tab to the language: each focus is spoken, in the language's voice.
        for _ in 0..position + 2 {
            press(&mut kiosk, Named::Tab);
        }
        let voice = hear(&mut kiosk, &events, &word(lang, "language-name"));
        assert!(voice.contains(tag), "{lang}: {voice}");
        // Enter: Home announces itself in the chosen language.
        press(&mut kiosk, Named::Enter);
        assert_eq!(kiosk.visit().lang, lang);
        let voice = hear(&mut kiosk, &events, &word(lang, "home-title"));
        assert!(voice.contains(tag), "{lang}: {voice}");
        // The search box has the focus; Tab to "Which help is for me?",
        // then to the first category, and hear each.
        press(&mut kiosk, Named::Tab);
        hear(&mut kiosk, &events, &word(lang, "screener-title"));
        press(&mut kiosk, Named::Tab);
        let first = kiosk.setup().content.index.catalogue().categories[0]
            .label(lang)
            .to_owned();
        hear(&mut kiosk, &events, &first);
        press(&mut kiosk, Named::Enter);
        assert!(matches!(kiosk.visit().screen, Screen::Results(_)));
        // Results: the search box, then the first card, spoken by its title.
        press(&mut kiosk, Named::Tab);
        let Screen::Results(results) = &kiosk.visit().screen else {
            panic!()
        };
        let id = results.hits()[0].clone();
        let service = kiosk
            .setup()
            .content
            .index
            .catalogue()
            .service(&id)
            .unwrap();
        let (title, summary) = {
            let shown = service.text(lang);
            (shown.title.to_owned(), shown.summary.to_owned())
        };
        hear(&mut kiosk, &events, &title);
        // Enter: the detail is read, title then summary.
        press(&mut kiosk, Named::Enter);
        assert!(matches!(kiosk.visit().screen, Screen::Detail(_)));
        let voice = hear(&mut kiosk, &events, &title);
        assert!(voice.contains(tag), "{lang}: {voice}");
        hear(&mut kiosk, &events, &summary);
        // F3 repeats the item being read.
        press(&mut kiosk, Named::F3);
        hear(&mut kiosk, &events, &summary);
        // Idle reset: speech stops, mode and settings go back.
        kiosk.reset();
        assert!(!kiosk.visit().listening.mode);
        println!("{lang}: heard Welcome → Home → Results → Detail with {voice}");
    }
}

#[test]
#[ignore = "run inside a private speech-dispatcher by the_idle_warning_is_heard_without_voice_mode"]
fn child_idle_warning_heard() {
    use guichet::ui::screen::{home, results, welcome};
    if in_child().is_none() {
        return;
    }
    let (mut kiosk, events) = connected_kiosk();
    let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(Lang::De)));
    let _ = kiosk.update(Message::Home(home::Message::Search));
    let _ = kiosk.update(Message::Results(results::Message::Typed("miete".into())));
    assert!(!kiosk.visit().listening.mode);
    let _ = kiosk.update(Message::Tick(Instant::now() + Duration::from_secs(91)));
    assert!(kiosk.visit().overlay.is_some());
    // In the visit's language, by its voice, with voice mode off.
    let voice = hear(&mut kiosk, &events, &word(Lang::De, "idle-title"));
    assert!(voice.contains("(de)"), "{voice}");
    hear(&mut kiosk, &events, &word(Lang::De, "idle-continue"));
}

#[test]
#[ignore = "run inside a private speech-dispatcher by the_kiosk_survives_the_daemon_dying_and_speech_comes_back"]
fn child_daemon_dies_and_returns() {
    let Some(root) = in_child() else {
        return;
    };
    let (mut kiosk, events) = kiosk_with_speech();
    let feed = |kiosk: &mut Kiosk, e: &Event| {
        let _ = kiosk.update(Message::Speech(SpeechMessage::Event(e.clone())));
    };
    events.until(
        "connection",
        |e| feed(&mut kiosk, e),
        |e| matches!(e, Event::Available(_)),
    );
    let _ = kiosk.update(Message::Welcome(
        guichet::ui::screen::welcome::Message::Start,
    ));
    let _ = kiosk.update(Message::Toolbar(guichet::ui::toolbar::Message::Listen));
    hear(&mut kiosk, &events, &word(Lang::Fr, "home-title"));

    // The daemon dies mid-reading: the kiosk hears about it, and goes on.
    kill_daemon(&root);
    events.until(
        "unavailable",
        |e| feed(&mut kiosk, e),
        |e| matches!(e, Event::Unavailable(_)),
    );
    assert!(kiosk.voice().unavailable.is_some());
    let _ = kiosk.update(Message::Toolbar(guichet::ui::toolbar::Message::Listen));
    assert_eq!(
        kiosk.visit().listening.notice,
        Some(guichet::ui::listen::Notice::Unavailable)
    );
    let _ = kiosk.update(Message::Home(guichet::ui::screen::home::Message::Category(
        "health".to_owned(),
    )));
    assert!(matches!(kiosk.visit().screen, Screen::Results(_)));

    // The daemon is back (systemd restarts it): speech returns by itself.
    start_daemon(&root);
    events.until(
        "available again",
        |e| feed(&mut kiosk, e),
        |e| matches!(e, Event::Available(_)),
    );
    assert!(kiosk.voice().unavailable.is_none());
    let _ = kiosk.update(Message::Toolbar(guichet::ui::toolbar::Message::Listen));
    hear(&mut kiosk, &events, "Thème : Santé");
}

#[test]
fn the_questionnaire_is_heard_question_by_question() {
    let stack = Stack::new();
    stack.start();
    child(&stack, "child_questionnaire_heard");
}

#[test]
#[ignore = "run inside a private speech-dispatcher by the_questionnaire_is_heard_question_by_question"]
fn child_questionnaire_heard() {
    use guichet::ui::screen::quiz::{Step, Target};
    use guichet::ui::screen::{home, welcome};
    if in_child().is_none() {
        return;
    }
    let (mut kiosk, events) = connected_kiosk();
    press(&mut kiosk, Named::F2);
    hear(&mut kiosk, &events, &word(Lang::Fr, "speech-mode-on"));
    let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(Lang::Uk)));
    hear(&mut kiosk, &events, &word(Lang::Uk, "home-title"));
    let _ = kiosk.update(Message::Home(home::Message::Screener));
    let strings = guichet::i18n::Strings::embedded().0;
    // Every question is heard when it comes, after its progress line, in
    // the visit's language; "I don't know" moves on.
    let mut heard = 0;
    while let Screen::Quiz(quiz) = &kiosk.visit().screen {
        let Step::Asking(question) = quiz.step() else {
            break;
        };
        heard += 1;
        let progress = strings.get_with(
            Lang::Uk,
            "screener-progress",
            &[
                ("number", guichet::i18n::Arg::Number(heard)),
                ("count", guichet::i18n::Arg::Number(12)),
            ],
        );
        hear(&mut kiosk, &events, &progress);
        let voice = hear(&mut kiosk, &events, &word(Lang::Uk, &question.message_id()));
        assert!(voice.contains("(uk)"), "{voice}");
        let _ = kiosk.update(Message::Quiz(Target::DontKnow));
    }
    // Every answer unknown: all twelve questions were asked, then the result.
    assert_eq!(heard, 12);
    hear(&mut kiosk, &events, &word(Lang::Uk, "screener-title"));
}
