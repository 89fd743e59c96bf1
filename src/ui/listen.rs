//! Listening: the speech controls, the speech bar, and the kiosk's side of
//! the speech worker. What each screen says is in `reading.rs`.

use iced::widget::{column, container, text};
use iced::{Element, Length, Subscription};

use super::focus::Focus;
use super::sizes;
use super::theme::{self, Kind};
use super::widgets::Cx;
use super::{Kiosk, Message};
use crate::lang::Lang;
use crate::speech::{self, Command, Rate, Speaker, Utterance, Volume};

#[derive(Debug, Clone)]
pub enum SpeechMessage {
    /// The worker is running; keep its handle.
    Ready(Speaker),
    Event(speech::Event),
    /// Read the screen in French (no voice in the visitor's language).
    ListenInFrench,
    Stop,
    Pause,
    Resume,
    Repeat,
    Slower,
    Faster,
    Quieter,
    Louder,
    ToggleMode,
}

impl SpeechMessage {
    /// From the worker, not from the visitor.
    pub fn is_report(&self) -> bool {
        matches!(self, SpeechMessage::Ready(_) | SpeechMessage::Event(_))
    }
}

/// What the kiosk knows of speech; kept across visits.
#[derive(Debug, Default)]
pub struct Voice {
    pub speaker: Option<Speaker>,
    /// Languages with a voice, once the worker has connected.
    pub voices: Option<Vec<Lang>>,
    pub unavailable: Option<String>,
    pub speaking: bool,
    pub paused: bool,
}

/// A notice on the speech bar, for this visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Unavailable,
    /// No voice for the visitor's language: offer French.
    NoVoice,
}

/// The visit's speech settings; reset with the visit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listening {
    pub mode: bool,
    pub rate: Rate,
    pub volume: Volume,
    pub notice: Option<Notice>,
}

/// The speech worker, started once and kept for the life of the kiosk.
pub fn subscription() -> Subscription<Message> {
    Subscription::run(|| {
        iced::stream::channel(64, async |mut output| {
            use iced::futures::{SinkExt, StreamExt};
            let (events, mut received) = iced::futures::channel::mpsc::unbounded();
            let speaker = Speaker::spawn(move |event| {
                let _ = events.unbounded_send(event);
            });
            let _ = output
                .send(Message::Speech(SpeechMessage::Ready(speaker)))
                .await;
            while let Some(event) = received.next().await {
                let _ = output
                    .send(Message::Speech(SpeechMessage::Event(event)))
                    .await;
            }
        })
    })
}

impl Kiosk {
    fn send(&self, command: Command) {
        if let Some(speaker) = &self.voice.speaker {
            speaker.send(command);
        }
    }

    /// Reads `utterances` from the start, or says why it cannot.
    pub(super) fn say(&mut self, utterances: Vec<Utterance>) {
        if self.voice.speaker.is_none() || self.voice.unavailable.is_some() {
            self.visit.listening.notice = Some(Notice::Unavailable);
            return;
        }
        self.visit.listening.notice = None;
        self.send(Command::Say(utterances));
    }

    /// The toolbar's Listen: the whole screen, or why not.
    pub(super) fn listen(&mut self) {
        if self.voice.speaking {
            self.send(Command::Stop);
            return;
        }
        let lang = self.visit.lang;
        if self
            .voice
            .voices
            .as_ref()
            .is_some_and(|v| !v.contains(&lang))
        {
            self.visit.listening.notice = Some(Notice::NoVoice);
            return;
        }
        let script = self.script(lang);
        self.say(script);
    }

    /// "Are you still there?" is said in the visit's language whether or
    /// not voice mode is on: a timed question reaches more than one sense.
    pub(super) fn warn_idle(&mut self) {
        let lang = self.visit.lang;
        let has_voice = self
            .voice
            .voices
            .as_ref()
            .is_some_and(|v| v.contains(&lang));
        if self.voice.unavailable.is_some() || !has_voice {
            return;
        }
        let script = self.script(lang);
        self.send(Command::Say(script));
    }

    /// Any visitor action stops what is being said.
    pub(super) fn interrupt(&mut self) {
        if self.voice.speaking {
            self.send(Command::Stop);
        }
    }

    /// In speech mode a new screen announces itself.
    pub(super) fn announce(&mut self) {
        if self.visit.listening.mode {
            let script = self.script(self.visit.lang);
            self.say(script);
        }
    }

    /// In speech mode the focused element says what it is.
    pub(super) fn speak_focus(&mut self) {
        if self.visit.listening.mode
            && let Some(focused) = &self.visit.focus
            && let Some(utterance) = self.describe(focused)
        {
            self.say(vec![utterance]);
        }
    }

    pub(super) fn speech(&mut self, message: SpeechMessage) {
        let listening = &mut self.visit.listening;
        match message {
            SpeechMessage::Ready(speaker) => {
                speaker.send(Command::Rate(listening.rate));
                speaker.send(Command::Volume(listening.volume));
                self.voice.speaker = Some(speaker);
            }
            SpeechMessage::Event(event) => self.speech_event(event),
            SpeechMessage::ListenInFrench => {
                let script = self.script(Lang::REFERENCE);
                self.say(script);
            }
            SpeechMessage::Stop => self.send(Command::Stop),
            SpeechMessage::Pause => self.send(Command::Pause),
            SpeechMessage::Resume => {
                self.voice.paused = false;
                self.send(Command::Resume);
            }
            SpeechMessage::Repeat => self.send(Command::Repeat),
            SpeechMessage::Slower | SpeechMessage::Faster => {
                listening.rate = if matches!(message, SpeechMessage::Slower) {
                    listening.rate.slower()
                } else {
                    listening.rate.faster()
                };
                let rate = listening.rate;
                self.send(Command::Rate(rate));
                self.send(Command::Repeat);
            }
            SpeechMessage::Quieter | SpeechMessage::Louder => {
                listening.volume = if matches!(message, SpeechMessage::Quieter) {
                    listening.volume.quieter()
                } else {
                    listening.volume.louder()
                };
                let volume = listening.volume;
                self.send(Command::Volume(volume));
                self.send(Command::Repeat);
            }
            SpeechMessage::ToggleMode => self.toggle_mode(),
        }
    }

    pub(super) fn toggle_mode(&mut self) {
        let lang = self.visit.lang;
        self.visit.listening.mode = !self.visit.listening.mode;
        if self.visit.listening.mode {
            let mut script = vec![Utterance::new(
                lang,
                self.setup.strings.get(lang, "speech-mode-on"),
            )];
            script.extend(self.script(lang));
            self.say(script);
        } else {
            let off = self.setup.strings.get(lang, "speech-mode-off");
            self.say(vec![Utterance::new(lang, off)]);
        }
    }

    fn speech_event(&mut self, event: speech::Event) {
        match event {
            speech::Event::Available(voices) => {
                self.voice.voices = Some(voices);
                self.voice.unavailable = None;
                if self.visit.listening.notice == Some(Notice::Unavailable) {
                    self.visit.listening.notice = None;
                }
            }
            speech::Event::Unavailable(why) => {
                log::warn!("speech unavailable: {why}");
                self.voice.unavailable = Some(why);
                self.voice.speaking = false;
                self.voice.paused = false;
            }
            speech::Event::Started { .. } => {
                self.voice.speaking = true;
                self.voice.paused = false;
            }
            speech::Event::Finished | speech::Event::Stopped => {
                self.voice.speaking = false;
                self.voice.paused = false;
            }
            speech::Event::Paused => {
                self.voice.speaking = false;
                self.voice.paused = true;
            }
            speech::Event::NoVoice(lang) => {
                if lang == self.visit.lang {
                    self.visit.listening.notice = Some(Notice::NoVoice);
                }
            }
        }
    }

    /// The visit is over: speech stops and its settings go back.
    pub(super) fn reset_speech(&mut self) {
        self.send(Command::Reset);
        self.voice.speaking = false;
        self.voice.paused = false;
    }
}

/// A control of the speech bar: what has the focus, and what it sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    ListenInFrench,
    Pause,
    Resume,
    Repeat,
    Slower,
    Faster,
    Quieter,
    Louder,
    ToggleMode,
}

impl Control {
    pub fn message(self) -> SpeechMessage {
        match self {
            Control::ListenInFrench => SpeechMessage::ListenInFrench,
            Control::Pause => SpeechMessage::Pause,
            Control::Resume => SpeechMessage::Resume,
            Control::Repeat => SpeechMessage::Repeat,
            Control::Slower => SpeechMessage::Slower,
            Control::Faster => SpeechMessage::Faster,
            Control::Quieter => SpeechMessage::Quieter,
            Control::Louder => SpeechMessage::Louder,
            Control::ToggleMode => SpeechMessage::ToggleMode,
        }
    }

    /// The Fluent id of its name, shown and spoken.
    pub fn label(self) -> &'static str {
        match self {
            Control::ListenInFrench => "speech-listen-french",
            Control::Pause => "speech-pause",
            Control::Resume => "speech-resume",
            Control::Repeat => "speech-repeat",
            Control::Slower => "speech-slower",
            Control::Faster => "speech-faster",
            Control::Quieter => "speech-quieter",
            Control::Louder => "speech-louder",
            Control::ToggleMode => "speech-mode",
        }
    }
}

/// The speech bar's controls in focus order, as [`bar`] draws them.
pub fn controls(voice: &Voice, listening: &Listening) -> Vec<Control> {
    let mut out = Vec::new();
    if listening.notice == Some(Notice::NoVoice) {
        out.push(Control::ListenInFrench);
    }
    if listening.mode || voice.speaking || voice.paused {
        // Controls only when there is speech to control; the mode can
        // always be switched off.
        if voice.speaker.is_some() && voice.unavailable.is_none() {
            if voice.speaking {
                out.push(Control::Pause);
            } else if voice.paused {
                out.push(Control::Resume);
            }
            out.extend([
                Control::Repeat,
                Control::Slower,
                Control::Faster,
                Control::Quieter,
                Control::Louder,
            ]);
        }
        out.push(Control::ToggleMode);
    }
    out
}

/// The speech bar, under the toolbar while speech is in use: a notice when
/// speech cannot be had, and the controls.
pub fn bar<'a>(
    cx: &Cx<'a>,
    focus: &Focus<Control>,
    voice: &Voice,
    listening: &Listening,
) -> Option<Element<'a, SpeechMessage>> {
    let active = listening.mode || voice.speaking || voice.paused;
    if !active && listening.notice.is_none() {
        return None;
    }
    let mut parts: Vec<Element<'a, Control>> = Vec::new();
    let controls = controls(voice, listening);
    let mut controls = controls.into_iter().peekable();
    match listening.notice {
        Some(Notice::Unavailable) => parts.push(cx.notice(cx.t("speech-unavailable"))),
        Some(Notice::NoVoice) => {
            parts.push(cx.notice(cx.t("speech-no-voice")));
            if let Some(control) = controls.next_if_eq(&Control::ListenInFrench) {
                parts.push(
                    cx.text_button(focus, cx.t(control.label()), control, Kind::Primary)
                        .into(),
                );
            }
        }
        None => {}
    }
    if active {
        let mut row: Vec<Element<'a, Control>> = controls
            .map(|control| {
                let kind = if control == Control::ToggleMode && listening.mode {
                    Kind::Selected
                } else {
                    Kind::Card
                };
                cx.text_button(focus, cx.t(control.label()), control, kind)
                    .into()
            })
            .collect();
        if voice.speaking {
            row.push(text(cx.t("speech-speaking")).size(sizes::TEXT_SMALL).into());
        }
        parts.push(cx.row(row).wrap().into());
    }
    let bar: Element<'a, Control> = container(column(parts).spacing(sizes::SPACING / 2.0))
        .padding(sizes::PADDING_BUTTON)
        .width(Length::Fill)
        .style(theme::panel(cx.palette))
        .into();
    Some(bar.map(Control::message))
}
