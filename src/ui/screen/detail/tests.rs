//! The detail page as read aloud: its reading is the page's own.

use super::*;
use crate::content::Catalogue;

fn strings() -> Strings {
    Strings::embedded().0
}

fn catalogue(extra: &str) -> Catalogue {
    let service: Service = toml::from_str(&format!(
        r#"
id = "x"
categories = ["money"]
cantons = ["VD"]
url = "https://example.org/aide"
source = "https://example.org"
reviewed = 2026-11-29
email = "aide@example.org"
organization = {{ name = "X" }}
{extra}
[text.fr]
status = "complete"
title = "Titre"
summary = "Résumé."
eligibility = ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"]
how_to_apply = ["Appeler", "Venir"]
keywords = []
"#
    ))
    .unwrap();
    Catalogue {
        services: vec![service],
        ..Catalogue::default()
    }
}

fn spoken(
    catalogue: &Catalogue,
    detail: &Detail,
    lang: Lang,
    here: Option<&Here>,
    now: Option<Moment>,
) -> Vec<String> {
    let strings = strings();
    let facts = Facts {
        strings: &strings,
        lang,
        catalogue,
        here,
        now,
    };
    detail
        .page(&facts)
        .spoken()
        .into_iter()
        .map(|u| u.text)
        .collect()
}

fn detail(catalogue: &Catalogue) -> Detail {
    Detail::new(&catalogue.services[0], false)
}

#[test]
fn six_conditions_then_more_conditions_as_on_screen() {
    let catalogue = catalogue("");
    let mut detail = detail(&catalogue);
    let short = spoken(&catalogue, &detail, Lang::Fr, None, None);
    assert!(
        short.contains(&"c6".into()) && !short.contains(&"c7".into()),
        "{short:?}"
    );
    assert!(short.contains(&"Autres conditions (2)".into()), "{short:?}");
    let _ = detail.update(Message::MoreConditions);
    let long = spoken(&catalogue, &detail, Lang::Fr, None, None);
    assert!(long.contains(&"c8".into()), "{long:?}");
    assert!(!long.iter().any(|u| u.starts_with("Autres conditions")));
}

#[test]
fn steps_email_web_address_and_buttons_are_said_in_order() {
    let catalogue = catalogue("");
    let mut detail = Detail::new(&catalogue.services[0], true);
    detail.set_printing(Printing::Failed);
    let said = spoken(&catalogue, &detail, Lang::En, None, None);
    let at = |text: &str| {
        said.iter()
            .position(|u| u.starts_with(text))
            .unwrap_or_else(|| panic!("{text} not in {said:?}"))
    };
    assert_eq!(at("Back"), 0);
    assert_eq!(at("Print this page"), 1);
    assert_eq!(at("The printer is not working"), 2);
    assert_eq!(at("Step 1:") + 1, at("Appeler"));
    assert!(at("Email: aide@example.org") < at("Website: example.org/aide"));
    assert!(at("Website") < at("Scan with your phone"));
    // Shown in French: the notice is said, and the French text by the French voice.
    assert_eq!(at("Titre") + 1, at("This text is not in your language yet"));
}

#[test]
fn the_office_for_the_kiosk_commune_is_said_first_and_open_now_is_said() {
    let catalogue = catalogue(
        r#"
[[phones]]
number = "021 000 00 00"
description = { fr = "Accueil" }
[phones.hours]
tuesday = ["08:00-12:00"]
[[locations]]
name = "Bureau Nord"
address_1 = "Rue 1"
postal_code = "1400"
city = "Yverdon-les-Bains"
serves = ["Yverdon-les-Bains"]
[[locations]]
name = "Bureau Lausanne"
address_1 = "Rue 2"
postal_code = "1004"
city = "Lausanne"
serves = ["Lausanne"]
notes = { fr = "Sans rendez-vous le matin." }
[locations.hours]
tuesday = ["08:00-12:00"]
"#,
    );
    let here = Here {
        canton: "VD".parse().unwrap(),
        commune: Some("Lausanne".parse().unwrap()),
    };
    // Tuesday 1 December 2026.
    let now = Moment {
        date: jiff::civil::date(2026, 12, 1),
        time: "09:00".parse().unwrap(),
    };
    let said = spoken(
        &catalogue,
        &detail(&catalogue),
        Lang::En,
        Some(&here),
        Some(now),
    );
    let at = |text: &str| said.iter().position(|u| u.starts_with(text));
    let for_lausanne = at("For Lausanne:").unwrap();
    assert_eq!(
        at("Bureau Lausanne, Rue 2, 1004 Lausanne"),
        Some(for_lausanne + 1),
        "{said:?}"
    );
    assert!(at("Bureau Lausanne") < at("Bureau Nord"));
    assert!(
        said.contains(&"Open now · Closes at 12:00".into()),
        "{said:?}"
    );
    assert!(
        at("Sans rendez-vous le matin.") < at("Bureau Nord"),
        "{said:?}"
    );
    assert!(
        said.contains(&"The line answers now · Until 12:00".into()),
        "{said:?}"
    );
    assert!(said.contains(&"Phone: 021, 000, 00, 00".into()), "{said:?}");
    assert!(said.contains(&"Accueil".into()), "{said:?}");
    assert!(said.contains(&"Tuesday, 8 to 12".into()), "{said:?}");
}

#[test]
fn focus_order_is_the_buttons_of_the_page_in_order() {
    let catalogue = catalogue("");
    let strings = strings();
    let facts = Facts {
        strings: &strings,
        lang: Lang::Fr,
        catalogue: &catalogue,
        here: None,
        now: None,
    };
    let page = Detail::new(&catalogue.services[0], true).page(&facts);
    assert_eq!(
        page.targets(),
        [Target::Back, Target::Print, Target::MoreConditions]
    );
}
