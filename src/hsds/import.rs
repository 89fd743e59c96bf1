//! Open Referral HSDS 3.0 service objects into content files.
//!
//! HSDS does not hold everything the kiosk needs, and nobody at the office
//! has checked what it holds: every text comes in with status
//! `needs-review`, and each file says what was guessed or left out.
//!
//! - id: `alternate_name` when it is a Guichet id (as [`super::export`]
//!   writes it), otherwise made from the name;
//! - categories: taxonomy terms whose code is a category id, otherwise the
//!   `--category` given;
//! - cantons: service areas and addresses naming Switzerland or a canton,
//!   otherwise the `--canton` given;
//! - `source` is the service's web address, `reviewed` its `assured_date`;
//! - a location comes in only with a full Swiss address; opening hours only
//!   from weekly schedules (`byday`, `opens_at`, `closes_at`).

use std::collections::BTreeMap;

use serde_json::Value;
use toml::Spanned;

use crate::content::{
    Canton, Date, Email, Localized, Location, Organization, Phone, PhoneKind, PostalCode, Service,
    SpokenLanguage, Status, Text, Texts, WebAddress,
};
use crate::hours::{DaySlots, Slot, Weekday, WeeklyHours};
use crate::lang::Lang;

/// What an import needs besides the records.
#[derive(Debug, Clone)]
pub struct Options {
    /// The language the records are written in.
    pub lang: Lang,
    /// The category ids of the content folder.
    pub known_categories: Vec<String>,
    /// Categories for records that name none of the known ones.
    pub categories: Vec<String>,
    /// The canton for records that name none.
    pub canton: Option<Canton>,
    pub today: jiff::civil::Date,
}

/// A record turned into a service, with what staff must know about it.
#[derive(Debug, Clone)]
pub struct Imported {
    pub service: Service,
    /// What was guessed or left out, one sentence each.
    pub notes: Vec<String>,
}

/// Why a document or a record cannot be imported. Said of one record, as
/// `<name>: <reason>`.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("`contents` is not a list of service objects")]
    ContentsNotAList,
    #[error("expected an HSDS service object, a list of them, or a page with `contents`")]
    NotHsds,
    #[error("it is not a JSON object")]
    NotAnObject,
    #[error("it has no `name`")]
    NoName,
    #[error("its status is `{0}`, not `active`")]
    NotActive(String),
    #[error("it has no `description`, and the kiosk needs a summary to show")]
    NoDescription,
    #[error("it has no organization name, and the kiosk always says who runs a service")]
    NoOrganization,
    #[error(
        "it has no web address (`url`, or the organization's `website`), and the kiosk always gives one"
    )]
    NoWebAddress,
    #[error("none of its taxonomy terms is a category of the kiosk — give one with --category")]
    NoCategory,
    #[error(
        "its service areas name no Swiss canton — give one with --canton (CH for all of Switzerland)"
    )]
    NoCanton,
    #[error("it cannot be written as TOML: {0}")]
    Toml(toml::ser::Error),
}

/// The service records in an HSDS document: one service object, a list of
/// them, or a page of them (`contents`, as HSDS's API returns).
pub fn records(document: Value) -> Result<Vec<Value>, ImportError> {
    match document {
        Value::Array(items) => Ok(items),
        Value::Object(mut page) if page.contains_key("contents") => match page.remove("contents") {
            Some(Value::Array(items)) => Ok(items),
            _ => Err(ImportError::ContentsNotAList),
        },
        Value::Object(_) => Ok(vec![document]),
        _ => Err(ImportError::NotHsds),
    }
}

/// The record's name, to tell staff which one a message is about.
pub fn name(record: &Value) -> &str {
    text(record, "name")
        .or_else(|| text(record, "id"))
        .unwrap_or("(no name)")
}

/// One record as a service, or why it cannot be one.
pub fn service(record: &Value, options: &Options) -> Result<Imported, ImportError> {
    if !record.is_object() {
        return Err(ImportError::NotAnObject);
    }
    let mut notes = Vec::new();
    let title = text(record, "name").ok_or(ImportError::NoName)?;
    if let Some(status) = text(record, "status")
        && status != "active"
    {
        return Err(ImportError::NotActive(status.to_owned()));
    }
    let summary = text(record, "description").ok_or(ImportError::NoDescription)?;
    let organization = record.get("organization").unwrap_or(&Value::Null);
    let organization_name = text(organization, "name").ok_or(ImportError::NoOrganization)?;
    let organization_url = parsed::<WebAddress>(text(organization, "website"));
    let url = match parsed::<WebAddress>(text(record, "url")) {
        Some(url) => url,
        None => {
            let url = organization_url.clone().ok_or(ImportError::NoWebAddress)?;
            notes.push("The web address is the organization's: the service has none.".to_owned());
            url
        }
    };
    let email = text(record, "email").and_then(|email| {
        let parsed = email.parse::<Email>().ok();
        if parsed.is_none() {
            notes.push(format!(
                "The e-mail `{email}` was left out: it is not one address."
            ));
        }
        parsed
    });
    let reviewed = text(record, "assured_date")
        .or_else(|| text(record, "last_modified"))
        .and_then(|date| parsed::<Date>(date.get(..10)))
        .unwrap_or_else(|| {
            notes.push(
                "HSDS gives no `assured_date`: `reviewed` is the day of the import.".to_owned(),
            );
            Date(options.today)
        });
    notes.push(
        "`source` is the service's web address: make it the official page the facts come from."
            .to_owned(),
    );

    let locations = locations(record, options.lang, &mut notes);
    let text = Text {
        status: Status::NeedsReview,
        title: Spanned::new(0..0, title.to_owned()),
        summary: Spanned::new(0..0, summary.to_owned()),
        eligibility: Some(items(text(record, "eligibility_description"))),
        how_to_apply: Some(items(text(record, "application_process"))),
        documents: Some(
            list(record, "required_documents")
                .filter_map(|d| text(d, "document"))
                .map(str::to_owned)
                .collect(),
        ),
        fees: text(record, "fees_description").map(str::to_owned),
        keywords: Vec::new(),
    };
    let mut texts = Texts {
        fr: text.clone(),
        de: None,
        it: None,
        en: None,
        pt: None,
        es: None,
        sq: None,
        ar: None,
        uk: None,
        ti: None,
    };
    if options.lang != Lang::REFERENCE {
        texts.set(options.lang, text);
        notes.push(format!(
            "The record is in {}: [text.fr] holds the same text until it is translated into French.",
            options.lang.english_name()
        ));
    }
    let left_out: Vec<&str> = [
        "interpretation_services",
        "wait_time",
        "alert",
        "minimum_age",
        "maximum_age",
        "accreditations",
        "licenses",
        "cost_options",
        "contacts",
    ]
    .into_iter()
    .filter(|key| {
        record
            .get(*key)
            .is_some_and(|v| !v.is_null() && v != "" && v.as_array().is_none_or(|a| !a.is_empty()))
    })
    .collect();
    if !left_out.is_empty() {
        notes.push(format!(
            "Left out, because the kiosk has no place for them: {}. Put what visitors need in the texts.",
            left_out.join(", ")
        ));
    }

    let service = Service {
        id: Spanned::new(0..0, guichet_id(record, title)),
        categories: categories(record, options, &mut notes)?
            .into_iter()
            .map(|c| Spanned::new(0..0, c))
            .collect(),
        cantons: cantons(record, options, &mut notes)?,
        source: url.clone(),
        url,
        email,
        reviewed: Spanned::new(0..0, reviewed),
        languages: languages(record),
        organization: Organization {
            name: organization_name.to_owned(),
            url: organization_url,
        },
        phones: phones(record, options.lang),
        locations,
        text: texts,
        screener: None,
    };
    Ok(Imported { service, notes })
}

/// A content file for `imported`: a header for staff, then the service.
pub fn to_toml(
    imported: &Imported,
    origin: &str,
    today: jiff::civil::Date,
) -> Result<String, ImportError> {
    let mut out = format!(
        "# Imported from Open Referral HSDS ({origin}) on {today}.\n\
         # Nobody has checked it yet: check each fact on the official page,\n\
         # then set status = \"complete\" and `reviewed` to that day.\n"
    );
    for note in &imported.notes {
        out.push_str(&format!("# - {note}\n"));
    }
    out.push('\n');
    let body = toml::to_string_pretty(&imported.service).map_err(ImportError::Toml)?;
    for line in body.lines() {
        // Dates bare, as staff write them.
        match line
            .strip_prefix("reviewed = \"")
            .and_then(|rest| rest.strip_suffix('"'))
        {
            Some(date) => out.push_str(&format!("reviewed = {date}")),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    Ok(out)
}

fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value
        .get(key)?
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The source page a Guichet export gave a phone or a location, as an
/// attribute whose term is `source`.
fn source_of(value: &Value) -> Option<WebAddress> {
    list(value, "attributes")
        .filter(|a| {
            text(a, "link_type") == Some(super::SOURCE_TERM)
                || a.get("taxonomy_term")
                    .and_then(|t| text(t, "code"))
                    .is_some_and(|c| c == super::SOURCE_TERM)
        })
        .find_map(|a| parsed(text(a, "value")))
}

fn list<'a>(value: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    value
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

fn parsed<T: std::str::FromStr>(text: Option<&str>) -> Option<T> {
    text?.parse().ok()
}

/// One item per line, without the numbers an export puts before steps.
fn items(text: Option<&str>) -> Vec<String> {
    text.into_iter()
        .flat_map(str::lines)
        .map(|line| {
            let line = line.trim();
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            match line[digits..].strip_prefix(". ") {
                Some(rest) if digits > 0 => rest.trim(),
                _ => line.trim_start_matches(['-', '•', '*']).trim(),
            }
        })
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

fn guichet_id(record: &Value, title: &str) -> String {
    if let Some(id) = text(record, "alternate_name")
        && Service::is_well_formed_id(id)
    {
        return id.to_owned();
    }
    let words: Vec<String> = crate::search::folded_words(title)
        .into_iter()
        .filter(|w| {
            w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        .take(6)
        .collect();
    if words.is_empty() {
        // A name in another script: an id from the record's own.
        let key = text(record, "id").unwrap_or(title);
        format!("service-{}", &super::uuid("import", key)[..8])
    } else {
        words.join("-")
    }
}

fn categories(
    record: &Value,
    options: &Options,
    notes: &mut Vec<String>,
) -> Result<Vec<String>, ImportError> {
    let mut found: Vec<String> = Vec::new();
    for term in list(record, "attributes").filter_map(|a| a.get("taxonomy_term")) {
        if let Some(code) = text(term, "code")
            && options.known_categories.iter().any(|k| k == code)
            && !found.iter().any(|f| f == code)
        {
            found.push(code.to_owned());
        }
    }
    if !found.is_empty() {
        return Ok(found);
    }
    if options.categories.is_empty() {
        return Err(ImportError::NoCategory);
    }
    notes.push(format!(
        "Category given at import: {}.",
        options.categories.join(", ")
    ));
    Ok(options.categories.clone())
}

/// A canton from a service area's or an address's name.
fn canton_named(name: &str) -> Option<Canton> {
    let name = name.trim();
    let lower = name.to_lowercase();
    let code = match lower.as_str() {
        "ch" | "switzerland" | "suisse" | "schweiz" | "svizzera" => Canton::WHOLE_COUNTRY,
        "genève" | "geneve" | "geneva" | "genf" | "ginevra" | "canton de genève" => "GE",
        "vaud" | "waadt" | "canton de vaud" => "VD",
        _ => name.strip_prefix("Canton ").unwrap_or(name),
    };
    code.parse().ok()
}

fn cantons(
    record: &Value,
    options: &Options,
    notes: &mut Vec<String>,
) -> Result<Vec<Canton>, ImportError> {
    let areas = list(record, "service_areas").filter_map(|a| text(a, "name"));
    let addresses = located(record)
        .flat_map(|(_, location)| list(location, "addresses"))
        .filter(|a| text(a, "country").is_none_or(|c| c == "CH"))
        .filter_map(|a| text(a, "state_province"));
    let mut found: Vec<Canton> = Vec::new();
    for canton in areas.chain(addresses).filter_map(canton_named) {
        if !found.contains(&canton) {
            found.push(canton);
        }
    }
    if found.is_empty() {
        let canton = options.canton.clone().ok_or(ImportError::NoCanton)?;
        notes.push(format!("Canton given at import: {canton}."));
        found.push(canton);
    }
    Ok(found)
}

fn languages(record: &Value) -> Vec<SpokenLanguage> {
    let mut found: Vec<SpokenLanguage> = Vec::new();
    for code in list(record, "languages").filter_map(|l| parsed(text(l, "code"))) {
        if !found.contains(&code) {
            found.push(code);
        }
    }
    found
}

/// The service's own phones; failing those, its locations', then its
/// organization's.
fn phones(record: &Value, lang: Lang) -> Vec<Phone> {
    let own: Vec<&Value> = list(record, "phones").collect();
    let at_locations: Vec<&Value> = located(record)
        .flat_map(|(at, location)| list(at, "phones").chain(list(location, "phones")))
        .collect();
    let organization: Vec<&Value> = record
        .get("organization")
        .map(|o| list(o, "phones").collect())
        .unwrap_or_default();
    let chosen = [own, at_locations, organization]
        .into_iter()
        .find(|phones| !phones.is_empty())
        .unwrap_or_default();
    let mut found: Vec<Phone> = Vec::new();
    for phone in chosen {
        let Some(number) = text(phone, "number").map(|n| n.trim_matches(['"', '\'', ' '])) else {
            continue;
        };
        let kind = match text(phone, "type").unwrap_or("voice") {
            "text" | "sms" => PhoneKind::Text,
            "fax" => PhoneKind::Fax,
            "cell" => PhoneKind::Cell,
            "video" => PhoneKind::Video,
            "textphone" => PhoneKind::Textphone,
            _ => PhoneKind::Voice,
        };
        if number.is_empty() || found.iter().any(|p| p.number() == number && p.kind == kind) {
            continue;
        }
        let extension = match phone.get("extension") {
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            _ => None,
        };
        let description = [
            text(phone, "description").map(str::to_owned),
            extension.map(|e| format!("Extension {e}.")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        found.push(Phone {
            description: with_french(lang, &description),
            source: source_of(phone),
            ..Phone::new(Spanned::new(0..0, number.to_owned()), kind)
        });
    }
    found
}

/// A text in the record's language, and in French until it is translated
/// (as `[text.fr]` is); nothing when it is empty.
fn with_french(lang: Lang, text: &str) -> Localized {
    if text.is_empty() {
        return Localized::new();
    }
    [lang, Lang::REFERENCE]
        .into_iter()
        .map(|l| (l, text.to_owned()))
        .collect()
}

/// Each of the record's service-at-location objects with its location.
fn located(record: &Value) -> impl Iterator<Item = (&Value, &Value)> {
    list(record, "service_at_locations").filter_map(|at| {
        at.get("location")
            .filter(|l| l.is_object())
            .map(|l| (at, l))
    })
}

fn locations(record: &Value, lang: Lang, notes: &mut Vec<String>) -> Vec<Location> {
    let mut found = Vec::new();
    for (at, location) in located(record) {
        let name = text(location, "name").unwrap_or("");
        let addresses: Vec<&Value> = list(location, "addresses").collect();
        let address = addresses
            .iter()
            .find(|a| text(a, "address_type") == Some("physical"))
            .or(addresses.first());
        let Some(address) = address else {
            notes.push(format!("Location `{name}` left out: it has no address."));
            continue;
        };
        let postal_code = text(address, "postal_code").unwrap_or("");
        let swiss = text(address, "country").is_none_or(|c| c == "CH");
        let (Some(street), Some(city), Ok(postal_code), true, false) = (
            text(address, "address_1"),
            text(address, "city"),
            postal_code.parse::<PostalCode>(),
            swiss,
            name.is_empty(),
        ) else {
            notes.push(format!(
                "Location `{name}` left out: the kiosk needs a name and a Swiss address (street, four-digit postal code, town)."
            ));
            continue;
        };
        let street = match text(address, "address_2") {
            Some(more) => format!("{street}, {more}"),
            None => street.to_owned(),
        };
        let schedules: Vec<&Value> = list(location, "schedules")
            .chain(list(at, "schedules"))
            .collect();
        found.push(Location {
            name: Spanned::new(0..0, name.to_owned()),
            address_1: street,
            postal_code,
            city: city.to_owned(),
            source: source_of(location),
            canton: None,
            serves: Vec::new(),
            closed: Vec::new(),
            hours: weekly_hours(name, &schedules, notes),
            notes: with_french(lang, text(location, "description").unwrap_or("")),
        });
    }
    if list(record, "schedules").next().is_some() {
        notes.push(
            "The service's own schedules were left out: the kiosk gives hours for places only."
                .to_owned(),
        );
    }
    found
}

/// `HH:MM` from HSDS's `HH:MM:SS` (with or without a time zone).
fn time_of_day(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(':').collect();
    match parts.as_slice() {
        [h, m, ..] if m.len() >= 2 => Some(format!("{h}:{}", &m[..2])),
        _ => None,
    }
}

fn weekly_hours(place: &str, schedules: &[&Value], notes: &mut Vec<String>) -> Option<WeeklyHours> {
    let mut days: BTreeMap<Weekday, Vec<Slot>> = BTreeMap::new();
    let mut skipped = false;
    let mut narrowed = false;
    for schedule in schedules {
        let weekly = text(schedule, "freq").is_none_or(|f| f.eq_ignore_ascii_case("WEEKLY"));
        let slot = match (text(schedule, "opens_at"), text(schedule, "closes_at")) {
            (Some(opens), Some(closes)) => time_of_day(opens)
                .zip(time_of_day(closes))
                .and_then(|(o, c)| format!("{o}-{c}").parse::<Slot>().ok()),
            _ => None,
        };
        let byday: Option<Vec<Weekday>> = text(schedule, "byday").and_then(|codes| {
            codes
                .split(',')
                .map(|code| Weekday::from_byday(code.trim()))
                .collect()
        });
        let (true, Some(slot), Some(byday)) = (weekly, slot, byday) else {
            skipped = true;
            continue;
        };
        narrowed |= [
            "byweekno",
            "bymonthday",
            "byyearday",
            "until",
            "count",
            "valid_to",
        ]
        .iter()
        .any(|key| {
            text(schedule, key).is_some() || schedule.get(*key).is_some_and(Value::is_number)
        }) || schedule
            .get("interval")
            .and_then(Value::as_u64)
            .is_some_and(|i| i > 1);
        for day in byday {
            days.entry(day).or_default().push(slot);
        }
    }
    if skipped {
        notes.push(format!(
            "Some schedules of `{place}` were left out: the kiosk takes weekly days (byday) with opening and closing times."
        ));
    }
    if narrowed {
        notes.push(format!(
            "The hours of `{place}` have limits the kiosk does not show (weeks, dates, counts): check them."
        ));
    }
    if days.is_empty() {
        return None;
    }
    let mut day = |weekday: Weekday| DaySlots::new(days.remove(&weekday).unwrap_or_default());
    let hours = (|| {
        Ok::<_, crate::hours::HoursError>(WeeklyHours {
            monday: day(Weekday::Monday)?,
            tuesday: day(Weekday::Tuesday)?,
            wednesday: day(Weekday::Wednesday)?,
            thursday: day(Weekday::Thursday)?,
            friday: day(Weekday::Friday)?,
            saturday: day(Weekday::Saturday)?,
            sunday: day(Weekday::Sunday)?,
        })
    })();
    match hours {
        Ok(hours) => Some(hours),
        Err(e) => {
            notes.push(format!("The hours of `{place}` were left out: {e}."));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_lose_their_numbers_and_lines_become_items() {
        assert_eq!(
            items(Some(
                "1. Call us.\n2. Come with your papers.\n\n- Bring a pen."
            )),
            ["Call us.", "Come with your papers.", "Bring a pen."]
        );
        assert_eq!(items(Some("2026: a year.")), ["2026: a year."]);
        assert!(items(None).is_empty());
    }

    #[test]
    fn ids_come_from_guichet_or_from_the_name() {
        let exported = serde_json::json!({"alternate_name": "food-aid"});
        assert_eq!(guichet_id(&exported, "Aide alimentaire"), "food-aid");
        let other = serde_json::json!({"alternate_name": "MyCity Counselling"});
        assert_eq!(
            guichet_id(&other, "Conseil à la Caisse d'épargne"),
            "conseil-a-la-caisse-d-epargne"
        );
        let arabic = serde_json::json!({"id": "x1"});
        assert!(guichet_id(&arabic, "مساعدة").starts_with("service-"));
    }

    #[test]
    fn sources_of_phones_and_addresses_survive_export_and_import() {
        let original: Service = toml::from_str(
            r#"
id = "x"
categories = ["money"]
cantons = ["GE"]
url = "https://example.org"
source = "https://example.org/facts"
reviewed = 2026-11-29
organization = { name = "X" }
[[phones]]
number = "022 000 00 00"
source = "https://example.org/contact"
[[locations]]
name = "Office"
address_1 = "Rue 1"
postal_code = "1204"
city = "Genève"
source = "https://example.org/address"
[text.fr]
status = "complete"
title = "Titre"
summary = "Résumé."
keywords = []
"#,
        )
        .unwrap();
        let record = super::super::service(&original, &[], Lang::Fr);
        let options = Options {
            lang: Lang::Fr,
            known_categories: vec!["money".to_owned()],
            categories: Vec::new(),
            canton: None,
            today: jiff::civil::date(2026, 11, 29),
        };
        let imported = service(&record, &options).unwrap().service;
        let phone_source = imported.phones[0].source.as_ref().map(|s| s.as_str());
        assert_eq!(phone_source, Some("https://example.org/contact"));
        let place_source = imported.locations[0].source.as_ref().map(|s| s.as_str());
        assert_eq!(place_source, Some("https://example.org/address"));
        let again = super::super::service(&imported, &[], Lang::Fr);
        assert_eq!(again["phones"], record["phones"]);
        assert_eq!(
            again["service_at_locations"][0]["location"]["attributes"],
            record["service_at_locations"][0]["location"]["attributes"]
        );
    }

    #[test]
    fn cantons_by_code_or_name() {
        assert_eq!(canton_named("Canton GE").unwrap().as_str(), "GE");
        assert_eq!(canton_named("Genève").unwrap().as_str(), "GE");
        assert_eq!(canton_named("Switzerland").unwrap().as_str(), "CH");
        assert!(canton_named("MyState").is_none());
    }

    #[test]
    fn hsds_times_become_slots() {
        assert_eq!(time_of_day("10:00:00").as_deref(), Some("10:00"));
        assert_eq!(time_of_day("08:30").as_deref(), Some("08:30"));
        assert_eq!(time_of_day("8"), None);
    }
}
