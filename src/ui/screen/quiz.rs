//! "Which help is for me?": the questionnaire, one question per screen, then
//! its result. Which questions are asked, in which order, and what the
//! answers mean all come from [`crate::screener`]; this screen shows them
//! and records the visitor's touches in [`Answers`] (memory only, zeroed
//! when the visit is dropped).

mod view;

use crate::content::Catalogue;
use crate::screener::questions::SITUATION_KEYS;
use crate::screener::{self, Answer, Answers, Form, Key, Kind, Question, Value};

/// What can be touched on the questionnaire; a touch sends the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Back,
    /// An option of a choice question, or "yes"/"no".
    Choose(&'static str),
    DontKnow,
    RatherNotSay,
    Less(Key),
    More(Key),
    Digit(Key, u32),
    Erase(Key),
    /// A sentence of the Situations screen, ticked or unticked.
    Tick(Key),
    /// A service the visitor already gets, ticked or unticked.
    Receives(String),
    Next,
    ShowUnlikely,
    Open(String),
}

pub type Message = Target;

impl Target {
    pub fn message(self) -> Message {
        self
    }
}

/// The day rules are judged on: the kiosk's clock, else the system's.
pub fn today(now: Option<crate::opening::Moment>) -> jiff::civil::Date {
    now.map_or_else(|| jiff::ZonedDateTime::now().date(), |m| m.date)
}

/// What the kiosk does next.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    None,
    /// Another question, or the result: read it aloud, focus its first element.
    Moved,
    /// Back from the first question: the screen before the questionnaire.
    Leave,
    /// A service's detail page (Back returns here).
    Open(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Asking(Question),
    Result,
}

#[derive(Debug)]
pub struct Quiz {
    answers: Answers,
    step: Step,
    /// Whether some service could be set aside on the last screen.
    has_candidates: bool,
    /// "Probably not" unfolded on the result.
    show_unlikely: bool,
}

impl Default for Quiz {
    fn default() -> Self {
        Quiz::new()
    }
}

impl Quiz {
    /// The first question, nothing answered.
    pub fn new() -> Self {
        let answers = Answers::new();
        let first = screener::next(None, &answers, true).unwrap_or(Question::Canton);
        Quiz {
            answers,
            step: Step::Asking(first),
            has_candidates: true,
            show_unlikely: false,
        }
    }

    pub fn step(&self) -> Step {
        self.step
    }

    /// The number typed on this screen (an age, years), if it asks one:
    /// digits of a physical keyboard go to it.
    pub fn number_key(&self) -> Option<Key> {
        match self.step {
            Step::Asking(question) => match question.form() {
                Form::Number { key, .. } => Some(key),
                _ => None,
            },
            Step::Result => None,
        }
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn update(
        &mut self,
        message: Message,
        catalogue: &Catalogue,
        today: jiff::civil::Date,
    ) -> Action {
        let Step::Asking(question) = self.step else {
            return match message {
                Target::Back => self.go_to(self.last()),
                Target::ShowUnlikely => {
                    self.show_unlikely = true;
                    Action::None
                }
                Target::Open(id) => Action::Open(id),
                _ => Action::None,
            };
        };
        match message {
            Target::Back => self.back(question),
            Target::Choose(option) => {
                let (key, value) = match question.form() {
                    Form::Choice { key, .. } => (key, key.choice(option)),
                    Form::YesNo { key } => (key, Some(Value::Bool(option == "yes"))),
                    _ => return Action::None,
                };
                match value.map(|v| self.answers.set(key, Answer::Given(v))) {
                    Some(Ok(())) => self.advance(question, catalogue, today),
                    _ => Action::None,
                }
            }
            Target::DontKnow | Target::RatherNotSay => {
                let how = if message == Target::DontKnow {
                    Answer::DontKnow
                } else {
                    Answer::RatherNotSay
                };
                match question.skip(&mut self.answers, how) {
                    Ok(()) => self.advance(question, catalogue, today),
                    Err(_) => Action::None,
                }
            }
            Target::Less(key) => self.number(key, |n, _| n.map(|n| n.saturating_sub(1))),
            Target::More(key) => self.number(key, |n, max| Some((n.unwrap_or(0) + 1).min(max))),
            Target::Digit(key, digit) => self.number(key, |n, max| {
                let longer = n.map_or(digit, |n| n * 10 + digit);
                Some(if longer <= max {
                    longer
                } else {
                    digit.min(max)
                })
            }),
            Target::Erase(key) => self.number(key, |n, _| n.filter(|n| *n >= 10).map(|n| n / 10)),
            Target::Tick(key) => {
                let ticked = self.answers.yes_no(key) != Some(true);
                let _ = self.answers.set(key, Answer::Given(Value::Bool(ticked)));
                Action::None
            }
            Target::Receives(id) => {
                let mut ids: Vec<String> = self.answers.receives().iter().cloned().collect();
                match ids.iter().position(|i| *i == id) {
                    Some(at) => {
                        let mut bytes = ids.remove(at).into_bytes();
                        bytes.fill(0);
                        std::hint::black_box(&bytes);
                    }
                    None => ids.push(id),
                }
                self.answers.set_receives(ids);
                Action::None
            }
            Target::Next => {
                match question.form() {
                    Form::Ticks => {
                        let ticked: Vec<Key> = screener::situations(&self.answers)
                            .into_iter()
                            .filter(|k| self.answers.yes_no(*k) == Some(true))
                            .collect();
                        if screener::tick(&mut self.answers, &ticked).is_err() {
                            return Action::None;
                        }
                    }
                    // Numbers shown as 0 are answers of 0.
                    Form::Numbers { keys } => {
                        for key in keys {
                            if self.answers.number(*key).is_none() {
                                let _ = self.answers.set(*key, Answer::Given(Value::Number(0)));
                            }
                        }
                    }
                    Form::Number { key, .. } if self.answers.number(key).is_none() => {
                        return Action::None;
                    }
                    _ => {}
                }
                self.advance(question, catalogue, today)
            }
            Target::ShowUnlikely | Target::Open(_) => Action::None,
        }
    }

    /// Changes the number of `key` on this screen.
    fn number(&mut self, key: Key, change: impl Fn(Option<u32>, u32) -> Option<u32>) -> Action {
        let Kind::Number { max } = key.kind() else {
            return Action::None;
        };
        match change(self.answers.number(key), max) {
            Some(n) => {
                let _ = self.answers.set(key, Answer::Given(Value::Number(n)));
            }
            None => self.answers.clear(key),
        }
        Action::None
    }

    fn advance(
        &mut self,
        question: Question,
        catalogue: &Catalogue,
        today: jiff::civil::Date,
    ) -> Action {
        self.has_candidates = !screener::candidates(catalogue, &self.answers, today).is_empty();
        let next = screener::next(Some(question), &self.answers, self.has_candidates);
        self.go_to(next.map_or(Step::Result, Step::Asking))
    }

    /// Back: this question's answers are forgotten, the one before is shown
    /// with its answer.
    fn back(&mut self, question: Question) -> Action {
        match question.form() {
            Form::Ticks => SITUATION_KEYS.iter().for_each(|k| self.answers.clear(*k)),
            Form::Services => self.answers.set_receives([]),
            _ => {
                for key in question.keys(&self.answers) {
                    self.answers.clear(key);
                }
            }
        }
        match screener::previous(question, &self.answers, self.has_candidates) {
            Some(before) => self.go_to(Step::Asking(before)),
            None => Action::Leave,
        }
    }

    /// The last question asked, to go back to from the result.
    fn last(&self) -> Step {
        screener::plan(&self.answers, self.has_candidates)
            .last()
            .map_or(Step::Result, |q| Step::Asking(*q))
    }

    fn go_to(&mut self, step: Step) -> Action {
        self.step = step;
        self.show_unlikely = false;
        Action::Moved
    }
}
