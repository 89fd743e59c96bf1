//! Live reload: a thread follows the content folder through inotify (`notify`);
//! once a save has settled it checks and indexes the whole catalogue away from
//! the screen, and hands the result to the kiosk, which swaps it in only if it
//! has no errors. Where inotify is missing, the folder is scanned slowly.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use iced::Subscription;
use notify_debouncer_full::notify::{self, PollWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, NoCache, new_debouncer, new_debouncer_opt};

use super::setup::load_content;
use super::{Content, Message};

/// Quiet time after the last change before the catalogue is read: a save
/// touching several files (an editor's "save all", a `git pull`) is read
/// once, whole, and a save shows within a second.
const SETTLE: Duration = Duration::from_millis(400);

/// Where inotify is missing (some network or container file systems), how
/// often the folder is scanned instead.
pub const SLOW_POLL: Duration = Duration::from_secs(3);

/// A catalogue read after a change.
#[derive(Debug, Clone, PartialEq)]
pub struct Reload {
    pub content: Content,
    /// Errors found: any error keeps the last good catalogue.
    pub errors: usize,
}

pub fn subscription(dir: PathBuf) -> Subscription<Message> {
    Subscription::run_with(dir, |dir| {
        let dir = dir.clone();
        iced::stream::channel(4, async move |mut output| {
            use iced::futures::{SinkExt, StreamExt};
            let (sender, mut received) = iced::futures::channel::mpsc::unbounded();
            let spawned = std::thread::Builder::new()
                .name("content-watch".to_owned())
                .spawn(move || {
                    watch(&dir, |reload| {
                        sender.unbounded_send(Message::Reloaded(reload)).is_ok()
                    })
                });
            if let Err(e) = spawned {
                log::error!("content changes will not be seen: {e}");
                return;
            }
            while let Some(message) = received.next().await {
                let _ = output.send(message).await;
            }
        })
    })
}

/// Follows `dir` through inotify (or, where it is missing, a scan every
/// [`SLOW_POLL`]); after each settled change, reads it and calls `send`
/// until it returns false (the kiosk is gone).
pub fn watch(dir: &Path, send: impl FnMut(Reload) -> bool) {
    let (sender, changes) = mpsc::channel();
    let inotify = new_debouncer(SETTLE, None, sender.clone()).and_then(|mut debouncer| {
        debouncer.watch(dir, RecursiveMode::Recursive)?;
        Ok(debouncer)
    });
    match inotify {
        Ok(_debouncer) => follow(dir, &changes, send),
        Err(e) => {
            log::warn!(
                "no inotify for the content folder ({e}): looking for changes every {} s",
                SLOW_POLL.as_secs()
            );
            watch_polling_with(dir, SLOW_POLL, sender, changes, send);
        }
    }
}

/// [`watch`] without inotify: the folder is scanned every `interval`.
pub fn watch_polling(dir: &Path, interval: Duration, send: impl FnMut(Reload) -> bool) {
    let (sender, changes) = mpsc::channel();
    watch_polling_with(dir, interval, sender, changes, send);
}

fn watch_polling_with(
    dir: &Path,
    interval: Duration,
    sender: mpsc::Sender<DebounceEventResult>,
    changes: mpsc::Receiver<DebounceEventResult>,
    send: impl FnMut(Reload) -> bool,
) {
    let config = notify::Config::default().with_poll_interval(interval);
    let polling = new_debouncer_opt::<_, PollWatcher, _>(SETTLE, None, sender, NoCache, config)
        .and_then(|mut debouncer| {
            debouncer.watch(dir, RecursiveMode::Recursive)?;
            Ok(debouncer)
        });
    match polling {
        Ok(_debouncer) => follow(dir, &changes, send),
        Err(e) => log::error!("content changes will not be seen: {e}"),
    }
}

/// Reads the folder once per settled burst of changes.
fn follow(
    dir: &Path,
    changes: &mpsc::Receiver<DebounceEventResult>,
    mut send: impl FnMut(Reload) -> bool,
) {
    while let Ok(batch) = changes.recv() {
        if !changes_content(batch) {
            continue;
        }
        // A long save can come in several batches: wait until it is quiet.
        while changes.recv_timeout(SETTLE).is_ok() {}
        let reload = match load_content(dir) {
            Ok((content, errors)) => Reload { content, errors },
            Err(e) => {
                log::warn!("content change not indexed: {e}");
                continue;
            }
        };
        if !send(reload) {
            return;
        }
    }
}

/// Whether a batch holds a file made, changed or removed (reading the
/// catalogue opens every file: those events are not changes).
fn changes_content(batch: DebounceEventResult) -> bool {
    match batch {
        Ok(events) => events
            .iter()
            .any(|e| e.kind.is_create() || e.kind.is_modify() || e.kind.is_remove()),
        Err(errors) => {
            for e in errors {
                log::warn!("watching the content folder: {e}");
            }
            false
        }
    }
}
