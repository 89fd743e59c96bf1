//! Live reload: staff save a content file while the kiosk runs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use guichet::cli::kiosk;
use guichet::ui::screen::Screen;
use guichet::ui::watch::{self, Reload};
use guichet::ui::{Kiosk, Message};

mod common;

/// Starts the watcher on `dir`; reloads arrive on the returned channel.
fn watcher(dir: &Path) -> mpsc::Receiver<(Reload, Instant)> {
    let (sender, received) = mpsc::channel();
    let dir = dir.to_owned();
    std::thread::spawn(move || {
        watch::watch(&dir, |reload| sender.send((reload, Instant::now())).is_ok());
    });
    // Let it take its first look before anything changes.
    std::thread::sleep(Duration::from_millis(500));
    received
}

fn search(kiosk: &mut Kiosk, words: &str) -> Vec<String> {
    let _ = kiosk.update(Message::Home(guichet::ui::screen::home::Message::Search));
    let _ = kiosk.update(Message::Results(
        guichet::ui::screen::results::Message::Typed(words.to_owned()),
    ));
    match &kiosk.visit().screen {
        Screen::Results(results) => results.hits().to_vec(),
        _ => panic!("not on results"),
    }
}

#[test]
fn a_good_save_changes_answers_and_a_broken_one_changes_nothing_for_visitors() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    common::copy_dir(Path::new("content"), &content);
    common::copy_dir(Path::new("assets/icons"), &tmp.path().join("assets/icons"));
    let setup = kiosk::setup(None, Some(&content)).unwrap();
    let mut kiosk = Kiosk::new(setup);
    let reloads = watcher(&content);

    // A visitor is reading the results for a word no service has yet.
    assert!(search(&mut kiosk, "zorglub").is_empty());

    // Staff add the word to a service and save.
    let file = content.join("services/health-insurance-subsidy-ge.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let good = text.replacen(
        "title = \"Aide pour payer l'assurance maladie\"",
        "title = \"Aide pour payer l'assurance maladie zorglub\"",
        1,
    );
    assert_ne!(good, text);
    let saved = Instant::now();
    std::fs::write(&file, &good).unwrap();
    let (reload, at) = reloads.recv_timeout(Duration::from_secs(20)).unwrap();
    eprintln!("save → new index ready: {} ms", (at - saved).as_millis());
    assert_eq!(reload.errors, 0, "{:?}", reload.content.problems);
    let _ = kiosk.update(Message::Reloaded(reload));
    // The open results follow at once.
    let Screen::Results(results) = &kiosk.visit().screen else {
        panic!()
    };
    assert_eq!(
        results.hits().first().map(String::as_str),
        Some("health-insurance-subsidy-ge")
    );

    // Staff break the file: visitors keep the last good catalogue.
    std::fs::write(&file, good.replacen("title = ", "title = = ", 1)).unwrap();
    let (reload, _) = reloads.recv_timeout(Duration::from_secs(20)).unwrap();
    assert!(reload.errors > 0);
    let _ = kiosk.update(Message::Reloaded(reload));
    assert_eq!(
        kiosk.setup().content.index.catalogue().services.len(),
        common::shipped_services()
    );
    assert_eq!(
        search(&mut kiosk, "zorglub").first().map(String::as_str),
        Some("health-insurance-subsidy-ge")
    );
    // Staff see why, with the file and line.
    let problems = &kiosk.setup().content.problems;
    assert!(problems[0].contains("last good catalogue"), "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("health-insurance-subsidy-ge.toml:") && p.contains("error")),
        "{problems:?}"
    );

    // The file is mended: the change is served again; the staff notice goes.
    std::fs::write(&file, &text).unwrap();
    let (reload, _) = reloads.recv_timeout(Duration::from_secs(20)).unwrap();
    assert_eq!(reload.errors, 0);
    let _ = kiosk.update(Message::Reloaded(reload));
    assert!(search(&mut kiosk, "zorglub").is_empty());
    assert!(
        !kiosk
            .setup()
            .content
            .problems
            .iter()
            .any(|p| p.contains("last good"))
    );

    // The whole folder disappears: nothing changes for visitors.
    std::fs::rename(&content, tmp.path().join("moved")).unwrap();
    let (reload, _) = reloads.recv_timeout(Duration::from_secs(20)).unwrap();
    assert!(reload.errors > 0);
    let _ = kiosk.update(Message::Reloaded(reload));
    assert_eq!(
        kiosk.setup().content.index.catalogue().services.len(),
        common::shipped_services()
    );
}

/// Ten files saved at once (an editor's "save all", a `git pull`) are read
/// once, after the last of them, never half-way.
#[test]
fn a_burst_save_of_ten_files_reloads_once() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    common::copy_dir(Path::new("content"), &content);
    let reloads = watcher(&content);
    let mut files: Vec<_> = std::fs::read_dir(content.join("services"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    for file in &files[..10] {
        let text = std::fs::read_to_string(file).unwrap();
        std::fs::write(file, text + "\n# Saved with the others.\n").unwrap();
    }
    let (reload, _) = reloads.recv_timeout(Duration::from_secs(20)).unwrap();
    assert_eq!(reload.errors, 0, "{:?}", reload.content.problems);
    assert!(
        reloads.recv_timeout(Duration::from_secs(3)).is_err(),
        "a second reload for the same save"
    );
    // The check can fail: one more save is one more reload.
    std::fs::write(&files[0], "# Saved again.\n").unwrap();
    assert!(reloads.recv_timeout(Duration::from_secs(20)).is_ok());
}

/// Where inotify is missing, the slow scan still sees a save.
#[test]
fn a_save_is_seen_without_inotify_too() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    common::copy_dir(Path::new("content"), &content);
    let (sender, reloads) = mpsc::channel();
    let dir = content.clone();
    std::thread::spawn(move || {
        watch::watch_polling(&dir, Duration::from_millis(300), |reload| {
            sender.send(reload).is_ok()
        });
    });
    std::thread::sleep(Duration::from_millis(800));
    assert!(reloads.recv_timeout(Duration::from_secs(2)).is_err());
    let file = content.join("services/health-insurance-subsidy-ge.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("title = ", "title = = ", 1)).unwrap();
    let reload = reloads.recv_timeout(Duration::from_secs(20)).unwrap();
    assert!(reload.errors > 0);
}
