//! `content/crisis.toml`: the words of a person in danger, and the helplines
//! the kiosk then shows before anything else.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use super::diagnostic::{Diagnostic, Source};
use super::model::Service;
use super::values::Canton;
use crate::lang::Lang;
use crate::spelling::closest;

/// The kinds of crisis the kiosk answers with a helpline first.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum CrisisKind {
    /// Wanting to die, suicide, self-harm.
    Suicide,
    /// Being hit, threatened or controlled at home.
    ViolenceAtHome,
    SexualViolence,
    /// A child hit, abused or left alone.
    ChildInDanger,
    MedicalEmergency,
}

impl CrisisKind {
    pub const ALL: [CrisisKind; 5] = [
        CrisisKind::Suicide,
        CrisisKind::ViolenceAtHome,
        CrisisKind::SexualViolence,
        CrisisKind::ChildInDanger,
        CrisisKind::MedicalEmergency,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CrisisKind::Suicide => "suicide",
            CrisisKind::ViolenceAtHome => "violence-at-home",
            CrisisKind::SexualViolence => "sexual-violence",
            CrisisKind::ChildInDanger => "child-in-danger",
            CrisisKind::MedicalEmergency => "medical-emergency",
        }
    }
}

impl std::fmt::Display for CrisisKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The whole file.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CrisisFile {
    #[serde(default)]
    pub crisis: Vec<Crisis>,
}

/// One kind of crisis: what to show, and how people write it.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Crisis {
    #[schemars(with = "CrisisKind")]
    pub kind: Spanned<CrisisKind>,
    /// The helplines, in the order shown.
    pub show: Vec<Helpline>,
    /// Per language, the phrases that mean this crisis.
    #[schemars(with = "BTreeMap<Lang, Vec<String>>")]
    pub phrases: BTreeMap<Lang, Spanned<Vec<Spanned<String>>>>,
}

/// A service shown first, on every kiosk or on one canton's.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// A service's id.
    #[schemars(with = "String", pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub service: Spanned<String>,
    /// Only on this canton's kiosks; everywhere when left out.
    #[serde(default)]
    pub canton: Option<Canton>,
    /// The service's numbers to show in big; all of them when left out.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub numbers: Vec<Spanned<String>>,
}

impl Helpline {
    pub fn shown_in(&self, canton: Option<&Canton>) -> bool {
        match (&self.canton, canton) {
            (Some(own), Some(kiosk)) => own == kiosk,
            _ => true,
        }
    }
}

/// Checks the file against the services loaded; `ids` are those of every
/// service file read, with or without errors.
pub fn validate(
    source: &Source,
    file: &CrisisFile,
    services: &[Service],
    ids: &[&str],
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for crisis in &file.crisis {
        let kind = *crisis.kind.get_ref();
        if !seen.insert(kind) {
            found.push(source.error(
                Some(crisis.kind.span()),
                format!("the kind `{kind}` is already described above — keep one [[crisis]] table per kind"),
            ));
        }
        if crisis.show.is_empty() {
            found.push(source.error(
                Some(crisis.kind.span()),
                format!("`{kind}` shows no helpline — add at least one [[crisis.show]] with a service id"),
            ));
        }
        for helpline in &crisis.show {
            let id = helpline.service.get_ref();
            let Some(service) = services.iter().find(|s| s.id() == id) else {
                if ids.contains(&id.as_str()) {
                    found.push(source.error(
                        Some(helpline.service.span()),
                        format!("the service `{id}` has errors — fix its file first (see above)"),
                    ));
                    continue;
                }
                let hint = closest(id, ids)
                    .map(|best| format!("did you mean `{best}`? "))
                    .unwrap_or_default();
                found.push(source.error(
                    Some(helpline.service.span()),
                    format!(
                        "unknown service id `{id}` — {hint}use the `id` of a file in content/services/"
                    ),
                ));
                continue;
            };
            for number in &helpline.numbers {
                if !service.phones.iter().any(|p| p.is(number.get_ref())) {
                    let listed: Vec<&str> = service.phones.iter().map(|p| p.number()).collect();
                    found.push(source.error(
                        Some(number.span()),
                        format!(
                            "`{}` is not a number of `{id}` — write it as in the service's [[phones]] ({})",
                            number.get_ref(),
                            if listed.is_empty() { "none".to_owned() } else { listed.join(", ") }
                        ),
                    ));
                }
            }
            if helpline.numbers.is_empty() && service.phones.is_empty() {
                found.push(source.error(
                    Some(helpline.service.span()),
                    format!(
                        "`{id}` has no phone number to show — choose a service with [[phones]]"
                    ),
                ));
            }
        }
        for lang in Lang::ALL {
            if !crisis.phrases.contains_key(&lang) {
                found.push(source.warning(
                    Some(crisis.kind.span()),
                    format!(
                        "`{kind}` has no phrases in `{lang}` — add `{lang} = [\"…\"]` under [crisis.phrases] so visitors writing {lang} are helped"
                    ),
                ));
            }
        }
        for (lang, phrases) in &crisis.phrases {
            if phrases.get_ref().is_empty() {
                found.push(source.error(
                    Some(phrases.span()),
                    format!(
                        "the list of `{lang}` phrases is empty — add phrases, or remove the line"
                    ),
                ));
            }
            let mut distinct = HashSet::new();
            for phrase in phrases.get_ref() {
                let text = phrase.get_ref();
                let words = text
                    .split(|c: char| !c.is_alphanumeric() && c != '*')
                    .filter(|w| !w.is_empty());
                if words.clone().all(|w| w.trim_matches('*').is_empty()) {
                    found.push(source.error(
                        Some(phrase.span()),
                        "a phrase without words — write the words a visitor types, or remove it",
                    ));
                } else if words.clone().any(|w| w.trim_end_matches('*').contains('*')) {
                    found.push(source.error(
                        Some(phrase.span()),
                        "`*` may only end a word (`suicid*` matches suicide, suicidaire) — move it to the end",
                    ));
                } else if words
                    .clone()
                    .any(|w| w.ends_with('*') && w.trim_end_matches('*').chars().count() < 4)
                {
                    found.push(source.error(
                        Some(phrase.span()),
                        "a word ending in `*` needs at least 4 letters before it, or it matches too many words",
                    ));
                } else if !distinct.insert(text.to_lowercase()) {
                    found.push(source.warning(
                        Some(phrase.span()),
                        format!("`{text}` is listed twice for `{lang}` — remove one"),
                    ));
                }
            }
        }
    }
    found
}
