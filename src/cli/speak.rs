//! `guichet speak`: says a service or a text through the kiosk's own speech
//! path, so staff can check pronunciation and tests can check speech.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use super::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use crate::i18n::Strings;
use crate::lang::Lang;
use crate::speech::{Command, Event, Rate, Speaker, Utterance};
use crate::ui::screen::detail::{self, Detail};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The language to speak: fr, de, it, en, pt, es, sq, ar, uk, ti.
    #[arg(long, default_value = "fr")]
    pub lang: Lang,
    /// A service to read as its detail screen does.
    #[arg(long, conflicts_with = "text")]
    pub id: Option<String>,
    /// A text to say.
    #[arg(long)]
    pub text: Option<String>,
    /// The content folder.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// As the kiosk's Slower and Faster buttons.
    #[arg(long, value_enum, default_value_t = Rate::Normal)]
    pub rate: Rate,
    /// Print the reading (one `[lang] text` line per utterance) and exit
    /// 0 without speaking: what a blind visitor hears, for staff to check.
    #[arg(long)]
    pub silent: bool,
}

/// How long speech-dispatcher may take to answer at all.
const CONNECT: Duration = Duration::from_secs(20);

pub fn run(options: &Args) -> u8 {
    let utterances = match (options.id.as_deref(), options.text.as_deref()) {
        (Some(id), None) => {
            let index = match super::search::load_index(&options.content) {
                Ok(index) => index,
                Err(message) => {
                    eprintln!("guichet speak: {message}");
                    return EXIT_USAGE;
                }
            };
            let Some(service) = index.catalogue().service(id) else {
                eprintln!(
                    "guichet speak: no service `{id}` in {} — see `guichet check`",
                    options.content.display()
                );
                return EXIT_USAGE;
            };
            let (strings, _) = Strings::embedded();
            let facts = detail::Facts {
                strings: &strings,
                lang: options.lang,
                catalogue: index.catalogue(),
                here: None,
                now: None,
            };
            Detail::new(service, false).page(&facts).spoken()
        }
        (None, Some(text)) if !text.trim().is_empty() => {
            vec![Utterance::new(options.lang, text)]
        }
        _ => {
            eprintln!("guichet speak: give --id SERVICE or --text TEXT");
            return EXIT_USAGE;
        }
    };
    if options.silent {
        for utterance in &utterances {
            println!("[{}] {}", utterance.lang, utterance.text);
        }
        return EXIT_OK;
    }
    say(utterances, options.rate)
}

/// Says the list and waits for speech-dispatcher's end of the last one.
fn say(utterances: Vec<Utterance>, rate: Rate) -> u8 {
    let chars: usize = utterances.iter().map(|u| u.text.chars().count()).sum();
    let total = CONNECT + Duration::from_millis(150) * chars as u32;
    let (events, received) = mpsc::channel();
    let speaker = Speaker::spawn(move |event| {
        let _ = events.send(event);
    });
    match received.recv_timeout(CONNECT) {
        Ok(Event::Available(voices)) => {
            let missing: Vec<String> = utterances
                .iter()
                .map(|u| u.lang)
                .filter(|lang| !voices.contains(lang))
                .map(|lang| lang.to_string())
                .collect();
            if let Some(lang) = missing.first() {
                eprintln!(
                    "guichet speak: no voice speaks `{lang}` here — the kiosk offers the French reading instead"
                );
                return EXIT_ERRORS;
            }
        }
        Ok(Event::Unavailable(why)) => {
            eprintln!(
                "guichet speak: speech is unavailable: {why} — is speech-dispatcher installed and running? (see README, Speech)"
            );
            return EXIT_ERRORS;
        }
        Ok(other) => {
            eprintln!("guichet speak: unexpected first event {other:?}");
            return EXIT_ERRORS;
        }
        Err(_) => {
            eprintln!(
                "guichet speak: speech-dispatcher did not answer within {} s",
                CONNECT.as_secs()
            );
            return EXIT_ERRORS;
        }
    }
    speaker.send(Command::Rate(rate));
    speaker.send(Command::Say(utterances));
    loop {
        match received.recv_timeout(total) {
            Ok(Event::Started {
                index,
                lang,
                voice,
                text,
            }) => println!("{}. [{lang}, {voice}] {text}", index + 1),
            Ok(Event::Finished) => return EXIT_OK,
            Ok(Event::NoVoice(lang)) => {
                eprintln!("guichet speak: no voice speaks `{lang}` here");
                return EXIT_ERRORS;
            }
            Ok(Event::Unavailable(why)) => {
                eprintln!("guichet speak: speech stopped: {why}");
                return EXIT_ERRORS;
            }
            Ok(_) => {}
            Err(_) => {
                eprintln!(
                    "guichet speak: speech did not finish in {} s",
                    total.as_secs()
                );
                return EXIT_ERRORS;
            }
        }
    }
}
