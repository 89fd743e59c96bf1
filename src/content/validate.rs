//! Checks beyond the file format: errors that make a file unusable, and
//! warnings staff should look at.

use std::collections::BTreeSet;

use super::contact_checks;
use super::diagnostic::{Diagnostic, Source};
use super::model::{Category, Service, Status, Synonyms, Text};
use super::{Catalogue, LoadOptions};
use crate::lang::Lang;
use crate::readability;

/// Months after which a service's facts must be checked again.
pub const REVIEW_MONTHS: i8 = 12;

/// Conditions a detail page shows before "More conditions".
pub const MAX_ELIGIBILITY: usize = 6;

pub fn service(
    source: &Source,
    service: &Service,
    category_ids: Option<&[String]>,
    options: &LoadOptions,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let id_span = Some(service.id.span());
    check_id(source, service, &mut found);
    if service.categories.is_empty() {
        found.push(source.error(
            id_span.clone(),
            "this service has no category — add for example `categories = [\"money\"]`",
        ));
    }
    if let Some(known) = category_ids {
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        for category in &service.categories {
            if !known.contains(&category.get_ref().as_str()) {
                let hint = crate::spelling::closest(category.get_ref(), &known)
                    .map(|best| format!("did you mean `{best}`?"))
                    .unwrap_or_else(|| format!("use one of {}", known.join(", ")));
                found.push(source.error(
                    Some(category.span()),
                    format!(
                        "unknown category `{}` — {hint} (categories are defined in categories.toml)",
                        category.get_ref()
                    ),
                ));
            }
        }
    }
    if service.cantons.is_empty() {
        found.push(source.error(
            id_span.clone(),
            "this service has no canton — add `cantons = [\"CH\"]` for all of Switzerland, or [\"GE\"], [\"VD\"]",
        ));
    }
    for (lang, text) in service.text.iter() {
        check_text(source, lang, text, &mut found);
    }
    lint_translations(source, service, &mut found);
    lint_reviewed(
        source,
        &service.reviewed,
        "the facts",
        options.today,
        &mut found,
    );
    for phone in &service.phones {
        contact_checks::phone(source, service, phone, &mut found);
    }
    for location in &service.locations {
        contact_checks::location(source, service, location, options.today, &mut found);
    }
    if let Some(screener) = &service.screener {
        super::screener::check(source, service, screener, options.today, &mut found);
    }
    if service.phones.is_empty() && service.locations.is_empty() {
        found.push(source.warning(
            id_span,
            "no phone number and no address: visitors only get the website — confirm them with the institution, then add them",
        ));
    }
    found
}

fn check_id(source: &Source, service: &Service, found: &mut Vec<Diagnostic>) {
    let id = service.id();
    let span = Some(service.id.span());
    if !Service::is_well_formed_id(id) {
        found.push(source.error(
            span.clone(),
            format!(
                "the id `{id}` must be lower-case letters and digits joined by `-`, for example \"food-aid\""
            ),
        ));
    }
    let stem = source
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if stem != id {
        found.push(source.error(
            span,
            format!(
                "the id `{id}` differs from the file name `{stem}.toml` — rename the file to `{id}.toml` or correct the id"
            ),
        ));
    }
}

fn check_text(source: &Source, lang: Lang, text: &Text, found: &mut Vec<Diagnostic>) {
    let name = lang.english_name();
    if text.title.get_ref().trim().is_empty() {
        found.push(source.error(
            Some(text.title.span()),
            format!("the {name} title is empty — write what the visitor gets, in a few words"),
        ));
    }
    if text.summary.get_ref().trim().is_empty() {
        found.push(source.error(
            Some(text.summary.span()),
            format!("the {name} summary is empty — write one to three short sentences"),
        ));
    } else {
        let problems = readability::problems(lang, text.summary.get_ref());
        if !problems.is_empty() {
            found.push(source.warning(
                Some(text.summary.span()),
                format!(
                    "the {name} summary is hard to read: {} — see the easy-read rules in content/README.md",
                    problems.join("; ")
                ),
            ));
        }
    }
    if let Some(conditions) = text
        .eligibility
        .as_ref()
        .filter(|e| e.len() > MAX_ELIGIBILITY)
    {
        found.push(source.warning(
            Some(text.title.span()),
            format!(
                "the {name} eligibility list has {} items — visitors see {MAX_ELIGIBILITY}, the rest behind \"More conditions\"; keep the {MAX_ELIGIBILITY} that matter most, or merge some",
                conditions.len()
            ),
        ));
    }
    if text.keywords.is_empty() {
        found.push(source.warning(
            Some(text.title.span()),
            format!("the {name} text has no keywords — add words visitors might type"),
        ));
    }
    let missing: Vec<&str> = text
        .list_fields()
        .into_iter()
        .filter(|(_, present)| !present)
        .map(|(field, _)| field.key())
        .collect();
    if missing.is_empty() {
        return;
    }
    let list = missing.join("`, `");
    if lang == Lang::REFERENCE {
        found.push(source.error(
            Some(text.title.span()),
            format!(
                "the French text has no `{list}` — French is shown when a translation lacks a field, so it needs every field (write `documents = []` when there is nothing to bring)"
            ),
        ));
    } else if lang.requires_full_text() {
        found.push(source.warning(
            Some(text.title.span()),
            format!("the {name} text has no `{list}` — visitors will read these parts in French"),
        ));
    }
}

fn lint_translations(source: &Source, service: &Service, found: &mut Vec<Diagnostic>) {
    let span = Some(service.id.span());
    let missing: Vec<&str> = Lang::ALL
        .into_iter()
        .filter(|&lang| service.text.get(lang).is_none())
        .map(Lang::code)
        .collect();
    if !missing.is_empty() {
        found.push(source.warning(
            span.clone(),
            format!(
                "no text in {} — these visitors will read French; add [text.xx] tables",
                missing.join(", ")
            ),
        ));
    }
    for status in [Status::Machine, Status::NeedsReview] {
        let langs: Vec<&str> = service
            .text
            .iter()
            .filter(|(_, text)| text.status == status)
            .map(|(lang, _)| lang.code())
            .collect();
        if !langs.is_empty() {
            found.push(source.warning(
                span.clone(),
                format!(
                    "translations with status \"{}\" in {} — have a person who reads the language check them, then set status = \"complete\"",
                    status.key(),
                    langs.join(", ")
                ),
            ));
        }
    }
}

/// Warns when a `reviewed` date is in the future or older than
/// [`REVIEW_MONTHS`]; `what` names what was checked on that day ("the
/// facts", "the screener rules").
pub fn lint_reviewed(
    source: &Source,
    reviewed: &toml::Spanned<super::values::Date>,
    what: &str,
    today: jiff::civil::Date,
    found: &mut Vec<Diagnostic>,
) {
    let span = Some(reviewed.span());
    let reviewed = reviewed.get_ref().0;
    if reviewed > today {
        found.push(source.warning(
            span,
            format!("reviewed = {reviewed} is in the future — write the day {what} were checked"),
        ));
    } else if review_is_due(reviewed, today) {
        found.push(source.warning(
            span,
            format!(
                "{what} were reviewed on {reviewed}, more than {REVIEW_MONTHS} months ago — check them on the official page, then update `reviewed`"
            ),
        ));
    }
}

/// Whether facts checked on `reviewed` are older than [`REVIEW_MONTHS`].
pub fn review_is_due(reviewed: jiff::civil::Date, today: jiff::civil::Date) -> bool {
    let due = reviewed.saturating_add(jiff::Span::new().months(REVIEW_MONTHS));
    today > due
}

pub fn categories(
    source: &Source,
    categories: &[Category],
    options: &LoadOptions,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for category in categories {
        let id = category.id();
        if !seen.insert(id) {
            found.push(source.error(
                Some(category.id.span()),
                format!("the category `{id}` is defined twice — remove one"),
            ));
        }
        let labels = category.label.get_ref();
        if labels
            .get(&Lang::REFERENCE)
            .is_none_or(|l| l.trim().is_empty())
        {
            found.push(source.error(
                Some(category.label.span()),
                format!("the category `{id}` has no French label — add `fr = \"…\"` to its label"),
            ));
        }
        let missing: Vec<&str> = Lang::ALL
            .into_iter()
            .filter(|&lang| lang != Lang::REFERENCE)
            .filter(|lang| labels.get(lang).is_none_or(|l| l.trim().is_empty()))
            .map(Lang::code)
            .collect();
        if !missing.is_empty() {
            found.push(source.warning(
                Some(category.label.span()),
                format!(
                    "the category `{id}` has no label in {} — visitors will see it in French",
                    missing.join(", ")
                ),
            ));
        }
        let icon = category.icon.get_ref();
        if !options.icons.join(icon).is_file() {
            found.push(source.warning(
                Some(category.icon.span()),
                format!(
                    "the icon `{icon}` is not in {} — add the file there or correct its name",
                    options.icons.display()
                ),
            ));
        }
    }
    found
}

pub fn empty_categories(source: &Source, catalogue: &Catalogue) -> Vec<Diagnostic> {
    catalogue
        .categories
        .iter()
        .filter(|category| {
            !catalogue
                .services
                .iter()
                .any(|s| s.category_ids().any(|c| c == category.id()))
        })
        .map(|category| {
            source.warning(
                Some(category.id.span()),
                format!(
                    "no service is in the category `{}` — visitors who touch it find nothing; add services or remove it",
                    category.id()
                ),
            )
        })
        .collect()
}

pub fn synonyms(source: &Source, synonyms: &Synonyms) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (lang, words) in synonyms {
        for (word, means) in words {
            let problem = if word.trim().is_empty() {
                Some("an empty word".to_owned())
            } else if means.iter().all(|m| m.trim().is_empty()) {
                Some(format!("`{word}` leads to no catalogue word"))
            } else if means
                .iter()
                .any(|m| m.trim().eq_ignore_ascii_case(word.trim()))
            {
                Some(format!("`{word}` leads to itself"))
            } else {
                None
            };
            if let Some(problem) = problem {
                found.push(source.warning(
                    None,
                    format!(
                        "[{lang}] {problem} — write `\"everyday word\" = [\"catalogue word\", …]`"
                    ),
                ));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reviews_fall_due_after_twelve_months() {
        assert!(!review_is_due(date(2025, 11, 28), date(2026, 11, 28)));
        assert!(review_is_due(date(2025, 11, 27), date(2026, 11, 28)));
    }
}
