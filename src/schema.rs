//! JSON Schemas of the content files, for editors that check TOML as staff
//! type (VS Code with Even Better TOML, taplo). They are derived with
//! `schemars` from the same serde types the kiosk reads, so they cannot
//! drift from them; `guichet check` stays the judge: the schema catches
//! shapes and names, check catches the rest.
//!
//! The values read through `FromStr` (cantons, addresses, dates, hours…)
//! have their schemas here, beside one another.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::Value;

use crate::content::{
    Canton, CategoriesFile, Closure, CrisisFile, CrisisKind, Date, Email, GlossaryFile, PostalCode,
    Service, SpokenLanguage, Status, WebAddress,
};
use crate::hours::DaySlots;
use crate::lang::Lang;
use crate::place::Commune;

/// `guichet schema`'s arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Which file.
    #[arg(value_enum, default_value_t = Kind::Service)]
    pub kind: Kind,
}

/// The kinds of content file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// `content/services/*.toml`
    Service,
    /// `content/categories.toml`
    Categories,
    /// `content/synonyms.toml`
    Synonyms,
    /// `content/crisis.toml`
    Crisis,
    /// `content/glossary.toml`
    Glossary,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Service,
        Kind::Categories,
        Kind::Synonyms,
        Kind::Crisis,
        Kind::Glossary,
    ];

    /// The name on the command line and of the file in `content/schema/`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Service => "service",
            Kind::Categories => "categories",
            Kind::Synonyms => "synonyms",
            Kind::Crisis => "crisis",
            Kind::Glossary => "glossary",
        }
    }
}

/// The schema of one kind of content file (JSON Schema draft 2020-12).
pub fn schema(kind: Kind) -> Value {
    let generator = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(without_null))
        .into_generator();
    let (title, mut schema) = match kind {
        Kind::Service => (
            "Guichet service",
            generator.into_root_schema_for::<Service>(),
        ),
        Kind::Categories => (
            "Guichet categories",
            generator.into_root_schema_for::<CategoriesFile>(),
        ),
        Kind::Synonyms => (
            "Guichet synonyms",
            generator.into_root_schema_for::<crate::content::Synonyms>(),
        ),
        Kind::Crisis => (
            "Guichet crisis words and helplines",
            generator.into_root_schema_for::<CrisisFile>(),
        ),
        Kind::Glossary => (
            "Guichet glossary",
            generator.into_root_schema_for::<GlossaryFile>(),
        ),
    };
    schema.insert("title".to_owned(), title.into());
    schema.insert(
        "$id".to_owned(),
        format!("https://guichet.invalid/schema/{}.json", kind.name()).into(),
    );
    schema.to_value()
}

/// TOML has no null: an optional field is left out, never `null`, so the
/// `null` schemars adds for an `Option` goes (and a typing mistake in an
/// optional table is then named as such, not as "not valid under any of").
fn without_null(schema: &mut Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            object.insert("type".to_owned(), only);
        }
    }
    if object.get("default") == Some(&Value::Null) {
        object.remove("default");
    }
    let null = Value::from("null");
    if let Some(Value::Array(options)) = object.get_mut("anyOf") {
        options.retain(|option| option.get("type") != Some(&null));
        if let [Value::Object(only)] = options.as_slice() {
            let only = only.clone();
            object.remove("anyOf");
            for (key, value) in only {
                object.entry(key).or_insert(value);
            }
        }
    }
}

/// A schema written inline where a value is used (a string with a shape).
macro_rules! value_schema {
    ($type:ty, $name:literal, $schema:tt) => {
        impl JsonSchema for $type {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

value_schema!(Canton, "Canton", {
    "type": "string",
    "pattern": "^(CH|[A-Z]{2})$",
    "description": "\"CH\" for all of Switzerland, or a canton's code such as \"GE\""
});
value_schema!(WebAddress, "WebAddress", {
    "type": "string",
    "pattern": "^https?://",
    "description": "A web address, in full, starting with https://"
});
value_schema!(Email, "Email", {
    "type": "string",
    "pattern": "^[^@ ]+@[^@ ]+$"
});
value_schema!(PostalCode, "PostalCode", {
    "type": "string",
    "pattern": "^[1-9][0-9]{3}$"
});
value_schema!(SpokenLanguage, "SpokenLanguage", {
    "type": "string",
    "pattern": "^[a-z]{2}$",
    "description": "An ISO 639-1 code, such as \"fr\" or \"ar\""
});
value_schema!(Date, "Date", {
    "type": "string",
    "format": "date",
    "description": "A day, YYYY-MM-DD"
});
value_schema!(Commune, "Commune", {
    "type": "string",
    "minLength": 1,
    "description": "A commune's name, such as \"Lausanne\", or its four-digit postcode"
});
value_schema!(DaySlots, "DaySlots", {
    "type": "array",
    "items": { "type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]$" },
    "description": "Slots such as \"08:30-12:00\""
});
value_schema!(Closure, "Closure", {
    "oneOf": [
        { "type": "string", "format": "date" },
        {
            "type": "object",
            "additionalProperties": false,
            "required": ["from", "to"],
            "properties": {
                "from": { "type": "string", "format": "date" },
                "to": { "type": "string", "format": "date" }
            }
        }
    ],
    "description": "A day, or { from = …, to = … }, the place is closed"
});
value_schema!(Status, "Status", {
    "enum": ["complete", "machine", "needs-review"],
    "description": "complete: checked by a person who reads the language; machine: translated by a program"
});

/// A schema for a type named by its codes (`ALL`, each `code()`): one of them.
macro_rules! codes_schema {
    ($type:ty, $name:literal) => {
        impl JsonSchema for $type {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let codes: Vec<&str> = <$type>::ALL.iter().map(|c| c.code()).collect();
                json_schema!({ "type": "string", "enum": codes })
            }
        }
    };
}

codes_schema!(Lang, "Lang");
codes_schema!(CrisisKind, "CrisisKind");

/// Checks of the schemas themselves; that they accept every shipped file
/// and catch typing mistakes is `tests/schema.rs`.
#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn a_text_table_takes_only_the_ten_languages() {
        let service = schema(Kind::Service);
        let text = &service["$defs"]["Texts"];
        assert_eq!(text["additionalProperties"], Value::Bool(false));
        assert_eq!(text["required"], serde_json::json!(["fr"]));
        let phrases = &schema(Kind::Crisis)["$defs"]["Crisis"]["properties"]["phrases"];
        let languages: BTreeMap<String, Value> =
            serde_json::from_value(phrases["properties"].clone()).unwrap_or_default();
        assert_eq!(languages.len(), Lang::ALL.len(), "{phrases}");
    }
}
