//! A service's `[screener]` table compiled into tests over the answers, and
//! judged: true, false or unknown for each condition, then likely, maybe or
//! unlikely for the service.

use std::ops::Range;

use toml::Spanned;

use super::answers::{Answers, Key, Kind, RECEIVES, Value};
use crate::content::Localized;
use crate::content::screener::{Condition, Part, Screener};

/// A mistake in a `[screener]` table, at its place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Option<Range<usize>>,
    /// What is wrong — how to fix it.
    pub message: String,
}

/// A service's rules, ready to judge answers.
#[derive(Debug, Clone)]
pub struct Rules<'a> {
    /// The table says `at_best = "maybe"`: never likely.
    pub at_best_maybe: bool,
    pub conditions: Vec<Rule<'a>>,
}

/// One condition: a single test, or an `any` group of tests.
#[derive(Debug, Clone)]
pub struct Rule<'a> {
    pub tests: Vec<Test>,
    /// When true, the service is at best "maybe".
    pub at_best_maybe: bool,
    pub applies_from: Option<jiff::civil::Date>,
    pub applies_until: Option<jiff::civil::Date>,
    /// The condition in plain words, in ten languages.
    pub text: &'a Localized,
}

/// One test over one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Test {
    pub key: Key,
    pub accept: Accept,
    /// A part of an `any` group with `at_best = "maybe"`: when true, the
    /// group is only unknown (the desk decides).
    pub unsure: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accept {
    /// The answer is one of these.
    OneOf(Vec<Value>),
    /// A number at least `at_least` and below `below`.
    Range {
        at_least: Option<u32>,
        below: Option<u32>,
    },
}

/// What the answers say of a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    True,
    False,
    Unknown,
}

/// The three answers the questionnaire gives about a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Likely for you.
    Likely,
    /// Maybe — ask at the desk.
    Maybe,
    /// Probably not.
    Unlikely,
}

/// A verdict and the conditions behind it, the most telling first.
#[derive(Debug, Clone)]
pub struct Judgement<'a> {
    pub verdict: Verdict,
    /// Likely: every condition; maybe: the unknown ones, then the unsure and
    /// the true ones; unlikely: the false ones.
    pub why: Vec<&'a Localized>,
    /// The rules leave something to the desk (`at_best = "maybe"`).
    pub ask_at_desk: bool,
}

impl Test {
    pub fn truth(&self, answers: &Answers) -> Truth {
        let Some(value) = answers.value(self.key) else {
            return Truth::Unknown;
        };
        let holds = match (&self.accept, value) {
            (Accept::OneOf(values), value) => values.contains(&value),
            (Accept::Range { at_least, below }, Value::Number(n)) => {
                at_least.is_none_or(|min| n >= min) && below.is_none_or(|max| n < max)
            }
            (Accept::Range { .. }, _) => return Truth::Unknown,
        };
        if holds { Truth::True } else { Truth::False }
    }
}

impl Rule<'_> {
    /// Whether the condition is in force on `today` (its dates).
    pub fn applies_on(&self, today: jiff::civil::Date) -> bool {
        self.applies_from.is_none_or(|from| from <= today)
            && self.applies_until.is_none_or(|until| today <= until)
    }

    /// One true test is enough; all false makes it false.
    pub fn truth(&self, answers: &Answers) -> Truth {
        let mut truth = Truth::False;
        for test in &self.tests {
            match test.truth(answers) {
                Truth::True if !test.unsure => return Truth::True,
                Truth::True | Truth::Unknown => truth = Truth::Unknown,
                Truth::False => {}
            }
        }
        truth
    }
}

impl<'a> Rules<'a> {
    /// Likely, maybe or unlikely, with the reasons.
    pub fn judge(&self, answers: &Answers, today: jiff::civil::Date) -> Judgement<'a> {
        let (mut unmet, mut unknown, mut unsure, mut met) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for rule in self.conditions.iter().filter(|r| r.applies_on(today)) {
            match rule.truth(answers) {
                Truth::False => unmet.push(rule.text),
                Truth::Unknown => unknown.push(rule.text),
                Truth::True if rule.at_best_maybe => unsure.push(rule.text),
                Truth::True => met.push(rule.text),
            }
        }
        if !unmet.is_empty() {
            return Judgement {
                verdict: Verdict::Unlikely,
                why: unmet,
                ask_at_desk: false,
            };
        }
        let verdict = if unknown.is_empty() && unsure.is_empty() && !self.at_best_maybe {
            Verdict::Likely
        } else {
            Verdict::Maybe
        };
        unknown.extend(unsure);
        unknown.extend(met);
        Judgement {
            verdict,
            why: unknown,
            ask_at_desk: self.at_best_maybe,
        }
    }
}

/// Compiles a `[screener]` table, or lists every mistake in it.
pub fn compile(screener: &Screener) -> Result<Rules<'_>, Vec<Problem>> {
    let mut problems = Vec::new();
    let at_best_maybe = at_best(screener.at_best.as_ref(), &mut problems);
    if screener.condition.is_empty() {
        problems.push(Problem {
            span: Some(screener.reviewed.span()),
            message: "this [screener] has no condition — add at least one [[screener.condition]] (see content/README.md, Screener rules)".to_owned(),
        });
    }
    let mut conditions = Vec::new();
    for condition in &screener.condition {
        if let Some(rule) = compile_condition(condition, &mut problems) {
            conditions.push(rule);
        }
    }
    if problems.is_empty() {
        Ok(Rules {
            at_best_maybe,
            conditions,
        })
    } else {
        Err(problems)
    }
}

fn at_best(value: Option<&Spanned<String>>, problems: &mut Vec<Problem>) -> bool {
    let Some(value) = value else { return false };
    if value.get_ref() != "maybe" {
        problems.push(Problem {
            span: Some(value.span()),
            message: format!(
                "at_best = \"{}\" is not allowed — write at_best = \"maybe\", or leave the line out",
                value.get_ref()
            ),
        });
    }
    true
}

fn compile_condition<'a>(
    condition: &'a Condition,
    problems: &mut Vec<Problem>,
) -> Option<Rule<'a>> {
    let before = problems.len();
    let at_best_maybe = at_best(condition.at_best.as_ref(), problems);
    let whole = Some(condition.text.span());
    let tests = match (&condition.any, &condition.answer) {
        (Some(any), answer) => {
            if answer.is_some()
                || condition.is.is_some()
                || condition.at_least.is_some()
                || condition.below.is_some()
            {
                problems.push(Problem {
                    span: Some(any.span()),
                    message: "this condition has both `any` and `answer`/`is`/`at_least`/`below` — put every test inside `any = [ … ]`, or split it in two conditions".to_owned(),
                });
            }
            if any.get_ref().len() < 2 {
                problems.push(Problem {
                    span: Some(any.span()),
                    message: "an `any` group needs at least two parts — with one, write it as a plain condition".to_owned(),
                });
            }
            any.get_ref()
                .iter()
                .filter_map(|part: &Part| {
                    let unsure = at_best(part.at_best.as_ref(), problems);
                    let test = compile_test(
                        &part.answer,
                        &part.is,
                        &part.at_least,
                        &part.below,
                        problems,
                    );
                    test.map(|test| Test { unsure, ..test })
                })
                .collect()
        }
        (None, Some(answer)) => compile_test(
            answer,
            &condition.is,
            &condition.at_least,
            &condition.below,
            problems,
        )
        .into_iter()
        .collect(),
        (None, None) => {
            problems.push(Problem {
                span: whole,
                message: "this condition names no answer — add `answer = \"…\"` with `is`, `at_least` or `below`, or an `any = [ … ]` group".to_owned(),
            });
            Vec::new()
        }
    };
    let from = condition.applies_from.as_ref().map(|d| d.get_ref().0);
    let until = condition.applies_until.as_ref().map(|d| d.get_ref().0);
    if let (Some(from), Some(until), Some(span)) = (from, until, condition.applies_until.as_ref())
        && until < from
    {
        problems.push(Problem {
            span: Some(span.span()),
            message: format!(
                "applies_until = {until} is before applies_from = {from} — check the dates on the official page"
            ),
        });
    }
    (problems.len() == before).then_some(Rule {
        tests,
        at_best_maybe,
        applies_from: from,
        applies_until: until,
        text: condition.text.get_ref(),
    })
}

fn compile_test(
    answer: &Spanned<String>,
    is: &Option<Spanned<toml::Value>>,
    at_least: &Option<Spanned<i64>>,
    below: &Option<Spanned<i64>>,
    problems: &mut Vec<Problem>,
) -> Option<Test> {
    let name = answer.get_ref();
    let here = Some(answer.span());
    let Some(key) = Key::from_name(name) else {
        let message = if name == RECEIVES {
            "`receives` cannot be a condition: services the visitor already receives are set aside by the kiosk".to_owned()
        } else {
            let names = Key::names();
            let hint = crate::spelling::closest(name, &names)
                .map(|best| format!("did you mean `{best}`?"))
                .unwrap_or_else(|| format!("the answers are {}", names.join(", ")));
            format!("unknown answer `{name}` — {hint}")
        };
        problems.push(Problem {
            span: here,
            message,
        });
        return None;
    };
    let problem = |span: Option<Range<usize>>, message: String| Problem { span, message };
    match key.kind() {
        Kind::Number { max } => {
            if let Some(is) = is {
                problems.push(problem(
                    Some(is.span()),
                    format!("`{key}` is a number: write `at_least = …` and/or `below = …` instead of `is`"),
                ));
                return None;
            }
            if at_least.is_none() && below.is_none() {
                problems.push(problem(
                    here,
                    format!("`{key}` is a number: add `at_least = …` (this or more) or `below = …` (less than this)"),
                ));
                return None;
            }
            let check = |bound: &Spanned<i64>, low: i64, high: i64, problems: &mut Vec<Problem>| {
                let n = *bound.get_ref();
                if (low..=high).contains(&n) {
                    u32::try_from(n).ok()
                } else {
                    problems.push(problem(
                        Some(bound.span()),
                        format!(
                            "{n} is impossible for `{key}` — write a number from {low} to {high}"
                        ),
                    ));
                    None
                }
            };
            let max = i64::from(max);
            let low = at_least.as_ref().map(|b| check(b, 0, max, problems));
            let high = below.as_ref().map(|b| check(b, 1, max + 1, problems));
            if matches!(low, Some(None)) || matches!(high, Some(None)) {
                return None;
            }
            let (low, high) = (low.flatten(), high.flatten());
            if let (Some(l), Some(h), Some(span)) = (low, high, below.as_ref())
                && h <= l
            {
                problems.push(problem(
                    Some(span.span()),
                    format!("below = {h} is not above at_least = {l}: no {key} can be both — check the numbers"),
                ));
                return None;
            }
            Some(Test {
                key,
                accept: Accept::Range {
                    at_least: low,
                    below: high,
                },
                unsure: false,
            })
        }
        Kind::Choice(_) | Kind::YesNo => {
            if let Some(bound) = at_least.as_ref().or(below.as_ref()) {
                problems.push(problem(
                    Some(bound.span()),
                    format!(
                        "`{key}` is not a number: write `is = …` with {}",
                        key.expected()
                    ),
                ));
                return None;
            }
            let Some(is) = is else {
                problems.push(problem(
                    here,
                    format!("add `is = …` with {} (or a list of them)", key.expected()),
                ));
                return None;
            };
            let items: Vec<&toml::Value> = match is.get_ref() {
                toml::Value::Array(items) => items.iter().collect(),
                one => vec![one],
            };
            if items.is_empty() {
                problems.push(problem(
                    Some(is.span()),
                    format!("`is = []` never holds — write {}", key.expected()),
                ));
                return None;
            }
            let mut values = Vec::new();
            for item in items {
                let value = match item {
                    toml::Value::String(word) => key.choice(word),
                    toml::Value::Boolean(b) if key.kind() == Kind::YesNo => Some(Value::Bool(*b)),
                    _ => None,
                };
                match value {
                    Some(value) => values.push(value),
                    None => {
                        let hint = match (item, key.kind()) {
                            (toml::Value::String(word), Kind::Choice(options)) => {
                                crate::spelling::closest(word, options)
                                    .map(|best| format!(" — did you mean \"{best}\"?"))
                                    .unwrap_or_default()
                            }
                            _ => String::new(),
                        };
                        problems.push(problem(
                            Some(is.span()),
                            format!(
                                "{item} is not a value of `{key}`{hint} — write {}",
                                key.expected()
                            ),
                        ));
                        return None;
                    }
                }
            }
            Some(Test {
                key,
                accept: Accept::OneOf(values),
                unsure: false,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::screener::Screener;

    fn ten(fr: &str) -> String {
        crate::lang::Lang::ALL
            .iter()
            .map(|l| format!("{} = \"{fr}\"\n", l.code()))
            .collect()
    }

    fn screener(conditions: &[&str]) -> Screener {
        let mut text = "source = \"https://www.ge.ch/x\"\nreviewed = 2026-11-29\n".to_owned();
        for (i, c) in conditions.iter().enumerate() {
            text.push_str(&format!(
                "\n[[condition]]\n{c}\n[condition.text]\n{}",
                ten(&format!("Condition {i}."))
            ));
        }
        toml::from_str(&text).unwrap()
    }

    fn on(y: i16, m: i8, d: i8) -> jiff::civil::Date {
        jiff::civil::date(y, m, d)
    }

    #[test]
    fn dated_conditions_apply_only_between_their_days() {
        let s = screener(&[
            "answer = \"age\"\nat_least = 64\napplies_until = 2024-12-31",
            "answer = \"age\"\nat_least = 65\napplies_from = 2025-01-01",
        ]);
        let rules = compile(&s).unwrap();
        let a = Answers::from_json(r#"{"age": 64}"#).unwrap();
        assert_eq!(rules.judge(&a, on(2024, 6, 1)).verdict, Verdict::Likely);
        assert_eq!(rules.judge(&a, on(2025, 1, 1)).verdict, Verdict::Unlikely);
        assert_eq!(rules.judge(&a, on(2024, 12, 31)).verdict, Verdict::Likely);
    }

    #[test]
    fn unknown_and_unsure_answers_give_maybe_never_likely() {
        let s = screener(&[
            "answer = \"canton\"\nis = \"GE\"",
            "any = [\n { answer = \"money_enough\", is = \"no\" },\n { answer = \"money_enough\", is = \"tight\", at_best = \"maybe\" },\n]",
        ]);
        let rules = compile(&s).unwrap();
        let judge = |json: &str| rules.judge(&Answers::from_json(json).unwrap(), on(2026, 1, 1));
        assert_eq!(
            judge(r#"{"canton":"GE","money_enough":"no"}"#).verdict,
            Verdict::Likely
        );
        let maybe = judge(r#"{"canton":"GE","money_enough":"tight"}"#);
        assert_eq!(maybe.verdict, Verdict::Maybe);
        assert_eq!(maybe.why.len(), 2);
        assert_eq!(
            judge(r#"{"canton":"GE","money_enough":"yes"}"#).verdict,
            Verdict::Unlikely
        );
        assert_eq!(judge(r#"{"money_enough":"no"}"#).verdict, Verdict::Maybe);
        let no = judge(r#"{"canton":"VD"}"#);
        assert_eq!(no.verdict, Verdict::Unlikely);
        assert_eq!(no.why.len(), 1, "only the false condition is the reason");
        // "I'd rather not say" counts as unknown.
        let mut a = Answers::from_json(r#"{"money_enough":"no"}"#).unwrap();
        a.set(Key::Canton, super::super::Answer::RatherNotSay)
            .unwrap();
        assert_eq!(rules.judge(&a, on(2026, 1, 1)).verdict, Verdict::Maybe);
    }

    #[test]
    fn a_table_at_best_maybe_is_never_likely() {
        let mut s = screener(&["answer = \"canton\"\nis = \"GE\""]);
        s.at_best = Some(toml::Spanned::new(0..0, "maybe".to_owned()));
        let rules = compile(&s).unwrap();
        let j = rules.judge(
            &Answers::from_json(r#"{"canton":"GE"}"#).unwrap(),
            on(2026, 1, 1),
        );
        assert_eq!(j.verdict, Verdict::Maybe);
        assert!(j.ask_at_desk);
    }
}
