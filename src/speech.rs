//! Speech: one worker thread owns the text-to-speech handle (`tts`, through
//! speech-dispatcher on Linux) and takes commands; what happens comes back
//! as events. Nothing here blocks the caller, and nothing here knows the
//! screen.
//!
//! The worker speaks a list of utterances one at a time, so it can pause
//! between items, repeat the last one, and notice when the daemon stops
//! answering. When speech-dispatcher is missing or dies, the worker says so
//! and tries again every few seconds: speech comes back with the daemon.

use std::collections::BTreeMap;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use tts::{Backends, Tts, UtteranceId, Voice};

use crate::lang::Lang;

/// One piece of spoken text, in the language of its voice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub lang: Lang,
    pub text: String,
}

impl Utterance {
    pub fn new(lang: Lang, text: impl Into<String>) -> Self {
        Utterance {
            lang,
            text: text.into(),
        }
    }
}

/// The three speech rates (`--rate slow|normal|fast` on the command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Rate {
    Slow,
    #[default]
    Normal,
    Fast,
}

impl Rate {
    pub fn slower(self) -> Rate {
        match self {
            Rate::Fast => Rate::Normal,
            _ => Rate::Slow,
        }
    }

    pub fn faster(self) -> Rate {
        match self {
            Rate::Slow => Rate::Normal,
            _ => Rate::Fast,
        }
    }

    /// speech-dispatcher's scale: -100 to 100, 0 normal.
    fn value(self) -> f32 {
        match self {
            Rate::Slow => -40.0,
            Rate::Normal => 0.0,
            Rate::Fast => 40.0,
        }
    }
}

/// Volume steps, from quiet to the loudest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Volume(u8);

impl Volume {
    pub const STEPS: u8 = 4;

    pub fn louder(self) -> Volume {
        Volume((self.0 + 1).min(Self::STEPS))
    }

    pub fn quieter(self) -> Volume {
        Volume(self.0.saturating_sub(1).max(1))
    }

    pub fn step(self) -> u8 {
        self.0
    }

    /// speech-dispatcher's scale: -100 to 100, 100 the loudest.
    fn value(self) -> f32 {
        -100.0 + 200.0 * f32::from(self.0) / f32::from(Self::STEPS)
    }
}

impl Default for Volume {
    /// Loud enough at a desk, with one step louder left.
    fn default() -> Self {
        Volume(3)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Stop what is being said and say these, in order.
    Say(Vec<Utterance>),
    Stop,
    /// Stop now; `Resume` says the current item again from its start.
    Pause,
    Resume,
    /// Say the last item again.
    Repeat,
    Rate(Rate),
    Volume(Volume),
    /// Back to the defaults, nothing queued: the visit is over.
    Reset,
}

/// What the worker reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Connected; voices exist for these languages.
    Available(Vec<Lang>),
    /// No speech: why, in words for staff.
    Unavailable(String),
    /// An item of the list started, with the voice saying it.
    Started {
        index: usize,
        lang: Lang,
        voice: String,
        text: String,
    },
    /// The whole list was said.
    Finished,
    Stopped,
    Paused,
    /// Nothing can say this language.
    NoVoice(Lang),
}

/// The handle the kiosk keeps. Cloning shares the worker.
#[derive(Debug, Clone)]
pub struct Speaker {
    inputs: Sender<Input>,
}

impl Speaker {
    /// Starts the worker; `on_event` is called on the worker's thread.
    pub fn spawn(on_event: impl FnMut(Event) + Send + 'static) -> Speaker {
        let (inputs, receiver) = mpsc::channel();
        let callbacks = inputs.clone();
        let spawned = std::thread::Builder::new()
            .name("speech".to_owned())
            .spawn(move || Worker::new(callbacks, Box::new(on_event)).run(receiver));
        if let Err(e) = spawned {
            log::error!("no speech: cannot start its thread: {e}");
        }
        Speaker { inputs }
    }

    /// Never blocks; a worker that is gone is ignored.
    pub fn send(&self, command: Command) {
        let _ = self.inputs.send(Input::Command(command));
    }
}

enum Input {
    Command(Command),
    Begin(UtteranceId),
    End(UtteranceId),
}

/// How often the worker looks at the daemon while it speaks, and tries to
/// reach it while it is away.
const TICK: Duration = Duration::from_millis(400);
const RECONNECT: Duration = Duration::from_secs(3);

struct Worker {
    inputs: Sender<Input>,
    on_event: Box<dyn FnMut(Event) + Send>,
    tts: Option<Tts>,
    voices: BTreeMap<Lang, Voice>,
    last_attempt: Option<Instant>,
    unavailable_said: bool,
    queue: Vec<Utterance>,
    /// The item being said, or to say on Resume.
    index: usize,
    speaking: Option<(UtteranceId, Instant, Duration)>,
    paused: bool,
    /// For Repeat.
    last_said: Option<Utterance>,
    /// The voice speech-dispatcher was last told to use on this connection.
    voice_set: Option<String>,
    /// Languages reported as having no voice since the last `Say`.
    no_voice_said: Vec<Lang>,
    rate: Rate,
    volume: Volume,
}

impl Worker {
    fn new(inputs: Sender<Input>, on_event: Box<dyn FnMut(Event) + Send>) -> Self {
        Worker {
            inputs,
            on_event,
            tts: None,
            voices: BTreeMap::new(),
            last_attempt: None,
            unavailable_said: false,
            queue: Vec::new(),
            index: 0,
            speaking: None,
            paused: false,
            last_said: None,
            no_voice_said: Vec::new(),
            voice_set: None,
            rate: Rate::default(),
            volume: Volume::default(),
        }
    }

    fn run(mut self, receiver: mpsc::Receiver<Input>) {
        self.connect();
        loop {
            match receiver.recv_timeout(TICK) {
                Ok(Input::Command(command)) => self.command(command),
                Ok(Input::Begin(id)) => {
                    if self
                        .speaking
                        .as_ref()
                        .is_some_and(|(current, ..)| *current == id)
                        && let Some(item) = self.queue.get(self.index)
                    {
                        let voice = self
                            .voices
                            .get(&item.lang)
                            .map(|v| format!("{} ({})", v.name(), v.language()))
                            .unwrap_or_default();
                        (self.on_event)(Event::Started {
                            index: self.index,
                            lang: item.lang,
                            voice,
                            text: item.text.clone(),
                        });
                    }
                }
                Ok(Input::End(id)) => {
                    if self
                        .speaking
                        .as_ref()
                        .is_some_and(|(current, ..)| *current == id)
                    {
                        self.speaking = None;
                        self.index += 1;
                        self.say_current();
                    }
                }
                Err(RecvTimeoutError::Timeout) => self.watch(),
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    fn command(&mut self, command: Command) {
        match command {
            Command::Say(list) => {
                self.stop_speaking();
                self.no_voice_said.clear();
                self.queue = list;
                self.index = 0;
                self.paused = false;
                self.say_current();
            }
            Command::Stop => {
                self.stop_speaking();
                self.queue.clear();
                (self.on_event)(Event::Stopped);
            }
            Command::Pause => {
                if self.speaking.is_some() {
                    self.stop_speaking();
                    self.paused = true;
                    (self.on_event)(Event::Paused);
                }
            }
            Command::Resume => {
                if self.paused {
                    self.paused = false;
                    self.say_current();
                }
            }
            Command::Repeat => {
                self.stop_speaking();
                if let Some(item) = self.last_said.clone() {
                    self.queue = vec![item];
                    self.index = 0;
                    self.paused = false;
                    self.say_current();
                }
            }
            Command::Rate(rate) => {
                self.rate = rate;
                self.apply_settings();
            }
            Command::Volume(volume) => {
                self.volume = volume;
                self.apply_settings();
            }
            Command::Reset => {
                self.stop_speaking();
                self.queue.clear();
                self.index = 0;
                self.paused = false;
                self.last_said = None;
                self.rate = Rate::default();
                self.volume = Volume::default();
                self.apply_settings();
            }
        }
    }

    /// Says the item at `index`, or reports the end of the list. Items in
    /// a language no voice speaks are skipped, and reported once.
    fn say_current(&mut self) {
        if self.paused {
            return;
        }
        if self.tts.is_none() {
            self.connect();
        }
        if self.tts.is_none() {
            // Unavailable was reported; nothing is queued for later.
            self.queue.clear();
            return;
        }
        let (item, voice) = loop {
            let Some(item) = self.queue.get(self.index).cloned() else {
                if !self.queue.is_empty() {
                    self.queue.clear();
                    (self.on_event)(Event::Finished);
                }
                return;
            };
            match self.voices.get(&item.lang).cloned() {
                Some(voice) => break (item, voice),
                None => {
                    if !self.no_voice_said.contains(&item.lang) {
                        self.no_voice_said.push(item.lang);
                        (self.on_event)(Event::NoVoice(item.lang));
                    }
                    self.index += 1;
                }
            }
        };
        let Some(tts) = self.tts.as_mut() else {
            return;
        };
        // Choosing a voice makes speech-dispatcher list every voice it has
        // (thousands with espeak-ng): only do it when the voice changes.
        let voice_set = if self.voice_set.as_deref() == Some(voice.name().as_str()) {
            Ok(())
        } else {
            tts.set_voice(&voice)
        };
        if voice_set.is_ok() {
            self.voice_set = Some(voice.name());
        }
        let spoken = voice_set.and_then(|()| tts.speak(item.text.as_str(), true));
        match spoken {
            Ok(Some(id)) => {
                // espeak says about 15 characters a second at the slow rate.
                let budget = Duration::from_secs(10)
                    + Duration::from_millis(80) * item.text.chars().count() as u32;
                self.last_said = Some(item);
                self.speaking = Some((id, Instant::now(), budget));
            }
            Ok(None) | Err(_) => self.lost("speech-dispatcher did not take the text"),
        }
    }

    fn stop_speaking(&mut self) {
        if self.speaking.take().is_some()
            && let Some(tts) = self.tts.as_mut()
            && tts.stop().is_err()
        {
            self.lost("speech-dispatcher did not stop");
        }
    }

    fn apply_settings(&mut self) {
        let (rate, volume) = (self.rate.value(), self.volume.value());
        if let Some(tts) = self.tts.as_mut() {
            let applied = tts.set_rate(rate).is_ok() && tts.set_volume(volume).is_ok();
            if !applied {
                self.lost("speech-dispatcher stopped answering");
            }
        }
    }

    /// Between inputs: reconnect when away, check the daemon while speaking.
    fn watch(&mut self) {
        match &self.speaking {
            None if self.tts.is_none()
                && self.last_attempt.is_none_or(|at| at.elapsed() >= RECONNECT) =>
            {
                self.connect();
            }
            None => {}
            Some((_, started, budget)) => {
                let overdue = started.elapsed() > *budget;
                // A cheap round trip: fails when the daemon is gone.
                let alive = self
                    .tts
                    .as_mut()
                    .is_some_and(|tts| tts.set_rate(self.rate.value()).is_ok());
                if overdue || !alive {
                    self.lost("speech-dispatcher stopped in the middle of a sentence");
                }
            }
        }
    }

    fn lost(&mut self, why: &str) {
        self.tts = None;
        self.speaking = None;
        self.queue.clear();
        self.unavailable_said = false;
        self.last_attempt = Some(Instant::now());
        self.unavailable(why.to_owned());
    }

    fn unavailable(&mut self, why: String) {
        if !self.unavailable_said {
            self.unavailable_said = true;
            (self.on_event)(Event::Unavailable(why));
        }
    }

    fn connect(&mut self) {
        self.last_attempt = Some(Instant::now());
        let tts = match Tts::new(Backends::SpeechDispatcher) {
            Ok(tts) => tts,
            Err(e) => {
                self.unavailable(format!("cannot reach speech-dispatcher: {e}"));
                return;
            }
        };
        let begin = self.inputs.clone();
        let end = self.inputs.clone();
        let callbacks = tts
            .on_utterance_begin(Some(Box::new(move |id| {
                let _ = begin.send(Input::Begin(id));
            })))
            .and_then(|()| {
                tts.on_utterance_end(Some(Box::new(move |id| {
                    let _ = end.send(Input::End(id));
                })))
            });
        if let Err(e) = callbacks {
            self.unavailable(format!("speech-dispatcher gives no events: {e}"));
            return;
        }
        let voices = match tts.voices() {
            Ok(voices) => voices,
            Err(e) => {
                self.unavailable(format!("speech-dispatcher lists no voices: {e}"));
                return;
            }
        };
        self.voices = Lang::ALL
            .iter()
            .filter_map(|&lang| choose_voice(&voices, lang).map(|v| (lang, v.clone())))
            .collect();
        self.tts = Some(tts);
        self.voice_set = None;
        self.unavailable_said = false;
        self.apply_settings();
        if self.tts.is_some() {
            (self.on_event)(Event::Available(self.voices.keys().copied().collect()));
        }
    }
}

/// Language tags to look for, best first: Swiss variants where they exist.
fn preferred_tags(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Fr => &["fr-ch", "fr-fr", "fr"],
        Lang::De => &["de-ch", "de-de", "de"],
        Lang::It => &["it-ch", "it-it", "it"],
        Lang::En => &["en-gb", "en-us", "en"],
        Lang::Pt => &["pt-pt", "pt", "pt-br"],
        Lang::Es => &["es-es", "es"],
        Lang::Sq => &["sq"],
        Lang::Ar => &["ar"],
        Lang::Uk => &["uk"],
        // No synthesiser we ship speaks Tigrinya; Amharic is another language.
        Lang::Ti => &["ti"],
    }
}

/// The voice for a language: the first preferred tag that has one, and
/// among its voices the plain one (espeak's variants have a `+`).
pub fn choose_voice(voices: &[Voice], lang: Lang) -> Option<&Voice> {
    preferred_tags(lang).iter().find_map(|tag| {
        let mut matching = voices
            .iter()
            .filter(|v| v.language().as_str().eq_ignore_ascii_case(tag));
        let all: Vec<&Voice> = matching.by_ref().collect();
        all.iter()
            .find(|v| !v.name().contains('+'))
            .or(all.first())
            .copied()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_and_volumes_step_within_bounds() {
        assert_eq!(Rate::Normal.slower(), Rate::Slow);
        assert_eq!(Rate::Slow.slower(), Rate::Slow);
        assert_eq!(Rate::Slow.faster().faster().faster(), Rate::Fast);
        let mut volume = Volume::default();
        for _ in 0..10 {
            volume = volume.louder();
        }
        assert_eq!(volume.step(), Volume::STEPS);
        assert_eq!(volume.value(), 100.0);
        for _ in 0..10 {
            volume = volume.quieter();
        }
        // Never silent: a visitor who cannot see could not find it again.
        assert_eq!(volume.step(), 1);
        assert!(volume.value() > -100.0);
    }
}
