//! What visitors look for and do not find, counted without a log.
//!
//! While a visit lasts, it keeps a small [`Trail`]: which of a few things
//! it used (a language, larger text, contrast, voice), up to three
//! categories, three services and three search queries that found nothing.
//! When the visit ends, the trail is added to the day's counts and dropped:
//! the day then holds only totals — how many visits did each thing — with
//! no time finer than the day, no order, and nothing that ties two counts
//! to one visit. Once a day (and when staff close the kiosk) the day is
//! released: query strings typed in fewer than `k` visits are dropped,
//! Laplace noise is added to every count, and one small JSON file is
//! written per kiosk and day. Nothing is written before; a crash loses the
//! day. Nothing here ever logs what a visitor typed.
//!
//! Why the noise has the scale it has: one visit changes at most
//! [`SENSITIVITY`] of the released counts, each by one (the trail caps what
//! a visit adds). Laplace noise of scale `SENSITIVITY / ε` on every count
//! then makes any day's file almost as likely with or without any one
//! visit: at most `e^ε` times more likely either way. The budget ε is
//! shared evenly: each count gets ε / SENSITIVITY of it.

pub mod noise;
pub mod release;
pub mod settings;

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::content::Catalogue;
use crate::lang::Lang;
pub use noise::{Entropy, Laplace, NoiseError, OsEntropy};
pub use release::{Released, WriteError};
pub use settings::{KioskId, Settings};

/// Categories, services and no-result queries a visit adds, each at most.
pub const PER_VISIT: usize = 3;

/// How many counts one visit can change, each by one: the visit itself,
/// its language, larger text, contrast, voice, a first result opened (one
/// each), and up to [`PER_VISIT`] categories, services and queries.
pub const SENSITIVITY: u32 = 6 + 3 * PER_VISIT as u32;

/// At most this many words of a query are kept.
pub const MAX_QUERY_WORDS: usize = 5;

/// Something a visitor did that is counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    LargerText,
    HighContrast,
    Voice,
    /// A category touched, by id.
    Category(String),
    /// A service page opened, by id.
    Service(String),
    /// The first result of a search was opened.
    FirstResultOpened,
    /// A search left with no result: the words as typed (normalised and
    /// kept only in memory) and the screen's language.
    NoResult {
        lang: Lang,
        typed: String,
    },
}

/// What one visit used, while it lasts. Dropped when the visit ends.
#[derive(Debug, Default)]
pub struct Trail {
    larger_text: bool,
    high_contrast: bool,
    voice: bool,
    first_result_opened: bool,
    categories: BTreeSet<String>,
    services: BTreeSet<String>,
    no_result: BTreeSet<(Lang, String)>,
}

impl Trail {
    fn note(&mut self, event: Event) {
        fn capped(set: &mut BTreeSet<String>, id: String) {
            if set.len() < PER_VISIT {
                set.insert(id);
            }
        }
        match event {
            Event::LargerText => self.larger_text = true,
            Event::HighContrast => self.high_contrast = true,
            Event::Voice => self.voice = true,
            Event::FirstResultOpened => self.first_result_opened = true,
            Event::Category(id) => capped(&mut self.categories, id),
            Event::Service(id) => capped(&mut self.services, id),
            Event::NoResult { lang, typed } => {
                if let Some(query) = normalise(&typed) {
                    let key = (lang, query);
                    if self.no_result.len() < PER_VISIT && !self.no_result.contains(&key) {
                        self.no_result.insert(key);
                    } else {
                        wipe(key.1);
                    }
                }
                wipe(typed);
            }
        }
    }
}

/// Words typed are overwritten before their memory is freed, as the visit's
/// query is.
impl Drop for Trail {
    fn drop(&mut self) {
        for (_, query) in std::mem::take(&mut self.no_result) {
            wipe(query);
        }
    }
}

impl Drop for Day {
    fn drop(&mut self) {
        for ((_, query), _) in std::mem::take(&mut self.no_result) {
            wipe(query);
        }
    }
}

/// Overwrites a string's bytes before it is freed.
fn wipe(text: String) {
    let mut bytes = text.into_bytes();
    bytes.iter_mut().for_each(|b| *b = 0);
    std::hint::black_box(&bytes);
}

/// The day's totals: how many visits did each thing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Day {
    pub visits: u64,
    pub languages: BTreeMap<Lang, u64>,
    pub larger_text: u64,
    pub high_contrast: u64,
    pub voice: u64,
    pub first_result_opened: u64,
    pub categories: BTreeMap<String, u64>,
    pub services: BTreeMap<String, u64>,
    /// Per language and normalised query: how many visits left it with no
    /// result (a visit adds one at most, so these are distinct visits).
    pub no_result: BTreeMap<(Lang, String), u64>,
}

impl Day {
    /// Adds an ended visit, whose language at the end was `lang`.
    pub fn add(&mut self, mut trail: Trail, lang: Lang) {
        self.visits += 1;
        *self.languages.entry(lang).or_default() += 1;
        self.larger_text += u64::from(trail.larger_text);
        self.high_contrast += u64::from(trail.high_contrast);
        self.voice += u64::from(trail.voice);
        self.first_result_opened += u64::from(trail.first_result_opened);
        for id in std::mem::take(&mut trail.categories) {
            *self.categories.entry(id).or_default() += 1;
        }
        for id in std::mem::take(&mut trail.services) {
            *self.services.entry(id).or_default() += 1;
        }
        for key in std::mem::take(&mut trail.no_result) {
            match self.no_result.get_mut(&key) {
                Some(visits) => {
                    *visits += 1;
                    wipe(key.1);
                }
                None => {
                    self.no_result.insert(key, 1);
                }
            }
        }
    }
}

/// The categories and services a release lists, every one of them, even
/// at zero: which keys a file has must not depend on what visitors did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Domain {
    pub categories: Vec<String>,
    pub services: Vec<String>,
}

impl Domain {
    pub fn of(catalogue: &Catalogue) -> Domain {
        Domain {
            categories: catalogue
                .categories
                .iter()
                .map(|c| c.id().to_owned())
                .collect(),
            services: catalogue
                .services
                .iter()
                .map(|s| s.id().to_owned())
                .collect(),
        }
    }
}

/// A query as counted: lower case, accents folded, no word with a digit
/// (numbers may be a person's), at most five words, sorted. `None` when
/// nothing is left.
pub fn normalise(typed: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    for word in crate::search::folded_words(typed) {
        if words.len() == MAX_QUERY_WORDS
            || word.chars().any(|c| c.is_numeric())
            || words.contains(&word)
        {
            wipe(word);
            continue;
        }
        words.push(word);
    }
    words.sort();
    let query = (!words.is_empty()).then(|| words.join(" "));
    words.into_iter().for_each(wipe);
    query
}

/// The kiosk's counter: off, or counting the day in memory.
#[derive(Debug)]
pub struct Insight {
    on: Option<Counting>,
}

#[derive(Debug)]
struct Counting {
    settings: Settings,
    kiosk: KioskId,
    /// The day counted; `None` until the clock is first read.
    day: Option<Date>,
    counts: Day,
    visit: Option<Trail>,
}

impl Insight {
    /// Off unless the settings say `enabled` (with a kiosk name).
    pub fn new(settings: &Settings) -> Insight {
        let on = match (&settings.kiosk, settings.enabled) {
            (Some(kiosk), true) => Some(Counting {
                settings: settings.clone(),
                kiosk: kiosk.clone(),
                day: None,
                counts: Day::default(),
                visit: None,
            }),
            _ => None,
        };
        Insight { on }
    }

    pub fn is_on(&self) -> bool {
        self.on.is_some()
    }

    /// A visitor touched the kiosk: a visit starts if none has.
    pub fn touched(&mut self) {
        if let Some(on) = &mut self.on {
            on.visit.get_or_insert_with(Trail::default);
        }
    }

    /// Something the visitor did (a visit starts if none has).
    pub fn record(&mut self, event: Event) {
        match &mut self.on {
            Some(on) => on.visit.get_or_insert_with(Trail::default).note(event),
            None => {
                if let Event::NoResult { typed, .. } = event {
                    wipe(typed);
                }
            }
        }
    }

    /// The visit ended in `lang`: its trail joins the day and is dropped.
    pub fn end_visit(&mut self, lang: Lang) {
        if let Some(on) = &mut self.on
            && let Some(trail) = on.visit.take()
        {
            on.counts.add(trail, lang);
        }
    }

    /// Called every tick with today's date: at the first tick of a new day,
    /// the day before is released. Returns the file written, if any.
    pub fn tick(&mut self, today: Date, catalogue: &Catalogue) -> Option<std::path::PathBuf> {
        let on = self.on.as_mut()?;
        match on.day {
            None => {
                on.day = Some(today);
                None
            }
            Some(day) if day != today => {
                let written = on.release(day, catalogue);
                on.day = Some(today);
                written
            }
            Some(_) => None,
        }
    }

    /// Staff close the kiosk: the visit ends, and the day so far is released.
    pub fn shutdown(
        &mut self,
        lang: Lang,
        today: Date,
        catalogue: &Catalogue,
    ) -> Option<std::path::PathBuf> {
        self.end_visit(lang);
        let on = self.on.as_mut()?;
        let day = on.day.unwrap_or(today);
        on.release(day, catalogue)
    }

    /// The day's counts so far (tests).
    pub fn counts(&self) -> Option<&Day> {
        self.on.as_ref().map(|on| &on.counts)
    }
}

impl Counting {
    /// Releases `day`'s counts and starts afresh; any failure is one log
    /// line naming no visitor's words, and the counts are dropped.
    fn release(&mut self, day: Date, catalogue: &Catalogue) -> Option<std::path::PathBuf> {
        let counts = std::mem::take(&mut self.counts);
        let released = match Released::new(
            &counts,
            day,
            &self.kiosk,
            &self.settings,
            &Domain::of(catalogue),
            &mut OsEntropy,
        ) {
            Ok(released) => released,
            Err(e) => {
                log::error!("insight: {e}");
                return None;
            }
        };
        drop(counts);
        match released.write(&self.settings.folder) {
            Ok(path) => {
                log::info!("insight: the counts of {day} are in {}", path.display());
                Some(path)
            }
            Err(e) => {
                log::warn!("insight: {e}; the counts of {day} are dropped — the kiosk goes on");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_folded_sorted_and_short() {
        assert_eq!(
            normalise("Logement  URGENCE  Genève").as_deref(),
            Some("geneve logement urgence")
        );
        assert_eq!(
            normalise("un deux trois quatre cinq six sept").as_deref(),
            Some("cinq deux quatre trois un")
        );
        assert_eq!(normalise("aide aide Aide").as_deref(), Some("aide"));
        assert_eq!(normalise("079 123 45 67").as_deref(), None);
        assert_eq!(normalise("avs 756.1234.5678.97").as_deref(), Some("avs"));
        assert_eq!(normalise("  ,; ").as_deref(), None);
        assert_eq!(normalise("Житло").as_deref(), Some("житло"));
    }

    #[test]
    fn a_visit_adds_at_most_one_to_each_count_and_few_counts() {
        let mut trail = Trail::default();
        for _ in 0..4 {
            trail.note(Event::LargerText);
            trail.note(Event::Voice);
        }
        for id in ["a", "b", "c", "d", "e"] {
            trail.note(Event::Category(id.into()));
            trail.note(Event::Service(id.into()));
            trail.note(Event::NoResult {
                lang: Lang::Fr,
                typed: format!("mot{id} rare"),
            });
        }
        trail.note(Event::NoResult {
            lang: Lang::Fr,
            typed: "rare mota".into(),
        });
        let mut day = Day::default();
        day.add(trail, Lang::De);
        let changed = day.visits
            + day.languages.values().sum::<u64>()
            + day.larger_text
            + day.high_contrast
            + day.voice
            + day.first_result_opened
            + day.categories.values().sum::<u64>()
            + day.services.values().sum::<u64>()
            + day.no_result.values().sum::<u64>();
        assert!(changed <= u64::from(SENSITIVITY), "{changed}");
        assert_eq!(day.categories.len(), PER_VISIT);
        assert_eq!(day.no_result.len(), PER_VISIT);
        assert!(day.no_result.values().all(|&n| n == 1));
        assert_eq!(day.larger_text, 1);

        // A visit that does everything there is changes exactly SENSITIVITY.
        let mut trail = Trail::default();
        for event in [
            Event::LargerText,
            Event::HighContrast,
            Event::Voice,
            Event::FirstResultOpened,
        ] {
            trail.note(event);
        }
        for id in ["a", "b", "c"] {
            trail.note(Event::Category(id.into()));
            trail.note(Event::Service(id.into()));
            trail.note(Event::NoResult {
                lang: Lang::En,
                typed: id.repeat(3),
            });
        }
        let before = Day::default();
        let mut after = before.clone();
        after.add(trail, Lang::En);
        let total = |d: &Day| {
            d.visits
                + d.languages.values().sum::<u64>()
                + d.larger_text
                + d.high_contrast
                + d.voice
                + d.first_result_opened
                + d.categories.values().sum::<u64>()
                + d.services.values().sum::<u64>()
                + d.no_result.values().sum::<u64>()
        };
        assert_eq!(total(&after) - total(&before), u64::from(SENSITIVITY));
    }

    #[test]
    fn off_counts_nothing() {
        let mut insight = Insight::new(&Settings::default());
        insight.touched();
        insight.record(Event::Voice);
        insight.end_visit(Lang::Fr);
        assert!(!insight.is_on());
        assert!(insight.counts().is_none());
    }
}
