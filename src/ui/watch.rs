//! Live reload: a thread watches the content folder; when a file changes it
//! checks and indexes the whole catalogue away from the screen, and hands
//! the result to the kiosk, which swaps it in only if it has no errors.

use std::path::{Path, PathBuf};
use std::time::Duration;

use iced::Subscription;

use super::setup::load_content;
use super::{Content, Message};
use crate::content;

/// How often the folder is looked at: a save shows within a second.
const POLL: Duration = Duration::from_millis(300);

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
                eprintln!("guichet: content changes will not be seen: {e}");
                return;
            }
            while let Some(message) = received.next().await {
                let _ = output.send(message).await;
            }
        })
    })
}

/// Polls `dir`; after each change, reads it and calls `send` until it
/// returns false (the kiosk is gone).
pub fn watch(dir: &Path, mut send: impl FnMut(Reload) -> bool) {
    let mut last = content::fingerprint(dir);
    loop {
        std::thread::sleep(POLL);
        let now = content::fingerprint(dir);
        if now == last {
            continue;
        }
        last = now;
        let reload = match load_content(dir) {
            Ok((content, errors)) => Reload { content, errors },
            Err(e) => {
                eprintln!("guichet: content change not indexed: {e}");
                continue;
            }
        };
        if !send(reload) {
            return;
        }
    }
}
