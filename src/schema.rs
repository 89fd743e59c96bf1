//! JSON Schemas of the content files, for editors that check TOML as staff
//! type (VS Code with Even Better TOML, taplo). `guichet check` stays the
//! judge: the schema catches shapes and names, check catches the rest.

use serde_json::{Value, json};

use crate::lang::Lang;

/// The kinds of content file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// `content/services/*.toml`
    Service,
    /// `content/categories.toml`
    Categories,
    /// `content/synonyms.toml`
    Synonyms,
}

fn string(description: &str) -> Value {
    json!({ "type": "string", "minLength": 1, "description": description })
}

fn strings(description: &str) -> Value {
    json!({ "type": "array", "items": { "type": "string", "minLength": 1 }, "description": description })
}

/// A table with a text for some of the ten languages.
fn localized(description: &str) -> Value {
    let properties: serde_json::Map<String, Value> = Lang::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_owned(),
                json!({ "type": "string", "minLength": 1 }),
            )
        })
        .collect();
    json!({
        "type": "object",
        "description": description,
        "properties": properties,
        "additionalProperties": false,
    })
}

fn text() -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["status", "title", "summary", "keywords"],
        "properties": {
            "status": { "enum": ["complete", "machine", "needs-review"], "description": "complete: checked by a person who reads the language; machine: translated by a program" },
            "title": string("What the service is, in a few everyday words."),
            "summary": string("Up to 3 short sentences."),
            "eligibility": strings("Who can get it: one line each."),
            "how_to_apply": strings("The steps, in order."),
            "documents": strings("What to bring."),
            "fees": string("What it costs."),
            "keywords": strings("Words visitors might type."),
        }
    })
}

/// A canton's two-letter code (not "CH").
fn canton(description: &str) -> Value {
    json!({ "type": "string", "pattern": "^[A-Z]{2}$", "not": { "const": "CH" }, "description": description })
}

/// A day, or a range of days, a place is closed.
fn closure() -> Value {
    let day = json!({ "type": "string", "format": "date" });
    json!({
        "oneOf": [
            day,
            {
                "type": "object",
                "additionalProperties": false,
                "required": ["from", "to"],
                "properties": { "from": day, "to": day },
            }
        ]
    })
}

fn hours() -> Value {
    let slot = json!({
        "type": "array",
        "items": { "type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]$" },
        "description": "Slots such as \"08:30-12:00\"",
    });
    let days: serde_json::Map<String, Value> = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .map(|d| ((*d).to_owned(), slot.clone()))
    .collect();
    json!({ "type": "object", "properties": days, "additionalProperties": false })
}

/// `[screener]`: the questionnaire's conditions (see content/README.md).
fn screener() -> Value {
    let mut text = localized("The condition in plain words, read both as a reason for and against");
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    if let Some(table) = text.as_object_mut() {
        table.insert("required".to_owned(), json!(codes));
    }
    let answer = json!({ "enum": crate::screener::Key::names(), "description": "The answer the condition looks at" });
    let value = json!({ "type": ["string", "boolean"] });
    let is = json!({ "anyOf": [value, { "type": "array", "minItems": 1, "items": value }], "description": "One value, or a list: the condition holds when the answer is one of them" });
    let at_least = json!({ "type": "integer", "minimum": 0, "description": "This number or more" });
    let below = json!({ "type": "integer", "minimum": 1, "description": "Less than this number" });
    let maybe = json!({ "const": "maybe", "description": "When this holds, the answer is at best \"maybe\"" });
    let day = json!({ "type": "string", "format": "date" });
    let part = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["answer"],
        "properties": { "answer": answer, "is": is, "at_least": at_least, "below": below, "at_best": maybe },
    });
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["source", "reviewed", "condition"],
        "description": "When the questionnaire suggests this service; put it at the end of the file",
        "properties": {
            "source": { "type": "string", "pattern": "^https?://", "description": "The official page the conditions come from" },
            "reviewed": { "type": "string", "format": "date", "description": "When staff last checked the conditions (YYYY-MM-DD)" },
            "at_best": maybe,
            "condition": { "type": "array", "minItems": 1, "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["text"],
                "properties": {
                    "answer": answer,
                    "is": is,
                    "at_least": at_least,
                    "below": below,
                    "any": { "type": "array", "minItems": 2, "items": part, "description": "One of these is enough" },
                    "applies_from": day,
                    "applies_until": day,
                    "at_best": maybe,
                    "text": text,
                }
            }},
        }
    })
}

pub fn schema(kind: Kind) -> Value {
    let body = match kind {
        Kind::Service => {
            let texts: serde_json::Map<String, Value> = Lang::ALL
                .iter()
                .map(|l| (l.code().to_owned(), text()))
                .collect();
            json!({
                "title": "Guichet service",
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "categories", "cantons", "url", "source", "reviewed", "organization", "text"],
                "properties": {
                    "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "The file's name without .toml" },
                    "categories": strings("Ids from categories.toml."),
                    "cantons": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(CH|[A-Z]{2})$" }, "description": "\"CH\" for all of Switzerland, or canton codes such as \"GE\"" },
                    "url": { "type": "string", "pattern": "^https?://", "description": "The official page visitors take away (QR code)" },
                    "email": { "type": "string", "pattern": "^[^@ ]+@[^@ ]+$" },
                    "source": { "type": "string", "pattern": "^https?://", "description": "The official page these facts come from" },
                    "reviewed": { "type": "string", "format": "date", "description": "When staff last checked the facts (YYYY-MM-DD)" },
                    "languages": strings("Languages spoken at the service: ISO 639-1 codes."),
                    "organization": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["name"],
                        "properties": { "name": string("The institution"), "url": { "type": "string", "pattern": "^https?://" } }
                    },
                    "phones": { "type": "array", "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["number"],
                        "properties": {
                            "number": string("As dialled in Switzerland: +41 22 … or 022 …"),
                            "type": { "enum": ["voice", "text", "fax", "cell", "video", "textphone"] },
                            "source": { "type": "string", "pattern": "^https?://", "description": "The official page where this number is written" },
                            "canton": canton("Only for a national service's cantonal line: kiosks of other cantons leave it out"),
                            "description": localized("When to call, in each language"),
                            "hours": hours(),
                        }
                    }},
                    "locations": { "type": "array", "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["name", "address_1", "postal_code", "city"],
                        "properties": {
                            "name": string("The place"),
                            "address_1": string("Street and number"),
                            "postal_code": { "type": "string", "pattern": "^[0-9]{4}$" },
                            "city": string("Town"),
                            "source": { "type": "string", "pattern": "^https?://", "description": "The official page where this address is written" },
                            "canton": canton("Only for a national service's office in one canton: kiosks of other cantons leave it out"),
                            "serves": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Communes (or four-digit postcodes) this office serves; leave out when it serves everyone" },
                            "closed": { "type": "array", "items": closure(), "description": "Exceptional closures; public holidays are known to the kiosk" },
                            "hours": hours(),
                            "notes": localized("Remarks: appointments only…"),
                        }
                    }},
                    "text": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["fr"],
                        "properties": texts,
                    },
                    "screener": screener(),
                }
            })
        }
        Kind::Categories => json!({
            "title": "Guichet categories",
            "type": "object",
            "additionalProperties": false,
            "required": ["category"],
            "properties": { "category": { "type": "array", "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "icon", "label"],
                "properties": {
                    "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
                    "icon": { "type": "string", "pattern": "\\.svg$", "description": "A file in assets/icons/" },
                    "label": localized("The tile's words in each language"),
                }
            }}}
        }),
        Kind::Synonyms => {
            let tables: serde_json::Map<String, Value> = Lang::ALL
                .iter()
                .map(|l| {
                    (
                        l.code().to_owned(),
                        json!({ "type": "object", "additionalProperties": strings("Words the key leads to") }),
                    )
                })
                .collect();
            json!({
                "title": "Guichet synonyms",
                "type": "object",
                "additionalProperties": false,
                "properties": tables,
            })
        }
    };
    let mut schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("https://guichet.invalid/schema/{}.json", format!("{kind:?}").to_lowercase()),
    });
    if let (Some(target), Value::Object(body)) = (schema.as_object_mut(), body) {
        target.extend(body);
    }
    schema
}
