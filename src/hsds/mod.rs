//! Open Referral HSDS 3.0: the catalogue as HSDS service objects, so other
//! directories can use it.
//!
//! HSDS has one language per record. An export is in one language (`--lang`,
//! French by default): a field the language lacks is written in French, as
//! the kiosk shows it. Translations travel as one export per language; the
//! ids are the same in every one of them, so they line up.
//!
//! Guichet's own id travels as `alternate_name`, its categories as
//! attributes with taxonomy terms of the `guichet` taxonomy, and the source
//! page of each phone number and address as an attribute of that phone or
//! location (term `source`, the page in `value`), so that an import
//! ([`import`]) gives the same files back.

pub mod import;
pub mod tabular;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::content::{Catalogue, Category, Location, PhoneKind, Service};
use crate::hours::Weekday;
use crate::lang::Lang;

/// The namespace of Guichet's HSDS ids: the version 5 UUID of the URL
/// `urn:guichet:hsds` in the standard URL namespace.
pub const NAMESPACE: Uuid = uuid::uuid!("9a1dc175-aa99-51d0-9aeb-d2ed2a35f532");

/// A stable name-based UUID (version 5, RFC 9562) of `kind` and `name` in
/// [`NAMESPACE`], so every export gives the same ids.
pub fn uuid(kind: &str, name: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{name}").as_bytes()).to_string()
}

/// Every service of the catalogue, as HSDS service objects.
pub fn export(catalogue: &Catalogue, lang: Lang) -> Vec<Value> {
    catalogue
        .services
        .iter()
        .map(|s| service(s, &catalogue.categories, lang))
        .collect()
}

/// The taxonomy Guichet's categories are terms of.
pub const CATEGORY_TAXONOMY: &str = "guichet";

fn phone_type(kind: PhoneKind) -> &'static str {
    match kind {
        PhoneKind::Voice => "voice",
        PhoneKind::Text => "text",
        PhoneKind::Fax => "fax",
        PhoneKind::Cell => "cell",
        PhoneKind::Video => "video",
        PhoneKind::Textphone => "textphone",
    }
}

/// One line per item; steps are numbered as on the kiosk.
fn lines(items: &[String], numbered: bool) -> Option<String> {
    if items.is_empty() {
        return None;
    }
    let lines: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            if numbered {
                format!("{}. {item}", i + 1)
            } else {
                item.clone()
            }
        })
        .collect();
    Some(lines.join("\n"))
}

pub fn service(service: &Service, categories: &[Category], lang: Lang) -> Value {
    let id = uuid("service", service.id());
    let shown = service.text(lang);
    let organization_id = uuid("organization", &service.organization.name);
    let canton = service
        .cantons
        .iter()
        .find(|c| !c.is_whole_country())
        .map(|c| c.as_str().to_owned())
        .unwrap_or_default();
    let mut object = json!({
        "id": id,
        "organization_id": organization_id,
        "name": shown.title,
        // Guichet's own id, so an import finds the same file again.
        "alternate_name": service.id(),
        "description": shown.summary,
        "url": service.url.as_str(),
        "status": "active",
        "assured_date": service.reviewed.get_ref().to_string(),
        "organization": {
            "id": organization_id,
            "name": service.organization.name,
            "description": service.organization.name,
        },
        "phones": service.phones.iter().enumerate().map(|(i, phone)| {
            let mut p = json!({
                "id": uuid("phone", &format!("{}/{i}", service.id())),
                "service_id": id,
                "number": phone.number(),
                "type": phone_type(phone.kind),
            });
            if let Some(d) = phone.description.get(&lang).or_else(|| phone.description.get(&Lang::REFERENCE)) {
                p["description"] = json!(d);
            }
            if let Some(source) = &phone.source {
                let key = format!("{}/{i}", service.id());
                p["attributes"] = json!([source_attribute("phone", &key, source.as_str(), lang)]);
            }
            p
        }).collect::<Vec<_>>(),
        "languages": service.languages.iter().map(|code| json!({
            "id": uuid("language", &format!("{}/{}", service.id(), code.as_str())),
            "service_id": id,
            "code": code.as_str(),
        })).collect::<Vec<_>>(),
        "required_documents": shown.documents.iter().enumerate().map(|(i, document)| json!({
            "id": uuid("document", &format!("{}/{i}", service.id())),
            "service_id": id,
            "document": document,
        })).collect::<Vec<_>>(),
        "service_areas": service.cantons.iter().map(|c| json!({
            "id": uuid("area", &format!("{}/{}", service.id(), c.as_str())),
            "service_id": id,
            "name": if c.is_whole_country() { "Switzerland".to_owned() } else { format!("Canton {}", c.as_str()) },
            "extent_type": "other",
        })).collect::<Vec<_>>(),
        "attributes": service.category_ids().map(|category| {
            let label = categories
                .iter()
                .find(|c| c.id() == category)
                .map_or(category, |c| c.label(lang));
            json!({
                "id": uuid("attribute", &format!("{}/{category}", service.id())),
                "link_id": id,
                "link_type": "category",
                "link_entity": "service",
                "taxonomy_term_id": uuid("category", category),
                "taxonomy_term": {
                    "id": uuid("category", category),
                    "code": category,
                    "name": label,
                    "description": label,
                    "taxonomy": CATEGORY_TAXONOMY,
                    "language": lang.code(),
                },
            })
        }).collect::<Vec<_>>(),
        "service_at_locations": service.locations.iter().enumerate().map(|(i, location)| {
            let key = format!("{}/{i}", service.id());
            json!({
                "id": uuid("service_at_location", &key),
                "service_id": id,
                "location_id": uuid("location", &key),
                "location": location_object(location, &key, &canton, lang),
            })
        }).collect::<Vec<_>>(),
    });
    if let Some(email) = &service.email {
        object["email"] = json!(email.as_str());
    }
    if let Some(website) = &service.organization.url {
        object["organization"]["website"] = json!(website.as_str());
    }
    if let Some(text) = lines(shown.how_to_apply, true) {
        object["application_process"] = json!(text);
    }
    if let Some(text) = lines(shown.eligibility, false) {
        object["eligibility_description"] = json!(text);
    }
    if let Some(fees) = shown.fees {
        object["fees_description"] = json!(fees);
    }
    object
}

fn location_object(location: &Location, key: &str, canton: &str, lang: Lang) -> Value {
    let id = uuid("location", key);
    let mut schedules = Vec::new();
    if let Some(hours) = &location.hours {
        for day in Weekday::ALL {
            for (n, slot) in hours.day(day).iter().enumerate() {
                schedules.push(json!({
                    "id": uuid("schedule", &format!("{key}/{}/{n}", day.byday())),
                    "location_id": id,
                    "freq": "WEEKLY",
                    "byday": day.byday(),
                    "opens_at": slot.opens.to_string(),
                    "closes_at": slot.closes.to_string(),
                    "notes": "Europe/Zurich local time",
                }));
            }
        }
    }
    let mut object = json!({
        "id": id,
        "location_type": "physical",
        "name": location.name(),
        "addresses": [{
            "id": uuid("address", key),
            "location_id": id,
            "address_1": location.address_1,
            "city": location.city,
            "state_province": canton,
            "postal_code": location.postal_code.as_str(),
            "country": "CH",
            "address_type": "physical",
        }],
        "schedules": schedules,
    });
    if let Some(note) = location
        .notes
        .get(&lang)
        .or_else(|| location.notes.get(&Lang::REFERENCE))
    {
        object["description"] = json!(note);
    }
    if let Some(source) = &location.source {
        object["attributes"] = json!([source_attribute("location", key, source.as_str(), lang)]);
    }
    object
}

/// The taxonomy term code of the attribute that carries a fact's source.
pub const SOURCE_TERM: &str = "source";

/// The official page a phone number or an address was found on, as an
/// attribute of the phone or location (`link_type` "source", `value` the page).
fn source_attribute(entity: &str, key: &str, page: &str, lang: Lang) -> Value {
    let link_id = uuid(entity, key);
    json!({
        "id": uuid("attribute", &format!("{entity}/{key}/source")),
        "link_id": link_id,
        "link_type": SOURCE_TERM,
        "link_entity": entity,
        "value": page,
        "taxonomy_term_id": uuid("fact", SOURCE_TERM),
        "taxonomy_term": {
            "id": uuid("fact", SOURCE_TERM),
            "code": SOURCE_TERM,
            "name": "Source",
            "description": "The official page where this phone number or address is written",
            "taxonomy": CATEGORY_TAXONOMY,
            "language": lang.code(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_uuids() {
        let a = uuid("service", "food-aid");
        assert_eq!(a, uuid("service", "food-aid"));
        assert_ne!(a, uuid("service", "food-aid-2"));
        assert_ne!(a, uuid("location", "food-aid"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "5");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"));
        // As Python's uuid.uuid5 computes them: the standard algorithm.
        assert_eq!(a, "58f72119-0596-587b-95b0-b4e2278e8880");
        assert_eq!(
            NAMESPACE,
            Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:guichet:hsds")
        );
    }
}
