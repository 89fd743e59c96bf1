//! "Which help is for me?": a short questionnaire, and rules written as
//! content (`[screener]` in each service file) that sort the services into
//! likely, maybe and unlikely, with reasons. Orientation only: no amounts,
//! never "you are entitled". No iced here; the screens call these functions.
//!
//! A questionnaire visit, as a screen drives it:
//!
//! 1. `let mut answers = Answers::new();` — held in memory only.
//! 2. `let has = !candidates(&catalogue, &answers, today).is_empty();`
//!    `next(None, &answers, has)` gives the first [`Question`];
//!    `plan(&answers, has)` the screens left to ask, for "question n of m"
//!    ([`questions::PROGRESS_ID`] with `number` and `count`).
//! 3. Each [`Question::form`] says how it is answered; its words are the
//!    Fluent messages [`Question::message_id`], [`questions::option_message_id`]
//!    and [`questions::key_message_id`]. Record with [`Answers::set`],
//!    [`tick`] (Situations), [`Answers::set_receives`] (Receives), or
//!    [`Question::skip`] for "I don't know" / "I'd rather not say".
//!    Then `next(Some(q), …)`, or `previous(q, …)` for Back.
//! 4. `evaluate(&catalogue, &answers, today)` gives the [`Outcome`]: likely,
//!    maybe, then [`Outcome::unlikely_here`] behind a button; each
//!    [`Suggestion`] has its service (open its detail page) and its reasons
//!    ([`reason`] in the visitor's language, plus [`ASK_AT_DESK_ID`] when
//!    `ask_at_desk`).
//! 5. Start over and the idle reset call [`Answers::wipe`].

pub mod answers;
pub mod questions;
pub mod rules;

pub use answers::{Answer, AnswerError, Answers, Key, Kind, Value};
pub use questions::{Form, Question, next, plan, previous, situations, tick};
pub use rules::{Judgement, Rules, Truth, Verdict};

use crate::content::{Catalogue, Localized, Service};
use crate::lang::Lang;

/// Fluent ids of the result screen.
pub const TITLE_ID: &str = "screener-title";
pub const LIKELY_ID: &str = "screener-likely";
pub const MAYBE_ID: &str = "screener-maybe";
pub const UNLIKELY_ID: &str = "screener-unlikely";
/// The button that unfolds the "probably not" group.
pub const SHOW_UNLIKELY_ID: &str = "screener-show-unlikely";
/// Shown under a service whose rules leave the decision to the desk.
pub const ASK_AT_DESK_ID: &str = "screener-ask-at-desk";
/// "This is only a first orientation; the service decides."
pub const NOTICE_ID: &str = "screener-notice";

/// A service the questionnaire speaks of, with its reasons.
#[derive(Debug, Clone)]
pub struct Suggestion<'a> {
    pub service: &'a Service,
    pub verdict: Verdict,
    /// The conditions behind the verdict, in ten languages (see [`reason`]).
    pub why: Vec<&'a Localized>,
    /// The rules do not cover everything: add the words of [`ASK_AT_DESK_ID`].
    pub ask_at_desk: bool,
}

/// The result screen: likely, then maybe; unlikely folded away.
#[derive(Debug, Clone, Default)]
pub struct Outcome<'a> {
    pub likely: Vec<Suggestion<'a>>,
    pub maybe: Vec<Suggestion<'a>>,
    pub unlikely: Vec<Suggestion<'a>>,
    /// Services the visitor already receives: not judged, not shown.
    pub set_aside: Vec<&'a Service>,
}

impl<'a> Outcome<'a> {
    /// The "probably not" group without the services of another canton than
    /// the visitor's (a Geneva visitor need not read why Vaud's aid is not for them).
    pub fn unlikely_here(&self, answers: &Answers) -> Vec<&Suggestion<'a>> {
        let canton = answers
            .choice(Key::Canton)
            .and_then(|code| code.parse::<crate::content::Canton>().ok());
        self.unlikely
            .iter()
            .filter(|s| canton.as_ref().is_none_or(|c| s.service.serves(c)))
            .collect()
    }

    /// The verdict on one service, if it has rules and was not set aside.
    pub fn verdict(&self, id: &str) -> Option<Verdict> {
        [&self.likely, &self.maybe, &self.unlikely]
            .into_iter()
            .flatten()
            .find(|s| s.service.id() == id)
            .map(|s| s.verdict)
    }
}

/// A condition's words in `lang` (French when missing; check refuses that).
pub fn reason(text: &Localized, lang: Lang) -> &str {
    text.get(&lang)
        .or_else(|| text.get(&Lang::REFERENCE))
        .map(String::as_str)
        .unwrap_or_default()
}

/// A service's compiled rules, if it has a good `[screener]` table.
pub fn rules_of(service: &Service) -> Option<Rules<'_>> {
    rules::compile(service.screener.as_ref()?).ok()
}

/// Judges every service with rules, in catalogue order within each group.
pub fn evaluate<'a>(
    catalogue: &'a Catalogue,
    answers: &Answers,
    today: jiff::civil::Date,
) -> Outcome<'a> {
    let mut outcome = Outcome::default();
    for service in &catalogue.services {
        let Some(rules) = rules_of(service) else {
            continue;
        };
        if answers.receives().contains(service.id()) {
            outcome.set_aside.push(service);
            continue;
        }
        let Judgement {
            verdict,
            why,
            ask_at_desk,
        } = rules.judge(answers, today);
        let suggestion = Suggestion {
            service,
            verdict,
            why,
            ask_at_desk,
        };
        match verdict {
            Verdict::Likely => outcome.likely.push(suggestion),
            Verdict::Maybe => outcome.maybe.push(suggestion),
            Verdict::Unlikely => outcome.unlikely.push(suggestion),
        }
    }
    outcome
}

/// Services the visitor might already receive, offered on the last screen:
/// those with rules that the answers so far do not rule out.
pub fn candidates<'a>(
    catalogue: &'a Catalogue,
    answers: &Answers,
    today: jiff::civil::Date,
) -> Vec<&'a Service> {
    let mut without_receives = answers.clone();
    without_receives.set_receives([]);
    let outcome = evaluate(catalogue, &without_receives, today);
    outcome
        .likely
        .iter()
        .chain(&outcome.maybe)
        .map(|s| s.service)
        .collect()
}
