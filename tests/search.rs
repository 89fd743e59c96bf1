//! The search pipeline on the shipped catalogue and on odd input, through
//! the library and through `guichet search`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests and benches stop at the first failure

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use guichet::content::{self, Canton, Field, LoadOptions};
use guichet::lang::Lang;
use guichet::search::{Hit, Request, SearchIndex};

fn index() -> SearchIndex {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let loaded = content::load(&content, &LoadOptions::for_dir(&content)).unwrap();
    SearchIndex::build(loaded.catalogue).unwrap()
}

fn search(index: &SearchIndex, lang: Lang, canton: Option<&str>, text: &str) -> Vec<Hit> {
    let canton: Option<Canton> = canton.map(|c| c.parse().unwrap());
    index.search(&Request {
        text,
        lang,
        canton: canton.as_ref(),
        limit: 10,
    })
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn canton_filter_keeps_switzerland_and_the_kiosk_canton() {
    let index = index();
    let ge = search(&index, Lang::Fr, Some("GE"), "aide sociale logement");
    assert!(!ge.is_empty());
    assert!(ge.iter().all(|h| !h.id.ends_with("-vd")), "{:?}", ids(&ge));
    let vd = search(&index, Lang::Fr, Some("VD"), "aide sociale logement");
    assert!(vd.iter().all(|h| !h.id.ends_with("-ge")), "{:?}", ids(&vd));
    let everywhere = search(&index, Lang::Fr, None, "aide sociale logement");
    assert!(everywhere.iter().any(|h| h.id.ends_with("-ge")));
    assert!(everywhere.iter().any(|h| h.id.ends_with("-vd")));
}

#[test]
fn accents_typos_and_first_letters_find_the_service() {
    let index = index();
    for (text, expected) in [
        ("chomage", "unemployment-benefits"),
        ("chôm", "unemployment-benefits"),
        ("alocations familliales", "family-allowances"),
        ("Arbeitslosigkeit", "unemployment-benefits"),
    ] {
        let hits = search(&index, Lang::Fr, Some("GE"), text);
        assert!(
            ids(&hits[..3.min(hits.len())]).contains(&expected),
            "{text}: {:?}",
            ids(&hits)
        );
    }
}

#[test]
fn another_language_finds_the_service_shown_in_the_screen_language() {
    let index = index();
    let hits = search(&index, Lang::De, Some("VD"), "chômage");
    let first = &hits[0];
    assert_eq!(first.id, "unemployment-benefits");
    assert_eq!(first.lang, Lang::De);
    let german = index
        .catalogue()
        .service(&first.id)
        .unwrap()
        .text(Lang::De)
        .title;
    assert_eq!(first.title, german);
}

#[test]
fn results_say_which_fields_matched() {
    let index = index();
    let hits = search(&index, Lang::Fr, Some("GE"), "subside assurance maladie");
    assert_eq!(hits[0].id, "health-insurance-subsidy-ge");
    assert!(
        hits[0].matched.contains(&Field::Title),
        "{:?}",
        hits[0].matched
    );
    assert!(hits[0].matched.contains(&Field::Keywords));
}

#[test]
fn odd_input_never_breaks_the_search() {
    let index = index();
    let long = "assurance ".repeat(1_000);
    for text in [
        "",
        "   ",
        "!!!???",
        "AND OR NOT ( ) * ~ \" : ^ [ ]",
        "\u{202E}loyer\u{202C}\u{200F}",
        "a\u{0000}b\u{0007}c\td\r\n",
        &long,
        "ẞ ǅ ﬁ ﷺ 𝔸𝕍𝕊",
        "😀😀😀",
    ] {
        let _ = search(&index, Lang::Ar, Some("GE"), text);
    }
    assert!(search(&index, Lang::Fr, Some("GE"), "").is_empty());
    assert!(!search(&index, Lang::Fr, Some("GE"), &long).is_empty());
}

fn guichet() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_guichet"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

#[test]
fn cli_puts_the_subsidy_first_for_a_misspelt_query() {
    let out = guichet()
        .args([
            "search",
            "--lang",
            "fr",
            "--canton",
            "GE",
            "--json",
            "assurence maladi trop chere",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        answer["results"][0]["id"], "health-insurance-subsidy-ge",
        "{answer}"
    );
    assert!(answer["micros"].as_u64().is_some());
}

#[test]
fn cli_batch_answers_every_line_in_order() {
    let input = [
        r#"{"lang":"fr","canton":"GE","query":"chomage"}"#,
        r#"not json"#,
        r#"{"lang":"xx","query":"rent"}"#,
        r#"{"lang":"en","query":"pension"}"#,
        r#"{"lang":"fr","canton":"ZZ","query":"loyer"}"#,
        r#"{"lang":"de","canton":"VD","query":"Krankenkasse zu teuer"}"#,
    ];
    let mut child = guichet()
        .args(["search", "--batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.join("\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), input.len());
    assert_eq!(lines[0]["results"][0]["id"], "unemployment-benefits");
    assert!(lines[1]["error"].is_string());
    assert!(
        lines[2]["error"]
            .as_str()
            .unwrap()
            .contains("unknown language code")
    );
    assert!(
        lines[3]["results"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );
    assert!(
        lines[4]["error"]
            .as_str()
            .unwrap()
            .contains("unknown canton")
    );
    let first_vd = lines[5]["results"][0]["id"].as_str().unwrap();
    assert!(first_vd.starts_with("health-insurance"), "{first_vd}");
    for line in [&lines[0], &lines[3], &lines[5]] {
        assert!(line["micros"].as_u64().is_some());
        let first = &line["results"][0];
        for key in ["id", "title", "lang", "score"] {
            assert!(!first[key].is_null(), "{key} missing in {first}");
        }
    }
}

fn first_ids(hits: &[Hit], n: usize) -> Vec<&str> {
    ids(&hits[..n.min(hits.len())])
}

#[test]
fn one_word_of_an_everyday_phrase_does_not_stand_for_the_phrase() {
    // "perdu mon travail" means unemployment: a service that writes "travail"
    // many times (working conditions) but not "perdu" must not come first;
    // a phrase whose meaning a service has ("trop chère" = subsidy) still
    // finds it though the service never writes "chère".
    let index = index();
    for (lang, text) in [
        (Lang::Fr, "j'ai perdu mon travail"),
        (Lang::Fr, "perdu mon boulot"),
        (Lang::Fr, "j'ai été licencié"),
        (Lang::Fr, "je cherche du travail"),
        (Lang::De, "ich habe meine Arbeit verloren"),
        (Lang::It, "ho perso il lavoro"),
        (Lang::En, "i lost my job"),
    ] {
        for canton in ["GE", "VD"] {
            let hits = search(&index, lang, Some(canton), text);
            assert_eq!(
                hits[0].id,
                "unemployment-benefits",
                "{text} ({canton}): {:?}",
                ids(&hits)
            );
        }
    }
    for (lang, text) in [
        (Lang::Fr, "mon patron ne me paie pas"),
        (Lang::De, "mein Chef zahlt den Lohn nicht"),
        (Lang::En, "my boss doesn't pay my salary"),
    ] {
        let hits = search(&index, lang, Some("GE"), text);
        assert_eq!(hits[0].id, "workers-rights-ge", "{text}: {:?}", ids(&hits));
    }
    let dear = search(&index, Lang::Fr, Some("GE"), "assurance maladie trop chère");
    assert_eq!(
        dear[0].id,
        "health-insurance-subsidy-ge",
        "{:?}",
        ids(&dear)
    );
}

#[test]
fn being_put_out_of_ones_home_finds_the_tenants_association() {
    let index = index();
    for (lang, canton, text) in [
        (Lang::Fr, "GE", "la régie veut me mettre dehors"),
        (Lang::Fr, "VD", "on me met dehors de mon appartement"),
        (Lang::Fr, "GE", "le proprio veut me virer"),
        (Lang::En, "GE", "my landlord wants to kick me out"),
        (Lang::En, "VD", "i am being evicted"),
        (Lang::De, "VD", "der Vermieter will mich rauswerfen"),
        (Lang::Es, "GE", "me quieren echar de casa"),
    ] {
        let hits = search(&index, lang, Some(canton), text);
        let tenants = format!("tenants-rights-{}", canton.to_lowercase());
        assert_eq!(hits[0].id, tenants, "{text}: {:?}", ids(&hits));
    }
}

#[test]
fn french_verb_ai_is_not_the_disability_insurance() {
    let index = index();
    let loyer = search(
        &index,
        Lang::Fr,
        Some("GE"),
        "j'ai besoin d'aide pour mon loyer",
    );
    assert_eq!(loyer[0].id, "housing-allowance-ge", "{:?}", ids(&loyer));
    let papers = search(&index, Lang::Fr, Some("GE"), "je n'ai pas de papiers");
    let papers_first = [
        "residence-permits-ge",
        "healthcare-undocumented-ge",
        "asylum-support-ge",
    ];
    assert!(
        papers_first.contains(&papers[0].id.as_str()),
        "{:?}",
        ids(&papers)
    );
    assert!(!first_ids(&papers, 3).contains(&"ai-disability-insurance"));
    // Typographic apostrophe, no apostrophe at all, and "tu as".
    for text in [
        "j’ai perdu mon travail",
        "jai perdu mon travail",
        "tu as droit au chômage",
    ] {
        let hits = search(&index, Lang::Fr, Some("VD"), text);
        assert_eq!(
            hits[0].id,
            "unemployment-benefits",
            "{text}: {:?}",
            ids(&hits)
        );
    }
}

#[test]
fn the_acronym_still_matches_when_meant() {
    let index = index();
    for (lang, text) in [
        (Lang::Fr, "AI"),
        (Lang::Fr, "ai"),
        (Lang::Fr, "demande AI"),
        (Lang::Fr, "l'AI"),
        (Lang::Fr, "assurance invalidité"),
        (Lang::It, "rendita AI"),
        (Lang::It, "AI"),
        (Lang::Pt, "AI"),
    ] {
        let hits = search(&index, lang, Some("GE"), text);
        assert_eq!(
            hits.first().map(|h| h.id.as_str()),
            Some("ai-disability-insurance"),
            "{lang} {text}: {:?}",
            ids(&hits)
        );
    }
}

#[test]
fn an_acronym_beside_its_words_is_the_acronym() {
    let index = index();
    for text in ["rente ai", "ai rente", "office ai"] {
        let hits = search(&index, Lang::Fr, Some("GE"), text);
        assert!(
            first_ids(&hits, 2).contains(&"ai-disability-insurance"),
            "{text}: {:?}",
            ids(&hits)
        );
    }
}

#[test]
fn function_words_of_each_language_are_not_acronyms() {
    let index = index();
    for (lang, text, expected) in [
        // Italian "ai" (to the), German "Sie", Spanish "el"/"es",
        // Portuguese "as"/"sem", Albanian "ai" (he).
        (Lang::It, "aiuto ai disoccupati", "unemployment-benefits"),
        (
            Lang::De,
            "können Sie mir bei der Miete helfen",
            "housing-allowance-ge",
        ),
        (
            Lang::Es,
            "qué es el subsidio del seguro médico",
            "health-insurance-subsidy-ge",
        ),
        (Lang::Pt, "estou sem trabalho", "unemployment-benefits"),
        (
            Lang::Pt,
            "ajuda para pagar as contas do seguro de saúde",
            "health-insurance-subsidy-ge",
        ),
        (Lang::Sq, "ai ka humbur punën", "unemployment-benefits"),
    ] {
        let hits = search(&index, lang, Some("GE"), text);
        assert!(
            first_ids(&hits, 3).contains(&expected),
            "{lang} {text}: {:?}",
            ids(&hits)
        );
        assert!(
            !first_ids(&hits, 1).contains(&"ai-disability-insurance"),
            "{lang} {text}: {:?}",
            ids(&hits)
        );
    }
}

#[test]
fn a_service_title_typed_in_full_ranks_it_first() {
    let index = index();
    let mut misses = Vec::new();
    for service in &index.catalogue().services {
        let canton = if service.serves(&"GE".parse().unwrap()) {
            "GE"
        } else {
            "VD"
        };
        for lang in Lang::ALL {
            let Some(text) = service.text.get(lang) else {
                continue;
            };
            let title = text.title.get_ref();
            let hits = search(&index, lang, Some(canton), title);
            // A title that speaks of a crisis ("poison… swallowed") brings
            // the emergency lines first, by design; the service named comes
            // right after them, or among them.
            let first = hits
                .iter()
                .find(|h| h.crisis.is_none() || h.id == service.id())
                .map(|h| h.id.as_str());
            if first != Some(service.id()) {
                misses.push(format!("[{lang}] {title:?} → {:?}", first_ids(&hits, 3)));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn an_organisation_or_its_acronym_with_a_town_ranks_its_service_first() {
    let index = index();
    for (canton, text, expected) in [
        ("GE", "hospice général", "social-assistance-ge"),
        ("GE", "hospice general geneve", "social-assistance-ge"),
        ("GE", "la main tendue", "listening-helpline-143"),
        ("VD", "die dargebotene hand", "listening-helpline-143"),
        (
            "GE",
            "pro infirmis genève",
            "disability-support-pro-infirmis",
        ),
        (
            "VD",
            "pro senectute lausanne",
            "elderly-support-pro-senectute",
        ),
        ("GE", "OCPM", "residence-permits-ge"),
        ("GE", "ocpm geneve", "residence-permits-ge"),
        ("VD", "SPOP Vaud", "residence-permits-vd"),
        ("VD", "evam lausanne", "asylum-support-vd"),
        ("VD", "brapa", "child-support-advance-vd"),
        ("GE", "scarpa", "child-support-advance-ge"),
        (
            "VD",
            "centre social régional lausanne",
            "social-assistance-vd",
        ),
    ] {
        let hits = search(&index, Lang::Fr, Some(canton), text);
        assert_eq!(
            hits.first().map(|h| h.id.as_str()),
            Some(expected),
            "{text}: {:?}",
            first_ids(&hits, 3)
        );
    }
}

#[test]
fn a_misspelt_compound_still_finds_the_specific_service() {
    let index = index();
    for (lang, canton, text, expected) in [
        (Lang::De, "GE", "Mietzinsbetrag", "housing-allowance-ge"),
        (
            Lang::De,
            "GE",
            "Arbeitlosenversicherung",
            "unemployment-benefits",
        ),
        (
            Lang::De,
            "GE",
            "Arebitslosenversicherung",
            "unemployment-benefits",
        ),
        (
            Lang::De,
            "GE",
            "Kindebretreuung",
            "family-supplementary-benefits-ge",
        ),
        (Lang::De, "VD", "Notschlaftelle", "emergency-shelter-vd"),
        (
            Lang::De,
            "GE",
            "Alimentenbevorschussng",
            "child-support-advance-ge",
        ),
        (
            Lang::De,
            "GE",
            "Krankenversicherng",
            "health-insurance-subsidy-ge",
        ),
        (Lang::De, "GE", "Sozialabreiter", "social-assistance-ge"),
        (
            Lang::De,
            "GE",
            "Mutterscaftsurlaub",
            "maternity-paternity-allowance",
        ),
        (Lang::De, "GE", "Steureverwaltung", "tax-declaration-help"),
        (
            Lang::De,
            "GE",
            "uAfenthaltsbewilligung",
            "residence-permits-ge",
        ),
        (Lang::It, "GE", "disoccupazoine", "unemployment-benefits"),
        (Lang::It, "GE", "licenzimaento", "unemployment-benefits"),
        (Lang::It, "GE", "pignorametno", "debt-counselling"),
        (Lang::It, "GE", "alfabetizzzione", "integration-office-ge"),
    ] {
        let hits = search(&index, lang, Some(canton), text);
        assert_eq!(
            hits.first().map(|h| h.id.as_str()),
            Some(expected),
            "{text}: {:?}",
            first_ids(&hits, 3)
        );
    }
}
