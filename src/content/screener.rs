//! A service's `[screener]` table as staff write it: the conditions under
//! which the questionnaire suggests the service. The rules are compiled and
//! judged in `crate::screener`; this file reads and checks them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::diagnostic::{Diagnostic, Source};
use super::model::{Localized, Service};
use super::validate::lint_reviewed;
use super::values::{Date, WebAddress};
use crate::lang::Lang;
use crate::screener::rules::{self, Problem};

/// `[screener]`: the official page, its review date, and the conditions.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Screener {
    /// The official page the conditions come from.
    pub source: WebAddress,
    /// The day someone checked the conditions on that page.
    #[schemars(with = "Date")]
    pub reviewed: Spanned<Date>,
    /// `"maybe"`: the conditions are not all of them; never say likely.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<AtBest>")]
    pub at_best: Option<Spanned<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub condition: Vec<Condition>,
}

/// `[[screener.condition]]`: one test over the answers (or an `any` group),
/// with its plain-words text.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The answer it looks at: canton, age, household, children… (see content/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub answer: Option<Spanned<String>>,
    /// One value, or a list of values, of a choice or yes/no answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Is>")]
    pub is: Option<Spanned<toml::Value>>,
    /// A number answer at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<i64>")]
    pub at_least: Option<Spanned<i64>>,
    /// A number answer below this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<i64>")]
    pub below: Option<Spanned<i64>>,
    /// One of these parts is enough.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Vec<Part>>")]
    pub any: Option<Spanned<Vec<Part>>>,
    /// A dated parameter: used from this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Date>")]
    pub applies_from: Option<Spanned<Date>>,
    /// A dated parameter: used up to this day (included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Date>")]
    pub applies_until: Option<Spanned<Date>>,
    /// `"maybe"`: when it is true, the service is at best "maybe".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<AtBest>")]
    pub at_best: Option<Spanned<String>>,
    /// The condition in plain words, in the ten languages ("For people who…").
    #[schemars(with = "Localized")]
    pub text: Spanned<Localized>,
}

/// Only in the JSON Schema: the one value `at_best` takes.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)] // describes the schema, never built
enum AtBest {
    Maybe,
}

/// Only in the JSON Schema: what `is` may hold.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)] // describes the schema, never built
enum Is {
    One(String),
    Yes(bool),
    Many(Vec<String>),
}

/// One part of an `any` group.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Part {
    #[schemars(with = "String")]
    pub answer: Spanned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Is>")]
    pub is: Option<Spanned<toml::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<i64>")]
    pub at_least: Option<Spanned<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<i64>")]
    pub below: Option<Spanned<i64>>,
    /// `"maybe"`: when only this part is true, the condition stays unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<AtBest>")]
    pub at_best: Option<Spanned<String>>,
}

/// Checks a service's `[screener]`: the rules compile, every text has the
/// ten languages, the review is recent, a cantonal service asks the canton.
pub fn check(
    source: &Source,
    service: &Service,
    screener: &Screener,
    today: jiff::civil::Date,
    found: &mut Vec<Diagnostic>,
) {
    let problems = match rules::compile(screener) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    for Problem { span, message } in problems {
        found.push(source.error(span, message));
    }
    for condition in &screener.condition {
        let span = Some(condition.text.span());
        let text = condition.text.get_ref();
        let missing: Vec<&str> = Lang::ALL
            .iter()
            .filter(|l| text.get(l).is_none_or(|t| t.trim().is_empty()))
            .map(|l| l.code())
            .collect();
        if !missing.is_empty() {
            found.push(source.error(
                span,
                format!(
                    "this condition's text lacks {} — write the condition in plain words in all ten languages (see content/README.md, Screener rules)",
                    missing.join(", ")
                ),
            ));
        }
    }
    lint_reviewed(
        source,
        &screener.reviewed,
        "the screener rules",
        today,
        found,
    );
    let asks_canton = screener.condition.iter().any(|c| {
        let named = |answer: &Spanned<String>| answer.get_ref() == "canton";
        c.answer.as_ref().is_some_and(named)
            || c.any
                .as_ref()
                .is_some_and(|parts| parts.get_ref().iter().any(|p| named(&p.answer)))
    });
    let one_canton = service.cantons.len() == 1 && !service.cantons[0].is_whole_country();
    if one_canton && !asks_canton && !screener.condition.is_empty() {
        found.push(source.warning(
            Some(screener.reviewed.span()),
            format!(
                "this service is offered in {} only, but its screener rules do not ask for the canton — add a condition `answer = \"canton\"`",
                service.cantons[0].as_str()
            ),
        ));
    }
}
