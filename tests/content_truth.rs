//! The catalogue's facts can be traced: every phone number and address names
//! the official page it was found on, and one organisation does not give
//! visitors two different numbers without saying which is for what.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first failure

use std::collections::BTreeMap;
use std::path::Path;

use guichet::content::{self, LoadOptions, Service, dialled as digits};

fn shipped() -> Vec<Service> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let loaded = content::load(&dir, &LoadOptions::for_dir(&dir)).unwrap();
    assert_eq!(loaded.errors(), 0, "{:#?}", loaded.diagnostics);
    loaded.catalogue.services
}

#[test]
fn every_phone_and_address_names_its_source() {
    let mut missing = Vec::new();
    for service in shipped() {
        for phone in service.phones.iter().filter(|p| p.source.is_none()) {
            missing.push(format!("{}: phone {}", service.id(), phone.number()));
        }
        for place in service.locations.iter().filter(|l| l.source.is_none()) {
            missing.push(format!("{}: address {}", service.id(), place.name()));
        }
    }
    assert!(
        missing.is_empty(),
        "without a source:\n{}",
        missing.join("\n")
    );
}

/// One phone as the clash check sees it: organisation, service, number,
/// and whether a description says what the number is for.
type Line = (String, String, String, bool);

/// Numbers of one organisation that differ from what its other services give,
/// with no description to tell a visitor which to call.
fn clashes(lines: &[Line]) -> Vec<String> {
    let mut by_org: BTreeMap<&str, Vec<&Line>> = BTreeMap::new();
    for line in lines {
        by_org.entry(line.0.as_str()).or_default().push(line);
    }
    let mut found = Vec::new();
    for (org, phones) in by_org {
        for (_, service, number, noted) in phones.iter().copied() {
            let others: Vec<&String> = phones
                .iter()
                .filter(|l| &l.1 != service)
                .map(|l| &l.2)
                .collect();
            if !others.is_empty() && !others.contains(&number) && !noted {
                found.push(format!(
                    "{org}: {service} gives {number} with no description"
                ));
            }
        }
    }
    found
}

#[test]
fn one_organisation_gives_one_number_unless_a_note_says_which() {
    let mut lines = Vec::new();
    for service in shipped() {
        let org = service.organization.name.trim().to_lowercase();
        for phone in &service.phones {
            lines.push((
                org.clone(),
                service.id().to_owned(),
                digits(phone.number()),
                !phone.description.is_empty(),
            ));
        }
    }
    let found = clashes(&lines);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_clash_check_finds_two_bare_numbers_of_one_organisation() {
    let line = |service: &str, number: &str, noted: bool| {
        ("sam".to_owned(), service.to_owned(), digits(number), noted)
    };
    let same = [
        line("a", "022 546 19 00", false),
        line("b", "+41 22 546 19 00", false),
    ];
    assert!(clashes(&same).is_empty());
    let bare = [
        line("a", "022 546 19 00", false),
        line("b", "022 546 19 10", false),
    ];
    assert_eq!(clashes(&bare).len(), 2);
    let noted = [
        line("a", "022 546 19 00", true),
        line("b", "022 546 19 10", true),
    ];
    assert!(clashes(&noted).is_empty());
}
