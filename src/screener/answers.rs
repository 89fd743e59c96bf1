//! A visitor's answers to the questionnaire. They live in memory only: never
//! written, never logged, and wiped by Start over and the idle reset.

use std::collections::BTreeSet;
use std::fmt;

/// One thing the questionnaire may know about a visitor. The names are the
/// keys of `guichet screen`'s JSON and of `answer = "…"` in the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    Canton,
    Age,
    Household,
    Children,
    ChildrenInEducation,
    PregnantOrNewborn,
    Housing,
    Work,
    MoneyEnough,
    Residence,
    Refugee,
    YearsInCanton,
    HealthInsurance,
    HealthStopsWork,
    Violence,
    Debts,
    ChildSupportUnpaid,
}

/// What kind of answer a key takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of these words.
    Choice(&'static [&'static str]),
    /// A whole number from 0 to `max`.
    Number { max: u32 },
    /// Yes or no.
    YesNo,
}

pub const CANTONS: &[&str] = &["GE", "VD"];
pub const HOUSEHOLDS: &[&str] = &["alone", "couple"];
pub const HOUSINGS: &[&str] = &["tenant", "owner", "hosted", "shelter", "street"];
pub const WORKS: &[&str] = &[
    "employed",
    "self-employed",
    "unemployed",
    "retired",
    "student",
    "apprentice",
    "unable-to-work",
    "at-home",
];
pub const MONEY: &[&str] = &["yes", "tight", "no"];
pub const RESIDENCES: &[&str] = &["swiss", "C", "B", "F", "N", "S", "L", "G", "none"];

/// The key of the services a visitor already receives, in `guichet screen`'s JSON.
pub const RECEIVES: &str = "receives";

impl Key {
    pub const ALL: [Key; 17] = [
        Key::Canton,
        Key::Age,
        Key::Household,
        Key::Children,
        Key::ChildrenInEducation,
        Key::PregnantOrNewborn,
        Key::Housing,
        Key::Work,
        Key::MoneyEnough,
        Key::Residence,
        Key::Refugee,
        Key::YearsInCanton,
        Key::HealthInsurance,
        Key::HealthStopsWork,
        Key::Violence,
        Key::Debts,
        Key::ChildSupportUnpaid,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Key::Canton => "canton",
            Key::Age => "age",
            Key::Household => "household",
            Key::Children => "children",
            Key::ChildrenInEducation => "children_in_education",
            Key::PregnantOrNewborn => "pregnant_or_newborn",
            Key::Housing => "housing",
            Key::Work => "work",
            Key::MoneyEnough => "money_enough",
            Key::Residence => "residence",
            Key::Refugee => "refugee",
            Key::YearsInCanton => "years_in_canton",
            Key::HealthInsurance => "health_insurance",
            Key::HealthStopsWork => "health_stops_work",
            Key::Violence => "violence",
            Key::Debts => "debts",
            Key::ChildSupportUnpaid => "child_support_unpaid",
        }
    }

    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn names() -> Vec<&'static str> {
        Key::ALL.iter().map(|k| k.name()).collect()
    }

    pub fn kind(self) -> Kind {
        match self {
            Key::Canton => Kind::Choice(CANTONS),
            Key::Household => Kind::Choice(HOUSEHOLDS),
            Key::Housing => Kind::Choice(HOUSINGS),
            Key::Work => Kind::Choice(WORKS),
            Key::MoneyEnough => Kind::Choice(MONEY),
            Key::Residence => Kind::Choice(RESIDENCES),
            Key::Age => Kind::Number { max: 120 },
            Key::Children | Key::ChildrenInEducation => Kind::Number { max: 20 },
            Key::YearsInCanton => Kind::Number { max: 100 },
            Key::PregnantOrNewborn
            | Key::Refugee
            | Key::HealthInsurance
            | Key::HealthStopsWork
            | Key::Violence
            | Key::Debts
            | Key::ChildSupportUnpaid => Kind::YesNo,
        }
    }

    /// What this key takes, in words for staff: `"GE" or "VD"`, `a whole number from 0 to 120`.
    pub fn expected(self) -> String {
        match self.kind() {
            Kind::Choice(options) => {
                let quoted: Vec<String> = options.iter().map(|o| format!("\"{o}\"")).collect();
                format!("one of {}", quoted.join(", "))
            }
            Kind::Number { max } => format!("a whole number from 0 to {max}"),
            Kind::YesNo => "true or false".to_owned(),
        }
    }

    /// The choice `word` as this key's value, if it is one of its options.
    pub fn choice(self, word: &str) -> Option<Value> {
        match self.kind() {
            Kind::Choice(options) => options
                .iter()
                .find(|o| **o == word)
                .map(|o| Value::Choice(o)),
            _ => None,
        }
    }

    /// Whether `value` is one this key can take.
    pub fn accepts(self, value: Value) -> bool {
        match (self.kind(), value) {
            (Kind::Choice(options), Value::Choice(word)) => options.contains(&word),
            (Kind::Number { max }, Value::Number(n)) => n <= max,
            (Kind::YesNo, Value::Bool(_)) => true,
            _ => false,
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A known answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Choice(&'static str),
    Number(u32),
    Bool(bool),
}

/// What the visitor chose on a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Given(Value),
    DontKnow,
    RatherNotSay,
}

/// A value that does not fit its key, or a bad `guichet screen` input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct AnswerError {
    /// The key concerned, when there is one.
    pub key: Option<String>,
    pub message: String,
}

impl AnswerError {
    fn at(key: &str, message: String) -> Self {
        AnswerError {
            key: Some(key.to_owned()),
            message: format!("`{key}`: {message}"),
        }
    }
}

/// Everything a visitor answered so far. A key never asked or answered
/// "I don't know" / "I'd rather not say" counts as unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    slots: [Option<Answer>; Key::ALL.len()],
    receives: BTreeSet<String>,
}

impl Answers {
    pub fn new() -> Self {
        Answers::default()
    }

    /// Records an answer; refuses a value the key cannot take.
    pub fn set(&mut self, key: Key, answer: Answer) -> Result<(), AnswerError> {
        if let Answer::Given(value) = answer
            && !key.accepts(value)
        {
            return Err(AnswerError::at(
                key.name(),
                format!("expected {}, got {value:?}", key.expected()),
            ));
        }
        self.slots[key as usize] = Some(answer);
        Ok(())
    }

    /// Forgets one answer (as if never asked), for Back.
    pub fn clear(&mut self, key: Key) {
        self.slots[key as usize] = None;
    }

    /// What the visitor chose, if the question was answered.
    pub fn answer(&self, key: Key) -> Option<Answer> {
        self.slots[key as usize]
    }

    /// The known value, or `None` when unknown.
    pub fn value(&self, key: Key) -> Option<Value> {
        match self.answer(key) {
            Some(Answer::Given(value)) => Some(value),
            _ => None,
        }
    }

    pub fn number(&self, key: Key) -> Option<u32> {
        match self.value(key) {
            Some(Value::Number(n)) => Some(n),
            _ => None,
        }
    }

    pub fn choice(&self, key: Key) -> Option<&'static str> {
        match self.value(key) {
            Some(Value::Choice(word)) => Some(word),
            _ => None,
        }
    }

    pub fn yes_no(&self, key: Key) -> Option<bool> {
        match self.value(key) {
            Some(Value::Bool(b)) => Some(b),
            _ => None,
        }
    }

    /// Service ids the visitor already receives: set aside by the evaluation.
    pub fn receives(&self) -> &BTreeSet<String> {
        &self.receives
    }

    pub fn set_receives(&mut self, ids: impl IntoIterator<Item = String>) {
        self.wipe_receives();
        self.receives = ids.into_iter().collect();
    }

    /// Forgets everything, overwriting the ids' bytes with zeros first.
    pub fn wipe(&mut self) {
        for slot in &mut self.slots {
            *slot = None;
        }
        self.wipe_receives();
    }

    fn wipe_receives(&mut self) {
        for id in std::mem::take(&mut self.receives) {
            let mut bytes = id.into_bytes();
            bytes.fill(0);
            std::hint::black_box(&bytes);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.slots.iter().all(Option::is_none) && self.receives.is_empty()
    }

    /// Reads `guichet screen`'s input: one JSON object, every key optional
    /// (missing or `null` means "I don't know"). Unknown keys, wrong types
    /// and values not in the list are refused, naming the key.
    pub fn from_json(text: &str) -> Result<Answers, AnswerError> {
        let parsed: serde_json::Value =
            serde_json::from_str(text).map_err(|e| AnswerError {
                key: None,
                message: format!(
                    "the answers are not valid JSON ({e}) — write one object, such as {{\"canton\": \"GE\", \"age\": 30}}"
                ),
            })?;
        let serde_json::Value::Object(object) = parsed else {
            return Err(AnswerError {
                key: None,
                message:
                    "the answers must be one JSON object, such as {\"canton\": \"GE\", \"age\": 30}"
                        .to_owned(),
            });
        };
        let mut answers = Answers::new();
        for (name, json) in &object {
            if name == RECEIVES {
                answers.set_receives(read_receives(json)?);
                continue;
            }
            let Some(key) = Key::from_name(name) else {
                let mut names = Key::names();
                names.push(RECEIVES);
                let hint = crate::spelling::closest(name, &names)
                    .map(|best| format!("did you mean `{best}`?"))
                    .unwrap_or_else(|| format!("the keys are {}", names.join(", ")));
                return Err(AnswerError::at(name, format!("unknown key — {hint}")));
            };
            if json.is_null() {
                answers.set(key, Answer::DontKnow)?;
                continue;
            }
            let value = read_value(key, json).ok_or_else(|| {
                AnswerError::at(name, format!("expected {}, got {json}", key.expected()))
            })?;
            answers.set(key, Answer::Given(value))?;
        }
        Ok(answers)
    }
}

fn read_value(key: Key, json: &serde_json::Value) -> Option<Value> {
    match key.kind() {
        Kind::Choice(_) => key.choice(json.as_str()?),
        Kind::Number { max } => {
            let n = json.as_u64()?;
            (n <= u64::from(max)).then_some(Value::Number(u32::try_from(n).ok()?))
        }
        Kind::YesNo => json.as_bool().map(Value::Bool),
    }
}

fn read_receives(json: &serde_json::Value) -> Result<Vec<String>, AnswerError> {
    let bad = || {
        AnswerError::at(
            RECEIVES,
            format!("expected a list of service ids, such as [\"family-allowances\"], got {json}"),
        )
    };
    let list = json.as_array().ok_or_else(bad)?;
    list.iter()
        .map(|item| item.as_str().map(str::to_owned).ok_or_else(bad))
        .collect()
}

impl Drop for Answers {
    fn drop(&mut self) {
        self.wipe();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_answers_are_read_and_checked() {
        let a = Answers::from_json(
            r#"{"canton":"VD","age":40,"refugee":true,"receives":["x"],"work":null}"#,
        )
        .unwrap();
        assert_eq!(a.choice(Key::Canton), Some("VD"));
        assert_eq!(a.number(Key::Age), Some(40));
        assert_eq!(a.yes_no(Key::Refugee), Some(true));
        assert_eq!(a.answer(Key::Work), Some(Answer::DontKnow));
        assert!(a.receives().contains("x"));
        for (bad, key) in [
            (r#"{"canton":"ZH"}"#, "canton"),
            (r#"{"age":"forty"}"#, "age"),
            (r#"{"age":-1}"#, "age"),
            (r#"{"age":200}"#, "age"),
            (r#"{"age":4.5}"#, "age"),
            (r#"{"refugee":"yes"}"#, "refugee"),
            (r#"{"childern":2}"#, "childern"),
            (r#"{"receives":"x"}"#, "receives"),
        ] {
            let e = Answers::from_json(bad).unwrap_err();
            assert_eq!(e.key.as_deref(), Some(key), "{bad}");
            assert!(e.message.contains(key), "{}", e.message);
        }
        let e = Answers::from_json(r#"{"childern":2}"#).unwrap_err();
        assert!(e.message.contains("children"), "{}", e.message);
        assert!(Answers::from_json("[1]").unwrap_err().key.is_none());
    }

    #[test]
    fn wipe_forgets_everything() {
        let mut a = Answers::from_json(r#"{"age":40,"receives":["x"]}"#).unwrap();
        assert!(!a.is_empty());
        a.wipe();
        assert!(a.is_empty());
        assert_eq!(a, Answers::new());
    }
}
