//! The questionnaire's screens: which are asked, in which order, given the
//! answers so far. Texts are Fluent messages `screener-q-…` and
//! `screener-a-…` in `i18n/<lang>/guichet.ftl`.

use super::answers::{
    Answer, AnswerError, Answers, CANTONS, HOUSEHOLDS, HOUSINGS, Key, MONEY, RESIDENCES, Value,
    WORKS,
};

/// One screen of the questionnaire (at most 12 are asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Canton,
    Age,
    Household,
    Children,
    Housing,
    Work,
    MoneyEnough,
    Residence,
    YearsInCanton,
    HealthInsurance,
    /// "Is any of this true for you?": several yes/no answers at once.
    Situations,
    /// "Do you already get any of these?": services set aside.
    Receives,
}

/// How a screen is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// One big button per option.
    Choice {
        key: Key,
        options: &'static [&'static str],
    },
    /// A number, with − and + buttons.
    Number {
        key: Key,
        max: u32,
    },
    /// Several numbers on one screen, each with − and +.
    Numbers {
        keys: &'static [Key],
    },
    YesNo {
        key: Key,
    },
    /// Ticks: the keys of [`situations`]; the ticked ones are true, the others false.
    Ticks,
    /// Ticks: services with rules (see [`super::candidates`]).
    Services,
}

/// The yes/no answers the Situations screen can offer, in order.
pub const SITUATION_KEYS: &[Key] = &[
    Key::PregnantOrNewborn,
    Key::HealthStopsWork,
    Key::Violence,
    Key::Debts,
    Key::ChildSupportUnpaid,
    Key::Refugee,
];

impl Question {
    pub const ALL: [Question; 12] = [
        Question::Canton,
        Question::Age,
        Question::Household,
        Question::Children,
        Question::Housing,
        Question::Work,
        Question::MoneyEnough,
        Question::Residence,
        Question::YearsInCanton,
        Question::HealthInsurance,
        Question::Situations,
        Question::Receives,
    ];

    /// A short name, in message ids: `screener-q-<name>`.
    pub fn name(self) -> &'static str {
        match self {
            Question::Canton => "canton",
            Question::Age => "age",
            Question::Household => "household",
            Question::Children => "children",
            Question::Housing => "housing",
            Question::Work => "work",
            Question::MoneyEnough => "money-enough",
            Question::Residence => "residence",
            Question::YearsInCanton => "years-in-canton",
            Question::HealthInsurance => "health-insurance",
            Question::Situations => "situations",
            Question::Receives => "receives",
        }
    }

    /// The Fluent id of the question's words.
    pub fn message_id(self) -> String {
        format!("screener-q-{}", self.name())
    }

    pub fn form(self) -> Form {
        match self {
            Question::Canton => Form::Choice {
                key: Key::Canton,
                options: CANTONS,
            },
            Question::Age => Form::Number {
                key: Key::Age,
                max: 120,
            },
            Question::Household => Form::Choice {
                key: Key::Household,
                options: HOUSEHOLDS,
            },
            Question::Children => Form::Numbers {
                keys: &[Key::Children, Key::ChildrenInEducation],
            },
            Question::Housing => Form::Choice {
                key: Key::Housing,
                options: HOUSINGS,
            },
            Question::Work => Form::Choice {
                key: Key::Work,
                options: WORKS,
            },
            Question::MoneyEnough => Form::Choice {
                key: Key::MoneyEnough,
                options: MONEY,
            },
            Question::Residence => Form::Choice {
                key: Key::Residence,
                options: RESIDENCES,
            },
            Question::YearsInCanton => Form::Number {
                key: Key::YearsInCanton,
                max: 100,
            },
            Question::HealthInsurance => Form::YesNo {
                key: Key::HealthInsurance,
            },
            Question::Situations => Form::Ticks,
            Question::Receives => Form::Services,
        }
    }

    /// The answer keys this screen sets.
    pub fn keys(self, answers: &Answers) -> Vec<Key> {
        match self.form() {
            Form::Choice { key, .. } | Form::Number { key, .. } | Form::YesNo { key } => vec![key],
            Form::Numbers { keys } => keys.to_vec(),
            Form::Ticks => situations(answers),
            Form::Services => Vec::new(),
        }
    }

    /// Whether this screen matters given the answers so far.
    fn is_asked(self, answers: &Answers, has_candidates: bool) -> bool {
        match self {
            // A Swiss citizen's years in the canton change none of the rules asked here.
            Question::YearsInCanton => answers.choice(Key::Residence) != Some("swiss"),
            Question::Receives => has_candidates,
            _ => true,
        }
    }

    /// Records "I don't know" or "I'd rather not say" for every key of this screen.
    pub fn skip(self, answers: &mut Answers, how: Answer) -> Result<(), AnswerError> {
        if let Answer::Given(_) = how {
            return Err(AnswerError {
                key: None,
                message: "skip takes Answer::DontKnow or Answer::RatherNotSay".to_owned(),
            });
        }
        for key in self.keys(answers) {
            answers.set(key, how)?;
        }
        if self == Question::Receives {
            answers.set_receives([]);
        }
        Ok(())
    }
}

/// The yes/no situations offered given the answers so far: child support
/// only to someone with children (or who did not say), refugee only to
/// someone who is not Swiss.
pub fn situations(answers: &Answers) -> Vec<Key> {
    let no_children = answers.number(Key::Children) == Some(0)
        && answers.number(Key::ChildrenInEducation) == Some(0);
    let swiss = answers.choice(Key::Residence) == Some("swiss");
    SITUATION_KEYS
        .iter()
        .copied()
        .filter(|key| match key {
            Key::ChildSupportUnpaid => !no_children,
            Key::Refugee => !swiss,
            _ => true,
        })
        .collect()
}

/// Records the Situations screen: ticked keys true, the other offered ones false.
pub fn tick(answers: &mut Answers, ticked: &[Key]) -> Result<(), AnswerError> {
    for key in situations(answers) {
        answers.set(key, Answer::Given(Value::Bool(ticked.contains(&key))))?;
    }
    Ok(())
}

/// The screens to ask, in order, given the answers so far; the progress line
/// is "question (position + 1) of len". `has_candidates`: whether some
/// service could be set aside on the last screen (see [`super::candidates`]).
pub fn plan(answers: &Answers, has_candidates: bool) -> Vec<Question> {
    Question::ALL
        .into_iter()
        .filter(|q| q.is_asked(answers, has_candidates))
        .collect()
}

/// The screen after `current` (`None`: the first), or `None` at the end.
pub fn next(
    current: Option<Question>,
    answers: &Answers,
    has_candidates: bool,
) -> Option<Question> {
    let plan = plan(answers, has_candidates);
    match current {
        None => plan.first().copied(),
        Some(current) => plan.into_iter().find(|q| *q > current),
    }
}

/// The screen before `current`, or `None` on the first.
pub fn previous(current: Question, answers: &Answers, has_candidates: bool) -> Option<Question> {
    plan(answers, has_candidates)
        .into_iter()
        .rev()
        .find(|q| *q < current)
}

/// The Fluent id of an option's words: `screener-a-<key>-<option>`.
pub fn option_message_id(key: Key, option: &str) -> String {
    format!(
        "screener-a-{}-{}",
        key.name().replace('_', "-"),
        option.to_lowercase()
    )
}

/// The Fluent id of a yes/no item on the Situations screen, or of a
/// number's label on the Children screen: `screener-a-<key>`.
pub fn key_message_id(key: Key) -> String {
    format!("screener-a-{}", key.name().replace('_', "-"))
}

/// Fluent ids of the words every screen shares.
pub const DONT_KNOW_ID: &str = "screener-dont-know";
pub const RATHER_NOT_SAY_ID: &str = "screener-rather-not-say";
pub const YES_ID: &str = "screener-yes";
pub const NO_ID: &str = "screener-no";
/// "Question { $number } of { $count }": arguments `number` (1-based) and `count`.
pub const PROGRESS_ID: &str = "screener-progress";

/// Every Fluent id the questionnaire uses, for the completeness test.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Question::ALL.iter().map(|q| q.message_id()).collect();
    for question in Question::ALL {
        match question.form() {
            Form::Choice { key, options } => {
                ids.extend(options.iter().map(|o| option_message_id(key, o)));
            }
            Form::Numbers { keys } => ids.extend(keys.iter().map(|k| key_message_id(*k))),
            _ => {}
        }
    }
    ids.extend(SITUATION_KEYS.iter().map(|k| key_message_id(*k)));
    ids.extend(
        [
            DONT_KNOW_ID,
            RATHER_NOT_SAY_ID,
            YES_ID,
            NO_ID,
            PROGRESS_ID,
            super::TITLE_ID,
            super::LIKELY_ID,
            super::MAYBE_ID,
            super::UNLIKELY_ID,
            super::SHOW_UNLIKELY_ID,
            super::ASK_AT_DESK_ID,
            super::NOTICE_ID,
        ]
        .map(str::to_owned),
    );
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_questions_that_matter_are_asked() {
        let mut a = Answers::new();
        assert_eq!(plan(&a, true).len(), 12);
        a.set(Key::Residence, Answer::Given(Value::Choice("swiss")))
            .unwrap();
        assert!(!plan(&a, true).contains(&Question::YearsInCanton));
        assert!(!plan(&a, false).contains(&Question::Receives));
        assert!(!situations(&a).contains(&Key::Refugee));
        assert!(situations(&a).contains(&Key::ChildSupportUnpaid));
        a.set(Key::Children, Answer::Given(Value::Number(0)))
            .unwrap();
        a.set(Key::ChildrenInEducation, Answer::Given(Value::Number(0)))
            .unwrap();
        assert!(!situations(&a).contains(&Key::ChildSupportUnpaid));
        assert_eq!(
            next(Some(Question::Residence), &a, true),
            Some(Question::HealthInsurance)
        );
        assert_eq!(
            previous(Question::HealthInsurance, &a, true),
            Some(Question::Residence)
        );
        assert_eq!(next(None, &a, true), Some(Question::Canton));
        assert_eq!(next(Some(Question::Receives), &a, true), None);
    }

    #[test]
    fn every_language_has_every_questionnaire_text() {
        let (strings, errors) = crate::i18n::Strings::embedded();
        assert!(errors.is_empty(), "{errors:?}");
        for lang in crate::lang::Lang::ALL {
            let ids = strings.ids(lang);
            for id in message_ids() {
                assert!(ids.contains(&id), "{} lacks {id}", lang.code());
            }
        }
    }

    #[test]
    fn ticks_set_the_offered_situations_and_skip_sets_unknown() {
        let mut a = Answers::new();
        tick(&mut a, &[Key::Debts]).unwrap();
        assert_eq!(a.yes_no(Key::Debts), Some(true));
        assert_eq!(a.yes_no(Key::Violence), Some(false));
        Question::Situations
            .skip(&mut a, Answer::RatherNotSay)
            .unwrap();
        assert_eq!(a.answer(Key::Debts), Some(Answer::RatherNotSay));
        assert_eq!(a.value(Key::Violence), None);
        Question::Children.skip(&mut a, Answer::DontKnow).unwrap();
        assert_eq!(a.answer(Key::ChildrenInEducation), Some(Answer::DontKnow));
    }
}
