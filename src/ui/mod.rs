//! The kiosk: a full-screen iced application over the domain modules.
//!
//! `Kiosk` owns one visit at a time. Everything a visitor changes lives in
//! `Visit`, which the idle reset drops whole.

mod draw;
pub mod focus;
pub mod font;
pub mod icons;
pub mod keyboard;
mod keys;
pub mod listen;
pub mod overlays;
pub mod page;
mod printing;
mod reading;
pub mod screen;
pub mod setup;
pub mod sizes;
pub mod staff;
pub mod target;
pub mod theme;
pub mod toolbar;
pub mod touch;
mod view;
pub mod watch;
pub mod widgets;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::keyboard::Event as KeyEvent;
use iced::widget::svg;
use iced::{Size, Subscription, Task};

use crate::config::Config;
use crate::i18n::Strings;
use crate::insight::Event;
use crate::lang::Lang;
use crate::opening::Moment;
use crate::place::Here;
use crate::search::SearchIndex;
use listen::{Listening, SpeechMessage, Voice};
use screen::{Screen, detail, home, quiz, results, welcome};
use sizes::TextSize;
use staff::Staff;
use theme::Contrast;

/// What the kiosk runs on; shared by every visit, never changed by one.
/// Cloning is cheap: the large parts are shared.
#[derive(Clone)]
pub struct Setup {
    pub config: Config,
    pub strings: Arc<Strings>,
    pub icons: BTreeMap<String, svg::Handle>,
    /// Problems with the settings, for staff.
    pub problems: Vec<String>,
    /// The folder watched for changes.
    pub content_dir: PathBuf,
    /// The catalogue served, replaced when staff save a good change.
    pub content: Content,
    /// When the kiosk began to start, for the start-up time in the log.
    pub started: Instant,
}

/// A checked catalogue and its index.
#[derive(Clone)]
pub struct Content {
    pub index: Arc<SearchIndex>,
    /// What `guichet check` would say, for staff.
    pub problems: Vec<String>,
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Content")
            .field("services", &self.index.catalogue().services.len())
            .field("problems", &self.problems.len())
            .finish()
    }
}

/// Kept only for `watch::Reload`'s derived `PartialEq` (ui/watch.rs):
/// messages are no longer compared, and focus never looks at content.
impl PartialEq for Content {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.index, &other.index)
    }
}

/// Panels drawn over the screen.
#[derive(Debug)]
pub enum Overlay {
    Languages,
    Help,
    /// A glossary term's explanation, by the term's id.
    Glossary(String),
    /// "Are you still there?" until `deadline`.
    Idle {
        deadline: Instant,
    },
    Staff(Staff),
}

/// Everything one visitor changed. Dropped whole at reset.
#[derive(Debug)]
pub struct Visit {
    pub lang: Lang,
    pub text_size: TextSize,
    pub contrast: Contrast,
    pub screen: Screen,
    pub back: Vec<Screen>,
    pub overlay: Option<Overlay>,
    pub focus: Option<target::Target>,
    /// Whether the visitor uses keys: then each new screen gets a focus.
    pub keys_used: bool,
    /// Speech mode, rate and volume.
    pub listening: Listening,
    pub last_activity: Instant,
}

impl Visit {
    fn new(config: &Config, now: Instant) -> Self {
        Visit {
            lang: config.language,
            text_size: TextSize::Normal,
            contrast: Contrast::Standard,
            screen: Screen::Welcome,
            back: Vec::new(),
            overlay: None,
            focus: None,
            keys_used: false,
            listening: Listening::default(),
            last_activity: now,
        }
    }

    /// Nothing to wipe: the kiosk is as the next visitor should find it.
    pub fn is_fresh(&self, config: &Config) -> bool {
        matches!(self.screen, Screen::Welcome)
            && self.back.is_empty()
            && self.overlay.is_none()
            && self.focus.is_none()
            && self.lang == config.language
            && self.text_size == TextSize::Normal
            && self.contrast == Contrast::Standard
            && self.listening == Listening::default()
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Welcome(welcome::Message),
    Home(home::Message),
    Results(results::Message),
    Detail(detail::Message),
    Quiz(quiz::Message),
    Toolbar(toolbar::Message),
    /// A language chosen in the toolbar's panel.
    Language(Lang),
    CloseOverlay,
    /// "Continue" on the idle warning.
    StillHere,
    Staff(staff::Message),
    Speech(SpeechMessage),
    Key(KeyEvent),
    /// The content folder changed and was read again.
    Reloaded(watch::Reload),
    Tick(Instant),
    /// The window opened or changed size: its logical size at the kiosk's
    /// scale of that moment.
    Resized(Size),
    /// The window opened or changed size, as `Resized`; the kiosk then asks
    /// the compositor's scale of the window, for the log.
    WindowSized(iced::window::Id, Size),
    /// The size of the screen the full-screen window is on, to fill it
    /// where no window manager does (a bare X server).
    FillScreen(iced::window::Id, Option<Size>),
    /// The compositor's scale of the window, for the log.
    CompositorScale(f32),
    /// The window has shown its first frame.
    FirstFrame,
    /// A sheet was sent to the printer, or could not be.
    Printed(Result<(), crate::print::Fault>),
}

impl Message {
    /// Everything but the clock and the window is a visitor's action.
    fn is_activity(&self) -> bool {
        match self {
            Message::Tick(_)
            | Message::Resized(_)
            | Message::WindowSized(..)
            | Message::FillScreen(..)
            | Message::CompositorScale(..)
            | Message::Reloaded(_)
            | Message::FirstFrame
            | Message::Printed(_) => false,
            Message::Speech(speech) => !speech.is_report(),
            Message::Staff(staff) => !staff.is_report(),
            _ => true,
        }
    }
}

pub struct Kiosk {
    setup: Setup,
    visit: Visit,
    /// The window's size in logical pixels at scale 1 (its physical size
    /// over the compositor's scale), as the window last reported it.
    window: Size,
    /// The moment opening hours are judged at, refreshed every tick.
    now: Option<Moment>,
    /// Where the kiosk stands, from its settings.
    here: Here,
    /// The last tick, for the idle countdown.
    clock: Instant,
    /// Speech, shared by all visits.
    voice: Voice,
    /// Whether the first frame has been shown (and its time logged).
    shown: bool,
    /// The desk's printer, shared by all visits (so is its five-second pause).
    printer: Option<crate::print::Printer>,
    /// What failed with the last sheet, for staff.
    printer_problems: Vec<String>,
    /// Full screen and not yet sized: the window is made as large as its
    /// screen once, where no window manager does it (a bare X server).
    fills_screen: bool,
    /// Privacy-safe counts of the day (off unless `[insight]` says so).
    insight: crate::insight::Insight,
}

impl Kiosk {
    pub fn new(setup: Setup) -> Self {
        let visit = Visit::new(&setup.config, Instant::now());
        Kiosk {
            here: setup.config.here(),
            visit,
            window: sizes::DESIGN_SCREEN,
            now: Moment::now(),
            clock: Instant::now(),
            voice: Voice::default(),
            shown: false,
            printer: setup.config.printer.clone().map(crate::print::Printer::new),
            printer_problems: Vec::new(),
            fills_screen: false,
            insight: crate::insight::Insight::new(&setup.config.insight),
            setup,
        }
    }

    /// Where the kiosk stands: its canton and commune.
    pub fn here(&self) -> &Here {
        &self.here
    }

    pub fn visit(&self) -> &Visit {
        &self.visit
    }

    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// Sets the moment opening hours are judged at (tests).
    pub fn set_now(&mut self, now: Option<Moment>) {
        self.now = now;
    }

    pub fn title(&self) -> String {
        "Guichet".to_owned()
    }

    pub fn theme(&self) -> iced::Theme {
        theme::iced_theme(self.visit.contrast)
    }

    /// Larger text scales the whole interface, so touch targets grow too;
    /// the `scale` setting corrects screens whose compositor scale is wrong.
    pub fn scale_factor(&self) -> f32 {
        self.visit.text_size.scale() * self.setup.config.scale.factor()
    }

    /// The window's size in the views' logical pixels.
    pub fn logical_size(&self) -> Size {
        let scale = self.scale_factor();
        Size::new(self.window.width / scale, self.window.height / scale)
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let first_frame = if self.shown {
            Subscription::none()
        } else {
            iced::window::frames().map(|_| Message::FirstFrame)
        };
        Subscription::batch([
            first_frame,
            iced::time::every(Duration::from_secs(1)).map(Message::Tick),
            iced::keyboard::listen().map(Message::Key),
            iced::window::events().filter_map(|(id, event)| match event {
                iced::window::Event::Opened { size, .. } | iced::window::Event::Resized(size) => {
                    Some(Message::WindowSized(id, size))
                }
                _ => None,
            }),
            listen::subscription(),
            watch::subscription(self.setup.content_dir.clone()),
        ])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        if message.is_activity() {
            self.visit.last_activity = Instant::now();
            self.insight.touched();
            if !matches!(
                message,
                Message::Speech(_) | Message::Toolbar(toolbar::Message::Listen)
            ) {
                self.interrupt();
            }
            if matches!(self.visit.overlay, Some(Overlay::Idle { .. })) {
                // Any touch or key answers "Are you still there?", and
                // does nothing else: the visitor may not have seen the page.
                self.visit.overlay = None;
                return Task::none();
            }
        }
        match message {
            Message::Welcome(message) => self.welcome(message),
            Message::Home(message) => self.home(message),
            Message::Results(message) => {
                if let results::Message::Category(id) = &message {
                    self.insight.record(Event::Category(id.clone()));
                }
                self.results(message)
            }
            Message::Detail(message) => {
                if let Screen::Detail(detail) = &mut self.visit.screen {
                    match detail.update(message) {
                        detail::Action::Back => self.go_back(),
                        detail::Action::Print => return self.print(),
                        detail::Action::None => {}
                        detail::Action::Explain(id) => {
                            self.visit.overlay = Some(Overlay::Glossary(id));
                        }
                    }
                }
            }
            Message::Quiz(message) => self.quiz(message),
            Message::Toolbar(message) => self.toolbar(message),
            Message::Language(lang) => {
                self.visit.lang = lang;
                self.visit.overlay = None;
                self.refresh_results();
            }
            Message::CloseOverlay | Message::StillHere => self.visit.overlay = None,
            Message::Staff(message) => return self.staff(message),
            Message::Speech(message) => self.speech(message),
            Message::Reloaded(reload) => self.reloaded(reload),
            Message::Key(event) => return self.key(event),
            Message::Tick(now) => self.tick(now),
            Message::Resized(size) => self.resized(size),
            Message::WindowSized(id, size) => {
                self.resized(size);
                let scale = iced::window::scale_factor(id).map(Message::CompositorScale);
                if !self.fills_screen {
                    return scale;
                }
                let screen = iced::window::monitor_size(id)
                    .map(move |screen| Message::FillScreen(id, screen));
                return Task::batch([scale, screen]);
            }
            Message::FillScreen(id, Some(screen)) if self.fills_screen => {
                // Once: a compositor that sizes the window keeps doing so.
                self.fills_screen = false;
                return iced::window::resize(id, screen);
            }
            Message::FillScreen(..) => {}
            Message::CompositorScale(scale) => self.log_window(scale),
            Message::Printed(result) => self.printed(result),
            Message::FirstFrame => {
                if !self.shown {
                    self.shown = true;
                    // Start-up time for staff and the benchmark; nothing about visitors.
                    log::info!(
                        "first frame shown {} ms after start",
                        self.setup.started.elapsed().as_millis()
                    );
                }
            }
        }
        Task::none()
    }

    /// The window reports its size in logical pixels at the scale in effect
    /// (compositor × text size × setting); the kiosk keeps it at scale 1, so
    /// a later text size change lays out the same window.
    fn resized(&mut self, size: Size) {
        let scale = self.scale_factor();
        self.window = Size::new(size.width * scale, size.height * scale);
    }

    /// The window's size on screen, for staff and the deployment test
    /// (nothing about visitors).
    fn log_window(&self, compositor: f32) {
        log::info!(
            "window {:.0}×{:.0} px, compositor scale {compositor}, kiosk scale {}",
            self.window.width * compositor,
            self.window.height * compositor,
            self.setup.config.scale.factor(),
        );
    }

    /// A good catalogue replaces the old one at once, between two frames; a
    /// broken one changes nothing for visitors and is shown to staff.
    pub fn reloaded(&mut self, reload: watch::Reload) {
        if reload.errors > 0 {
            log::warn!(
                "content changed with {} error(s); visitors keep the last good catalogue",
                reload.errors
            );
            let mut problems = vec![format!(
                "{} error(s) in the content folder: visitors see the last good catalogue until they are fixed",
                reload.errors
            )];
            problems.extend(reload.content.problems);
            self.setup.content.problems = problems;
            return;
        }
        log::info!(
            "content reloaded: {} services",
            reload.content.index.catalogue().services.len()
        );
        self.setup.content = reload.content;
        self.refresh_results();
    }

    fn welcome(&mut self, message: welcome::Message) {
        match welcome::update(message) {
            welcome::Action::Start(lang) => {
                if let Some(lang) = lang {
                    self.visit.lang = lang;
                }
                self.go(Screen::Home);
            }
            welcome::Action::Screener => self.go(Screen::Quiz(Box::default())),
        }
    }

    fn home(&mut self, message: home::Message) {
        match home::update(message) {
            home::Action::Search => self.go(Screen::Results(results::Results::search())),
            home::Action::Category(id) => self.open_category(id),
            home::Action::Screener => self.go(Screen::Quiz(Box::default())),
        }
    }

    fn open_category(&mut self, id: String) {
        self.insight.record(Event::Category(id.clone()));
        let results = results::Results::category(id, &self.env());
        self.go(Screen::Results(results));
    }

    fn results(&mut self, message: results::Message) {
        let env = self.env();
        let Screen::Results(results) = &mut self.visit.screen else {
            return;
        };
        match results.update(message, &env) {
            results::Action::None => {}
            results::Action::Open(id) => {
                if !results.query().trim().is_empty() && results.hits().first() == Some(&id) {
                    self.insight.record(Event::FirstResultOpened);
                }
                self.insight.record(Event::Service(id.clone()));
                if let Some(service) = self.setup.content.index.catalogue().service(&id) {
                    let printable = self.printer.is_some();
                    self.go(Screen::Detail(detail::Detail::new(service, printable)));
                }
            }
        }
    }

    /// The questionnaire: its answers stay in its screen, so Start over and
    /// the idle reset drop (and zero) them with the visit.
    fn quiz(&mut self, message: quiz::Message) {
        let catalogue = Arc::clone(&self.setup.content.index);
        let today = quiz::today(self.now);
        let Screen::Quiz(quiz) = &mut self.visit.screen else {
            return;
        };
        match quiz.update(message, catalogue.catalogue(), today) {
            quiz::Action::None => {}
            quiz::Action::Moved => self.screen_changed(),
            quiz::Action::Leave => self.go_back(),
            quiz::Action::Open(id) => {
                if let Some(service) = catalogue.catalogue().service(&id) {
                    let printable = self.printer.is_some();
                    self.go(Screen::Detail(detail::Detail::new(service, printable)));
                }
            }
        }
    }

    fn toolbar(&mut self, message: toolbar::Message) {
        match message {
            toolbar::Message::Language => self.visit.overlay = Some(Overlay::Languages),
            toolbar::Message::TextSize => {
                self.visit.text_size = self.visit.text_size.next();
                self.insight.record(Event::LargerText);
            }
            toolbar::Message::Contrast => {
                self.visit.contrast = self.visit.contrast.next();
                self.insight.record(Event::HighContrast);
            }
            toolbar::Message::StartOver => self.reset(),
            toolbar::Message::Help => self.visit.overlay = Some(Overlay::Help),
            toolbar::Message::Listen => {
                self.insight.record(Event::Voice);
                self.listen()
            }
        }
    }

    fn staff(&mut self, message: staff::Message) -> Task<Message> {
        let Some(pin) = self.setup.config.staff_pin.as_ref() else {
            return Task::none();
        };
        let Some(Overlay::Staff(staff)) = &mut self.visit.overlay else {
            return Task::none();
        };
        match staff.update(message) {
            staff::Action::None => Task::none(),
            staff::Action::Check(typed) => staff::check(pin.clone(), typed).map(Message::Staff),
            staff::Action::Close => {
                self.visit.overlay = None;
                Task::none()
            }
            staff::Action::Exit => {
                self.note_search();
                if let Some(moment) = Moment::now() {
                    let catalogue = self.setup.content.index.catalogue();
                    self.insight
                        .shutdown(self.visit.lang, moment.date, catalogue);
                }
                iced::exit()
            }
        }
    }

    fn env(&self) -> results::Env {
        results::Env {
            index: Arc::clone(&self.setup.content.index),
            lang: self.visit.lang,
            canton: self.setup.config.canton.clone(),
        }
    }

    /// The language changed: results are searched again in it.
    fn refresh_results(&mut self) {
        let env = self.env();
        if let Screen::Results(results) = &mut self.visit.screen {
            results.refresh(&env);
        }
    }

    fn go(&mut self, screen: Screen) {
        self.note_search();
        let previous = std::mem::replace(&mut self.visit.screen, screen);
        self.visit.back.push(previous);
        self.screen_changed();
    }

    fn go_back(&mut self) {
        self.note_search();
        if let Some(previous) = self.visit.back.pop() {
            self.visit.screen = previous;
            self.refresh_results();
            self.screen_changed();
        }
    }

    fn screen_changed(&mut self) {
        self.visit.focus = if self.visit.keys_used {
            self.targets().into_iter().next()
        } else {
            None
        };
        self.announce();
    }

    /// Speech reads; tests attach a real worker the way the subscription does.
    pub fn voice(&self) -> &Voice {
        &self.voice
    }

    /// Everything of the visit is dropped; the query is zeroed on drop.
    pub fn reset(&mut self) {
        self.note_search();
        self.insight.end_visit(self.visit.lang);
        self.reset_speech();
        self.visit = Visit::new(&self.setup.config, Instant::now());
    }

    /// A results screen being left: words that found nothing are counted.
    fn note_search(&mut self) {
        if let Screen::Results(results) = &self.visit.screen
            && self.insight.is_on()
            && results.hits().is_empty()
            && !results.query().trim().is_empty()
        {
            self.insight.record(Event::NoResult {
                lang: self.visit.lang,
                typed: results.query().to_owned(),
            });
        }
    }

    /// Whether the day's use is counted (Help then says so).
    pub fn counts_use(&self) -> bool {
        self.insight.is_on()
    }

    /// The insight counter (tests drive its day and read its counts).
    pub fn insight_mut(&mut self) -> &mut crate::insight::Insight {
        &mut self.insight
    }

    fn tick(&mut self, now: Instant) {
        self.now = Moment::now();
        if let Some(moment) = self.now {
            let catalogue = self.setup.content.index.catalogue();
            self.insight.tick(moment.date, catalogue);
        }
        self.clock = now;
        match self.visit.overlay {
            Some(Overlay::Idle { deadline }) => {
                if now >= deadline {
                    self.reset();
                }
            }
            _ => {
                let idle = now.saturating_duration_since(self.visit.last_activity);
                if idle >= self.setup.config.idle_timeout
                    && !self.visit.is_fresh(&self.setup.config)
                {
                    self.visit.overlay = Some(Overlay::Idle {
                        deadline: now + self.setup.config.idle_warning,
                    });
                    self.visit.focus = None;
                    self.warn_idle();
                }
            }
        }
    }
}

/// Opens the kiosk window and runs until staff leave.
pub fn run(setup: Setup, windowed: bool) -> iced::Result {
    application(setup, windowed).run()
}

/// The kiosk as an iced program: what the binary runs and the tests boot.
///
/// Full screen, the window takes the size the compositor gives it. It must
/// stay resizable: a fixed-size window tells the compositor its smallest and
/// largest sizes are one size, and compositors then place it as a dialog of
/// that size instead of filling the screen with it.
pub fn application(
    setup: Setup,
    windowed: bool,
) -> iced::Application<impl iced::Program<State = Kiosk, Message = Message>> {
    let window = iced::window::Settings {
        size: if windowed {
            sizes::DESIGN_SCREEN
        } else {
            iced::window::Settings::default().size
        },
        position: iced::window::Position::Specific(iced::Point::ORIGIN),
        fullscreen: !windowed,
        decorations: false,
        resizable: true,
        // Close requests (Alt+F4, the compositor) are ignored.
        exit_on_close_request: false,
        ..iced::window::Settings::default()
    };
    iced::application(
        move || Kiosk {
            fills_screen: !windowed,
            ..Kiosk::new(setup.clone())
        },
        Kiosk::update,
        Kiosk::view,
    )
    .title(Kiosk::title)
    .theme(Kiosk::theme)
    .scale_factor(Kiosk::scale_factor)
    .subscription(Kiosk::subscription)
    .settings(font::settings())
    .window(window)
}
