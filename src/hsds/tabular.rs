//! HSDS's tabular form: a folder of CSV files (`services.csv`,
//! `organizations.csv`, `phones.csv`…) joined by their `*_id` columns into
//! the same nested service objects as HSDS's JSON, so one import reads both.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

type Row = Map<String, Value>;

/// A tabular package that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum TabularError {
    #[error(
        "{} has no services.csv — give an HSDS tabular package (a folder of CSV files) or an HSDS JSON file",
        .0.display()
    )]
    NoServices(PathBuf),
    #[error("{}{}: {source}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Csv {
        path: PathBuf,
        /// The line of a bad record; none when the file cannot be opened.
        line: Option<u64>,
        source: csv::Error,
    },
}

/// One CSV file's rows, empty cells left out. A missing file is an empty
/// table: only `services.csv` is required.
fn table(dir: &Path, name: &str) -> Result<Vec<Row>, TabularError> {
    let path = dir.join(format!("{name}.csv"));
    if !path.exists() {
        return Ok(Vec::new());
    }
    let error = |line: Option<u64>| {
        let path = path.clone();
        move |source| TabularError::Csv { path, line, source }
    };
    let mut reader = csv::Reader::from_path(&path).map_err(error(None))?;
    let headers = reader.headers().map_err(error(None))?.clone();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, csv::Position::line);
            error(Some(line))(e)
        })?;
        let row: Row = headers
            .iter()
            .zip(record.iter())
            .filter(|(_, cell)| !cell.trim().is_empty())
            .map(|(header, cell)| (header.trim().to_owned(), Value::from(cell)))
            .collect();
        rows.push(row);
    }
    Ok(rows)
}

/// Rows grouped by the value of their `key` column.
fn by(rows: &[Row], key: &str) -> BTreeMap<String, Vec<Value>> {
    let mut groups: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for row in rows {
        if let Some(Value::String(id)) = row.get(key) {
            groups
                .entry(id.clone())
                .or_default()
                .push(Value::Object(row.clone()));
        }
    }
    groups
}

fn rows_for(groups: &BTreeMap<String, Vec<Value>>, id: Option<&Value>) -> Value {
    let found = id
        .and_then(Value::as_str)
        .and_then(|id| groups.get(id))
        .cloned()
        .unwrap_or_default();
    Value::Array(found)
}

fn first_for(groups: &BTreeMap<String, Vec<Value>>, id: Option<&Value>) -> Option<Value> {
    id.and_then(Value::as_str)
        .and_then(|id| groups.get(id))
        .and_then(|rows| rows.first())
        .cloned()
}

/// The service objects of a tabular HSDS package.
pub fn read(dir: &Path) -> Result<Vec<Value>, TabularError> {
    if !dir.join("services.csv").exists() {
        return Err(TabularError::NoServices(dir.to_owned()));
    }
    let services = table(dir, "services")?;
    let organizations = by(&table(dir, "organizations")?, "id");
    let phones = table(dir, "phones")?;
    let phones_of_service = by(&phones, "service_id");
    let phones_of_location = by(&phones, "location_id");
    let languages = by(&table(dir, "languages")?, "service_id");
    let documents = by(&table(dir, "required_documents")?, "service_id");
    let areas = by(&table(dir, "service_areas")?, "service_id");
    let terms = by(&table(dir, "taxonomy_terms")?, "id");
    let attributes = by(&table(dir, "attributes")?, "link_id");
    let at_locations = by(&table(dir, "service_at_location")?, "service_id");
    let locations = by(&table(dir, "locations")?, "id");
    let addresses = by(&table(dir, "addresses")?, "location_id");
    let schedules = table(dir, "schedules")?;
    let schedules_of_location = by(&schedules, "location_id");
    let schedules_of_service = by(&schedules, "service_id");

    let mut found = Vec::new();
    for mut service in services {
        let id = service.get("id").cloned();
        let id = id.as_ref();
        if let Some(organization) = first_for(&organizations, service.get("organization_id")) {
            service.insert("organization".into(), organization);
        }
        service.insert("phones".into(), rows_for(&phones_of_service, id));
        service.insert("languages".into(), rows_for(&languages, id));
        service.insert("required_documents".into(), rows_for(&documents, id));
        service.insert("service_areas".into(), rows_for(&areas, id));
        let mut links = rows_for(&attributes, id);
        for attribute in links.as_array_mut().into_iter().flatten() {
            if let Some(term) = first_for(&terms, attribute.get("taxonomy_term_id")) {
                attribute["taxonomy_term"] = term;
            }
        }
        service.insert("attributes".into(), links);
        let mut places = rows_for(&at_locations, id);
        for at in places.as_array_mut().into_iter().flatten() {
            let location_id = at.get("location_id").cloned();
            if let Some(mut location) = first_for(&locations, location_id.as_ref()) {
                location["addresses"] = rows_for(&addresses, location_id.as_ref());
                location["schedules"] = rows_for(&schedules_of_location, location_id.as_ref());
                location["phones"] = rows_for(&phones_of_location, location_id.as_ref());
                at["location"] = location;
            }
        }
        service.insert("service_at_locations".into(), places);
        // Schedules tied to the service alone, not to one of its places.
        let own: Vec<Value> = rows_for(&schedules_of_service, id)
            .as_array()
            .into_iter()
            .flatten()
            .filter(|s| s.get("location_id").is_none())
            .cloned()
            .collect();
        service.insert("schedules".into(), Value::Array(own));
        found.push(Value::Object(service));
    }
    Ok(found)
}
