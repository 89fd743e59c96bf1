//! The questionnaire: households written from the official rules (not from
//! the rules' own output), every rule seen saying likely and probably not,
//! `guichet screen`, and `guichet check` on broken `[screener]` tables.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests stop at the first failure

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use guichet::content::{self, Catalogue, LoadOptions};
use guichet::screener::{self, Answers, Verdict};

/// Rules are judged as of the day they were reviewed.
fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 29)
}

fn catalogue() -> Catalogue {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let options = LoadOptions {
        today: today(),
        ..LoadOptions::for_dir(&dir)
    };
    let loaded = content::load(&dir, &options).unwrap();
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    loaded.catalogue
}

/// What a household must get for a service.
#[derive(Debug, Clone, Copy)]
enum Want {
    Likely,
    Maybe,
    /// Likely or maybe: worth asking, whatever the rules leave open.
    Suggested,
    /// Maybe or probably not.
    NotLikely,
    Unlikely,
    /// The visitor receives it already: not judged, not shown.
    SetAside,
}

struct Household {
    who: &'static str,
    answers: &'static str,
    want: &'static [(&'static str, Want)],
}

use Want::*;

const SA_GE: &str = "social-assistance-ge";
const SA_VD: &str = "social-assistance-vd";
const SUB_GE: &str = "health-insurance-subsidy-ge";
const SUB_VD: &str = "health-insurance-subsidy-vd";
const HOUSING_GE: &str = "housing-allowance-ge";
const HOUSING_VD: &str = "housing-allowance-vd";
const PC: &str = "supplementary-benefits-avs-ai";
const AVS: &str = "avs-old-age-pension";
const AI: &str = "ai-disability-insurance";
const FAMILY: &str = "family-allowances";
const UNEMPLOYMENT: &str = "unemployment-benefits";
const PCFAM_GE: &str = "family-supplementary-benefits-ge";
const PCFAM_VD: &str = "family-supplementary-benefits-vd";
const SCARPA: &str = "child-support-advance-ge";
const BRAPA: &str = "child-support-advance-vd";
const GRANT_GE: &str = "study-grants-ge";
const GRANT_VD: &str = "study-grants-vd";
const MATERNITY: &str = "maternity-paternity-allowance";
const SHELTER_GE: &str = "emergency-shelter-ge";
const SHELTER_VD: &str = "emergency-shelter-vd";
const CARE_GE: &str = "healthcare-undocumented-ge";
const CARE_VD: &str = "healthcare-undocumented-vd";
const ASYLUM_GE: &str = "asylum-support-ge";
const ASYLUM_VD: &str = "asylum-support-vd";
const CSIR: &str = "refugee-support-vd";
const LAMAL: &str = "health-insurance-basics";
const LAVI: &str = "victim-support-lavi";
const DV_GE: &str = "domestic-violence-ge";
const DV_VD: &str = "domestic-violence-vd";
const YOUTH: &str = "youth-helpline-147";
const DEBT: &str = "debt-counselling";
const INFIRMIS: &str = "disability-support-pro-infirmis";
const SENECTUTE: &str = "elderly-support-pro-senectute";
const CULTURE: &str = "culture-leisure-discount";
const FOOD: &str = "food-aid";
const TENANTS_GE: &str = "tenants-rights-ge";
const TENANTS_VD: &str = "tenants-rights-vd";
const WORKERS_GE: &str = "workers-rights-ge";
const WORKERS_VD: &str = "workers-rights-vd";
const MIGRANT_GE: &str = "migrant-advice-ge";
const MIGRANT_VD: &str = "migrant-advice-vd";
const SCHOOL_GE: &str = "school-enrolment-ge";
const SCHOOL_VD: &str = "school-enrolment-vd";
const CHILD_GE: &str = "child-protection-ge";
const CHILD_VD: &str = "child-protection-vd";
const INTEGRATION_GE: &str = "integration-office-ge";
const INTEGRATION_VD: &str = "integration-office-vd";
const PERMITS_GE: &str = "residence-permits-ge";
const PERMITS_VD: &str = "residence-permits-vd";

/// Each expectation comes from the official page cited in the service's
/// `[screener]` source (and in the comments here), read for these people.
const HOUSEHOLDS: &[Household] = &[
    Household {
        // LAFam: employees get allowances for children; GE SAM: modest incomes get a subsidy.
        who: "Geneva, employed parent of two, money tight, permit B for 6 years",
        answers: r#"{"canton":"GE","age":40,"household":"alone","children":2,"children_in_education":0,
            "housing":"tenant","work":"employed","money_enough":"tight","residence":"B","years_in_canton":6,
            "health_insurance":true,"health_stops_work":false,"violence":false,"debts":false}"#,
        want: &[
            (FAMILY, Likely),
            (SUB_GE, Likely),
            (HOUSING_GE, Maybe), // the flat must be HBM/HLM or approved: not asked
            (SA_GE, NotLikely),  // money covers the basics, if only just
            (UNEMPLOYMENT, NotLikely), // only if partly without work
            (AVS, Unlikely),
            (AI, Unlikely),
            (PC, Unlikely),
            (SA_VD, Unlikely),
            (SUB_VD, Unlikely),
        ],
    },
    Household {
        // AVS at 65; PC for AVS pensioners whose income does not cover needs; OVAM subsidy.
        who: "Vaud, Swiss, 70, money not enough",
        answers: r#"{"canton":"VD","age":70,"household":"alone","children":0,"children_in_education":0,
            "housing":"tenant","work":"retired","money_enough":"no","residence":"swiss","health_insurance":true,
            "health_stops_work":false}"#,
        want: &[
            (AVS, Likely),
            (PC, Likely),
            (SUB_VD, Likely),
            (AI, Unlikely),           // the AI pension ends at AVS age
            (UNEMPLOYMENT, Unlikely), // not before AVS age
            (FAMILY, Unlikely),
            (SA_GE, Unlikely),
        ],
    },
    Household {
        // Unemployment: without work, domiciled with permit C, able to work; Hospice: adult, GE, permit.
        who: "Geneva, 30, lost work, permit C, money not enough",
        answers: r#"{"canton":"GE","age":30,"household":"alone","children":0,"children_in_education":0,
            "housing":"tenant","work":"unemployed","money_enough":"no","residence":"C","years_in_canton":5,
            "health_insurance":true,"health_stops_work":false}"#,
        want: &[
            (UNEMPLOYMENT, Likely),
            (SA_GE, Likely),
            (SUB_GE, Suggested),
            (FAMILY, Unlikely),
            (AVS, Unlikely),
            (AI, Unlikely),
        ],
    },
    Household {
        // ge.ch/node/2484: 4 continuous years in Geneva during the last 8.
        who: "Geneva tenant for 3 years only",
        answers: r#"{"canton":"GE","age":50,"housing":"tenant","work":"employed","money_enough":"tight",
            "residence":"B","years_in_canton":3,"health_insurance":true}"#,
        want: &[(HOUSING_GE, Unlikely), (SUB_GE, Likely)],
    },
    Household {
        // AI: health stops work for long; unemployment needs fitness for placement.
        who: "Vaud, 45, health stops work, permit C for 12 years, money not enough",
        answers: r#"{"canton":"VD","age":45,"household":"couple","children":1,"housing":"tenant",
            "work":"unable-to-work","money_enough":"no","residence":"C","years_in_canton":12,
            "health_insurance":true,"health_stops_work":true}"#,
        want: &[
            (AI, Likely),
            (PC, Maybe), // an AI pension is not granted yet
            (UNEMPLOYMENT, Unlikely),
            (SA_VD, Likely),
            (FAMILY, Maybe), // without work, allowances depend on a low income
        ],
    },
    Household {
        // Hospice général: a valid residence document is needed; without papers, emergency aid only.
        who: "Geneva, no permit, sleeping outside",
        answers: r#"{"canton":"GE","age":25,"housing":"street","work":"unemployed","money_enough":"no",
            "residence":"none","health_insurance":false,"health_stops_work":false}"#,
        want: &[
            (SA_GE, Unlikely),
            (UNEMPLOYMENT, Unlikely),
            (PC, Unlikely),
            (HOUSING_GE, Unlikely),
        ],
    },
    Household {
        // Asylum seekers are helped by the asylum service, not by the ordinary aid.
        who: "Geneva, asylum seeker (N), money not enough",
        answers: r#"{"canton":"GE","age":35,"work":"at-home","money_enough":"no","residence":"N"}"#,
        want: &[(SA_GE, NotLikely), (UNEMPLOYMENT, Unlikely)],
    },
    Household {
        // RI: Swiss or foreign with a residence permit; F (provisional admission) is not one.
        who: "Vaud, provisionally admitted (F), money not enough",
        answers: r#"{"canton":"VD","age":35,"work":"unemployed","money_enough":"no","residence":"F"}"#,
        want: &[(SA_VD, Unlikely)],
    },
    Household {
        // Nothing known: nothing can be likely.
        who: "someone who answered nothing",
        answers: "{}",
        want: &[
            (SA_GE, Maybe),
            (SA_VD, Maybe),
            (SUB_GE, Maybe),
            (SUB_VD, Maybe),
            (HOUSING_GE, Maybe),
            (HOUSING_VD, Maybe),
            (PC, Maybe),
            (AVS, Maybe),
            (AI, Maybe),
            (FAMILY, Maybe),
            (UNEMPLOYMENT, Maybe),
        ],
    },
    Household {
        // PC: foreigners after 10 years in Switzerland (EU citizens often sooner): the desk decides.
        who: "Vaud, 66, permit C for 4 years, money not enough",
        answers: r#"{"canton":"VD","age":66,"money_enough":"no","residence":"C","years_in_canton":4,
            "health_insurance":true,"work":"retired"}"#,
        want: &[(PC, Maybe), (AVS, Likely)],
    },
    Household {
        who: "Vaud, 66, permit C for 12 years, money not enough",
        answers: r#"{"canton":"VD","age":66,"money_enough":"no","residence":"C","years_in_canton":12,
            "health_insurance":true,"work":"retired"}"#,
        want: &[(PC, Likely), (AVS, Likely), (SUB_VD, Likely)],
    },
    Household {
        // AVS 21: women's reference age rises from 64 to 65 (2025–2028); a pension may start from 63.
        who: "Geneva, Swiss, 64",
        answers: r#"{"canton":"GE","age":64,"residence":"swiss","work":"employed"}"#,
        want: &[(AVS, Maybe), (UNEMPLOYMENT, NotLikely)],
    },
    Household {
        who: "Geneva, Swiss, 62",
        answers: r#"{"canton":"GE","age":62,"residence":"swiss","work":"employed"}"#,
        want: &[(AVS, Unlikely)],
    },
    Household {
        // Self-employed people are under LAFam since 2013.
        who: "Vaud, self-employed parent of one",
        answers: r#"{"canton":"VD","age":30,"children":1,"children_in_education":0,"work":"self-employed",
            "residence":"swiss","money_enough":"yes","health_insurance":true}"#,
        want: &[(FAMILY, Likely), (SA_VD, Unlikely), (SUB_VD, Maybe)],
    },
    Household {
        // Without work, allowances go to people with a low income only.
        who: "Vaud, parent of two at home, money tight",
        answers: r#"{"canton":"VD","age":40,"household":"couple","children":2,"work":"at-home",
            "money_enough":"tight","residence":"B","years_in_canton":7,"health_insurance":true}"#,
        want: &[(FAMILY, Maybe), (SUB_VD, Likely)],
    },
    Household {
        who: "Geneva, student without children",
        answers: r#"{"canton":"GE","age":22,"children":0,"children_in_education":0,"work":"student",
            "residence":"swiss","money_enough":"tight","health_insurance":true}"#,
        want: &[(FAMILY, Unlikely), (SUB_GE, Likely), (AI, NotLikely)],
    },
    Household {
        // The training allowance runs up to 25 for a young person in education.
        who: "Geneva, employed parent of a 20-year-old apprentice",
        answers: r#"{"canton":"GE","age":48,"children":0,"children_in_education":1,"work":"employed",
            "residence":"C","years_in_canton":20,"money_enough":"yes","health_insurance":true}"#,
        want: &[(FAMILY, Likely), (HOUSING_GE, Unlikely)],
    },
    Household {
        // AIL: only some communes, for tenants who live on their income.
        who: "Vaud tenant, money tight",
        answers: r#"{"canton":"VD","age":40,"housing":"tenant","work":"employed","money_enough":"tight",
            "residence":"C","years_in_canton":10}"#,
        want: &[(HOUSING_VD, Maybe), (HOUSING_GE, Unlikely)],
    },
    Household {
        who: "Vaud owner, money tight",
        answers: r#"{"canton":"VD","age":40,"housing":"owner","work":"employed","money_enough":"tight",
            "residence":"swiss"}"#,
        want: &[(HOUSING_VD, Unlikely)],
    },
    Household {
        // The subsidy pays the basic insurance: someone not insured must first be (LAMal: every
        // resident). The UMSCOM helps people in precarious situations to join an insurance.
        who: "Geneva, no health insurance, money tight",
        answers: r#"{"canton":"GE","age":40,"money_enough":"tight","health_insurance":false,"residence":"B"}"#,
        want: &[(CARE_GE, Maybe), (SUB_GE, Maybe), (LAMAL, Likely)],
    },
    Household {
        // The subsidy depends on income and wealth: money enough does not rule it out.
        who: "Geneva, insured, money enough",
        answers: r#"{"canton":"GE","age":40,"money_enough":"yes","health_insurance":true,"residence":"C"}"#,
        want: &[(SUB_GE, Maybe), (SA_GE, Unlikely), (PC, Unlikely)],
    },
    Household {
        who: "Vaud, 70, already receiving the AVS pension",
        answers: r#"{"canton":"VD","age":70,"residence":"swiss","money_enough":"no","health_insurance":true,
            "receives":["avs-old-age-pension"]}"#,
        want: &[(AVS, SetAside), (PC, Likely)],
    },
    Household {
        // Geneva's social aid is for people without an AVS-AI pension; pensioners
        // turn to supplementary benefits first.
        who: "Geneva, Swiss, 72, money not enough",
        answers: r#"{"canton":"GE","age":72,"residence":"swiss","money_enough":"no","work":"retired",
            "health_insurance":true}"#,
        want: &[
            (SA_GE, NotLikely),
            (PC, Likely),
            (AVS, Likely),
            (SUB_GE, Likely),
        ],
    },
    Household {
        // Cross-border workers are paid by their country of residence when unemployed.
        who: "cross-border worker (G) without work",
        answers: r#"{"age":40,"work":"unemployed","residence":"G","health_stops_work":false}"#,
        want: &[(UNEMPLOYMENT, Unlikely), (SA_GE, Unlikely)],
    },
    Household {
        // RI is for adults.
        who: "Vaud, 17-year-old apprentice",
        answers: r#"{"canton":"VD","age":17,"work":"apprentice","money_enough":"no","residence":"swiss"}"#,
        want: &[(SA_VD, Unlikely), (AVS, Unlikely)],
    },
    Household {
        // The AI pension ends when the AVS pension starts.
        who: "Geneva, 70, health stops work",
        answers: r#"{"canton":"GE","age":70,"health_stops_work":true,"work":"retired","residence":"swiss",
            "money_enough":"tight"}"#,
        want: &[(AI, Unlikely), (AVS, Likely), (PC, Likely)],
    },
    Household {
        // Unemployment insurance needs a valid permit; a short-stay permit L counts.
        who: "Vaud, permit L, lost work, healthy",
        answers: r#"{"canton":"VD","age":28,"work":"unemployed","residence":"L","health_stops_work":false,
            "money_enough":"tight"}"#,
        want: &[(UNEMPLOYMENT, Likely), (SA_VD, NotLikely)],
    },
    Household {
        // LAFam for employees; AIL only where rent weighs on the budget.
        who: "Vaud, employed couple with three children, money enough",
        answers: r#"{"canton":"VD","age":35,"household":"couple","children":3,"housing":"tenant",
            "work":"employed","money_enough":"yes","residence":"C","years_in_canton":9,"health_insurance":true}"#,
        want: &[
            (FAMILY, Likely),
            (SA_VD, Unlikely),
            (SUB_VD, Maybe),
            (HOUSING_VD, Unlikely),
        ],
    },
    Household {
        // Hosted by parents: no lease; an apprentice has work.
        who: "Geneva, 19-year-old apprentice hosted by family, money tight",
        answers: r#"{"canton":"GE","age":19,"children":0,"children_in_education":0,"housing":"hosted",
            "work":"apprentice","money_enough":"tight","residence":"swiss","health_insurance":true,
            "health_stops_work":false}"#,
        want: &[
            (HOUSING_GE, Unlikely),
            (UNEMPLOYMENT, Unlikely),
            (FAMILY, Unlikely),
            (SA_GE, NotLikely),
            (SUB_GE, Likely),
        ],
    },
    Household {
        who: "Vaud, 58, lost work, permit B, healthy, money not enough",
        answers: r#"{"canton":"VD","age":58,"work":"unemployed","residence":"B","years_in_canton":8,
            "money_enough":"no","health_stops_work":false,"health_insurance":true}"#,
        want: &[
            (UNEMPLOYMENT, Likely),
            (SA_VD, Likely),
            (AVS, Unlikely),
            (PC, Unlikely),
            (AI, Unlikely),
        ],
    },
    Household {
        // Ten years in Switzerland without a break open the PC for foreigners.
        who: "Geneva, 66, permit B for 15 years, money tight",
        answers: r#"{"canton":"GE","age":66,"work":"retired","residence":"B","years_in_canton":15,
            "money_enough":"tight","health_insurance":true}"#,
        want: &[(PC, Likely), (AVS, Likely), (UNEMPLOYMENT, Unlikely)],
    },
    Household {
        // Protection status S: the asylum service, not the ordinary aid.
        who: "Geneva, status S, money not enough",
        answers: r#"{"canton":"GE","age":40,"work":"unemployed","residence":"S","money_enough":"no",
            "health_stops_work":false}"#,
        want: &[(SA_GE, NotLikely), (UNEMPLOYMENT, NotLikely)],
    },
    Household {
        who: "Vaud, 67, still employed, money enough",
        answers: r#"{"canton":"VD","age":67,"work":"employed","residence":"swiss","money_enough":"yes",
            "health_insurance":true}"#,
        want: &[
            (AVS, Likely),
            (PC, Unlikely),
            (UNEMPLOYMENT, Unlikely),
            (SA_VD, Unlikely),
        ],
    },
    Household {
        // Self-employed people are not insured against unemployment; AI covers them.
        who: "Geneva, self-employed, health stops work",
        answers: r#"{"canton":"GE","age":35,"work":"self-employed","health_stops_work":true,
            "residence":"C","years_in_canton":10,"money_enough":"tight"}"#,
        want: &[(AI, Likely), (UNEMPLOYMENT, Unlikely)],
    },
    Household {
        // PCFam GE: a child under 18, 5 years legally in Geneva, salaried work (40 % for one
        // parent), income checked by the SPC. SCARPA: support set by a judgment, unpaid.
        // CCSI: foreign people living in Geneva. LAVI: victims of an offence.
        who: "Geneva, single parent employed, two children, permit B for 7 years, support unpaid",
        answers: r#"{"canton":"GE","age":34,"household":"alone","children":2,"children_in_education":0,
            "pregnant_or_newborn":false,"housing":"tenant","work":"employed","money_enough":"tight",
            "residence":"B","refugee":false,"years_in_canton":7,"health_insurance":true,
            "health_stops_work":false,"violence":false,"debts":false,"child_support_unpaid":true}"#,
        want: &[
            (CHILD_GE, Unlikely),
            (INTEGRATION_GE, Maybe),
            (PERMITS_GE, Maybe),
            (PCFAM_GE, Maybe), // work rate, taxation and income are not asked
            (SCARPA, Maybe),   // a judgment is needed: not asked
            (SCHOOL_GE, Maybe),
            (TENANTS_GE, Maybe),
            (WORKERS_GE, Maybe),
            (MIGRANT_GE, Likely),
            (DEBT, Maybe), // a tight budget, no debts
            (FOOD, Maybe),
            (PCFAM_VD, Unlikely),
            (BRAPA, Unlikely),
            (GRANT_GE, Unlikely),
            (MATERNITY, Unlikely),
            (LAVI, Unlikely),
            (DV_GE, Unlikely),
            (LAMAL, Unlikely), // insured already
            (CARE_GE, Unlikely),
            (SHELTER_GE, Unlikely),
            (ASYLUM_GE, Unlikely),
            (SENECTUTE, Unlikely),
            (YOUTH, Unlikely),
            (INFIRMIS, Unlikely),
        ],
    },
    Household {
        // PCFam GE: 5 years of legal residence in Geneva are required.
        who: "Geneva, employed couple with a child, in Geneva for 3 years",
        answers: r#"{"canton":"GE","age":31,"household":"couple","children":1,"children_in_education":0,
            "housing":"tenant","work":"employed","money_enough":"tight","residence":"C","years_in_canton":3,
            "health_insurance":true}"#,
        want: &[
            (PCFAM_GE, Unlikely),
            (SCHOOL_GE, Maybe),
            (SCHOOL_VD, Unlikely),
        ],
    },
    Household {
        // PC Familles VD: 3 years in Vaud, a valid permit, a child under 16, income below needs.
        who: "Vaud, employed couple with two young children, permit C, 4 years in Vaud, money tight",
        answers: r#"{"canton":"VD","age":33,"household":"couple","children":2,"children_in_education":0,
            "housing":"tenant","work":"employed","money_enough":"tight","residence":"C","refugee":false,
            "years_in_canton":4,"health_insurance":true,"violence":false,"debts":false}"#,
        want: &[
            (PERMITS_VD, Maybe),
            (INTEGRATION_VD, Maybe),
            (CHILD_VD, Unlikely),
            (PCFAM_VD, Maybe),
            (SCHOOL_VD, Maybe),
            (TENANTS_VD, Maybe),
            (WORKERS_VD, Maybe),
            (MIGRANT_VD, Maybe), // open to everyone; the question is not asked
            (PCFAM_GE, Unlikely),
            (SCHOOL_GE, Unlikely),
            (GRANT_VD, Unlikely),   // nobody in training
            (SHELTER_VD, Unlikely), // a tenant
            (CARE_VD, Unlikely),
            (DV_VD, Unlikely),
            (MIGRANT_GE, Unlikely),
        ],
    },
    Household {
        // PC Familles VD: at least 3 years of domicile in Vaud.
        who: "Vaud, parent of one, in Vaud for 2 years, money not enough",
        answers: r#"{"canton":"VD","age":29,"children":1,"work":"employed","money_enough":"no",
            "residence":"B","years_in_canton":2}"#,
        want: &[(PCFAM_VD, Unlikely)],
    },
    Household {
        // PC Familles VD: the family's income must fall short of its recognised expenses.
        who: "Vaud, parent of one, 10 years in Vaud, money enough",
        answers: r#"{"canton":"VD","age":38,"children":1,"work":"employed","money_enough":"yes",
            "residence":"swiss","years_in_canton":10,"health_insurance":true,"debts":false}"#,
        want: &[
            (PCFAM_VD, Unlikely),
            (CULTURE, Unlikely),
            (FOOD, Unlikely),
            (DEBT, Unlikely),
            (MIGRANT_VD, Maybe),
        ],
    },
    Household {
        // BRAPA: living in Vaud (foreigners with a permit), support set by a court, unpaid.
        who: "Vaud, mother with permit C, the father does not pay the support",
        answers: r#"{"canton":"VD","age":36,"household":"alone","children":2,"work":"employed",
            "money_enough":"tight","residence":"C","years_in_canton":6,"child_support_unpaid":true}"#,
        want: &[(BRAPA, Maybe), (SCARPA, Unlikely)],
    },
    Household {
        // BRAPA: support set by a court and unpaid (finances checked). Unisanté: care without a
        // permit or insurance.
        // LAMal: everyone domiciled in Switzerland must be insured, whatever their status.
        who: "Vaud, mother without papers or insurance, support unpaid",
        answers: r#"{"canton":"VD","age":32,"household":"alone","children":1,"work":"at-home",
            "money_enough":"no","residence":"none","refugee":false,"health_insurance":false,
            "child_support_unpaid":true,"violence":false}"#,
        want: &[
            (BRAPA, Maybe),
            (CARE_VD, Likely),
            (LAMAL, Likely),
            (ASYLUM_VD, Maybe), // only if the asylum request was refused (emergency aid)
            (CSIR, Unlikely),
            (CARE_GE, Unlikely),
        ],
    },
    Household {
        // Study grants GE: training after compulsory school, parents in Geneva, family income.
        // 147: children and young people (up to 25 on third-party pages only).
        who: "Geneva, 20-year-old student, money tight",
        answers: r#"{"canton":"GE","age":20,"household":"alone","children":0,"children_in_education":0,
            "housing":"hosted","work":"student","money_enough":"tight","residence":"swiss",
            "health_insurance":true,"violence":false,"debts":false}"#,
        want: &[
            (GRANT_GE, Maybe),
            (GRANT_VD, Unlikely),
            (YOUTH, Maybe),
            (TENANTS_GE, Unlikely), // hosted, no lease
            (WORKERS_GE, Unlikely),
            (MIGRANT_GE, Unlikely), // Swiss
            (SENECTUTE, Unlikely),
            (CULTURE, Maybe),
        ],
    },
    Household {
        // Study grants VD: a young person of the household in training after compulsory school.
        who: "Vaud, employed parent of a 19-year-old at the gymnase",
        answers: r#"{"canton":"VD","age":47,"children":0,"children_in_education":1,"work":"employed",
            "residence":"B","years_in_canton":9,"money_enough":"tight"}"#,
        want: &[
            (GRANT_VD, Maybe),
            (GRANT_GE, Unlikely),
            (SCHOOL_VD, Unlikely),
        ],
    },
    Household {
        // Maternity allowance: employed at the birth, 9 months insured, 5 months of work.
        who: "Vaud, employed, expecting a baby",
        answers: r#"{"canton":"VD","age":30,"household":"couple","children":0,"pregnant_or_newborn":true,
            "work":"employed","residence":"C","years_in_canton":5,"money_enough":"yes"}"#,
        want: &[(MATERNITY, Maybe), (FAMILY, Maybe)],
    },
    Household {
        // Maternity allowance: not for someone who neither works nor gets unemployment benefits.
        who: "Geneva, student expecting a baby",
        answers: r#"{"canton":"GE","age":23,"pregnant_or_newborn":true,"work":"student","residence":"swiss",
            "money_enough":"tight"}"#,
        want: &[(MATERNITY, Unlikely), (GRANT_GE, Maybe)],
    },
    Household {
        // FSIO FAQ: a mother unable to work who gets daily allowances from an insurance may get
        // the maternity allowance; whether she does is not asked.
        who: "Geneva, expecting a baby, unable to work for health reasons",
        answers: r#"{"canton":"GE","age":29,"pregnant_or_newborn":true,"work":"unable-to-work",
            "health_stops_work":true,"residence":"C","years_in_canton":6}"#,
        want: &[(MATERNITY, Maybe), (INFIRMIS, Maybe)],
    },
    Household {
        // Cold-weather plan: shelter for anyone on the street, with or without papers.
        // UMSCOM: care for people in precarity, without papers or insurance.
        who: "Geneva, 45, without papers, sleeping outside, not insured",
        answers: r#"{"canton":"GE","age":45,"household":"alone","children":0,"housing":"street",
            "work":"unemployed","money_enough":"no","residence":"none","refugee":false,
            "health_insurance":false,"violence":false,"debts":false}"#,
        want: &[
            (PERMITS_GE, Unlikely),
            (INTEGRATION_GE, Maybe),
            (SHELTER_GE, Likely),
            (CARE_GE, Likely),
            (LAMAL, Likely),
            (MIGRANT_GE, Likely),
            (FOOD, Maybe),
            (SHELTER_VD, Unlikely),
            (ASYLUM_GE, Unlikely),
            (TENANTS_GE, Unlikely),
        ],
    },
    Household {
        // Sleep-In: adults without a home; places are limited.
        who: "Vaud, Swiss, 30, sleeping in a shelter, insured, money not enough",
        answers: r#"{"canton":"VD","age":30,"housing":"shelter","work":"unemployed","money_enough":"no",
            "residence":"swiss","health_insurance":true,"violence":false}"#,
        want: &[
            (SHELTER_VD, Maybe),
            (CARE_VD, Maybe), // insured and Swiss, but short of money: Unisanté decides
            (LAMAL, Unlikely),
            (SHELTER_GE, Unlikely),
            (ASYLUM_VD, Unlikely),
        ],
    },
    Household {
        // Sleep-In: anyone without a home for a while, few places; 147: children and young people.
        who: "Vaud, 16-year-old sleeping outside",
        answers: r#"{"canton":"VD","age":16,"housing":"street","work":"student","residence":"swiss",
            "violence":true}"#,
        want: &[
            (CHILD_VD, Maybe),
            (INTEGRATION_VD, Unlikely),
            (PERMITS_VD, Unlikely),
            (SHELTER_VD, Maybe),
            (YOUTH, Likely),
            (DV_VD, Likely),
            (LAVI, Likely),
        ],
    },
    Household {
        // SEM: asylum seekers attributed to Geneva are helped by the Hospice général.
        who: "Geneva, asylum seeker (N), insured",
        answers: r#"{"canton":"GE","age":28,"household":"alone","work":"at-home","residence":"N",
            "refugee":false,"health_insurance":true,"money_enough":"no"}"#,
        want: &[
            (ASYLUM_GE, Likely),
            (ASYLUM_VD, Unlikely),
            (CSIR, Unlikely),
            (MIGRANT_GE, Likely),
            (CARE_GE, Unlikely),
        ],
    },
    Household {
        // EVAM: status S, attributed to Vaud.
        who: "Vaud, status S",
        answers: r#"{"canton":"VD","age":41,"residence":"S","refugee":false,"health_insurance":true}"#,
        want: &[(ASYLUM_VD, Likely), (ASYLUM_GE, Unlikely), (CSIR, Unlikely)],
    },
    Household {
        // CSIR: recognised refugees with asylum (B) in Vaud; EVAM is for people without refugee status.
        who: "Vaud, recognised refugee with permit B",
        answers: r#"{"canton":"VD","age":35,"residence":"B","refugee":true,"years_in_canton":3,
            "health_insurance":true}"#,
        want: &[(CSIR, Likely), (ASYLUM_VD, Unlikely)],
    },
    Household {
        // EVAM: provisionally admitted people (F) without refugee status; CSIR only for refugees.
        who: "Vaud, provisionally admitted (F), not a refugee",
        answers: r#"{"canton":"VD","age":27,"residence":"F","refugee":false,"health_insurance":true}"#,
        want: &[(ASYLUM_VD, Likely), (CSIR, Unlikely)],
    },
    Household {
        // CSIR: refugees with a provisional admission (F) too; the EVAM does not assist refugees.
        who: "Vaud, refugee with a provisional admission (F)",
        answers: r#"{"canton":"VD","age":33,"residence":"F","refugee":true,"health_insurance":true}"#,
        want: &[(CSIR, Likely), (ASYLUM_VD, Unlikely)],
    },
    Household {
        // Swiss, insured, working: none of the migrant, asylum or uninsured services.
        who: "Geneva, Swiss, 40, insured, employed, money enough",
        answers: r#"{"canton":"GE","age":40,"household":"couple","children":0,"children_in_education":0,
            "housing":"owner","work":"employed","money_enough":"yes","residence":"swiss",
            "health_insurance":true,"health_stops_work":false,"violence":false,"debts":false}"#,
        want: &[
            (INTEGRATION_GE, Unlikely),
            (PERMITS_GE, Unlikely),
            (ASYLUM_GE, Unlikely),
            (MIGRANT_GE, Unlikely),
            (CARE_GE, Unlikely),
            (LAMAL, Unlikely),
            (TENANTS_GE, Unlikely), // owner
            (WORKERS_GE, Maybe),
            (SCHOOL_GE, Unlikely),
            (DEBT, Unlikely),
            (INFIRMIS, Unlikely),
            (YOUTH, Unlikely),
            (SENECTUTE, Unlikely),
        ],
    },
    Household {
        // LAMal: cross-border workers may in some cases be insured in their country.
        who: "cross-border worker (G) without Swiss health insurance",
        answers: r#"{"age":38,"work":"employed","residence":"G","health_insurance":false}"#,
        want: &[(LAMAL, Maybe)],
    },
    Household {
        // Violence in the couple: the cantonal network and the LAVI centres help, without a complaint.
        // The SPMi helps families through conflicts and violence; the OCPM renews permits.
        who: "Geneva, 40, violence at home, permit C",
        answers: r#"{"canton":"GE","age":40,"household":"couple","children":1,"residence":"C",
            "years_in_canton":12,"violence":true,"debts":true}"#,
        want: &[
            (CHILD_GE, Maybe),
            (INTEGRATION_GE, Maybe),
            (PERMITS_GE, Maybe),
            (CHILD_VD, Unlikely),
            (DV_GE, Likely),
            (LAVI, Likely),
            (DV_VD, Unlikely),
            (DEBT, Likely), // debts that cannot be paid
        ],
    },
    Household {
        // Pro Infirmis: people with a disability. Unemployment is for people able to work.
        who: "Vaud, 50, health stops work",
        answers: r#"{"canton":"VD","age":50,"work":"unable-to-work","health_stops_work":true,
            "residence":"swiss","money_enough":"tight","health_insurance":true}"#,
        want: &[
            (INFIRMIS, Maybe),
            (SENECTUTE, Unlikely),
            (WORKERS_VD, Unlikely),
        ],
    },
    Household {
        // Pro Senectute: older people, retired or close to retirement.
        who: "Geneva, retired, 74",
        answers: r#"{"canton":"GE","age":74,"work":"retired","residence":"swiss","money_enough":"tight",
            "health_insurance":true,"housing":"tenant"}"#,
        want: &[
            (SENECTUTE, Likely),
            (YOUTH, Unlikely),
            (WORKERS_GE, Unlikely),
            (TENANTS_GE, Maybe),
            (TENANTS_VD, Unlikely),
        ],
    },
    Household {
        // AVS from 63 at the earliest: Pro Senectute can say whether it helps.
        who: "Vaud, 64, still employed, owner",
        answers: r#"{"canton":"VD","age":64,"work":"employed","residence":"swiss","housing":"owner"}"#,
        want: &[
            (SENECTUTE, Maybe),
            (TENANTS_VD, Unlikely),
            (WORKERS_VD, Maybe),
        ],
    },
];

fn verdict(outcome: &screener::Outcome<'_>, id: &str) -> Option<Verdict> {
    outcome.verdict(id)
}

#[test]
fn households_get_what_the_official_rules_say() {
    let catalogue = catalogue();
    assert!(HOUSEHOLDS.len() >= 45);
    let mut failures = Vec::new();
    for household in HOUSEHOLDS {
        let answers = Answers::from_json(household.answers)
            .unwrap_or_else(|e| panic!("{}: {e}", household.who));
        let outcome = screener::evaluate(&catalogue, &answers, today());
        for (id, want) in household.want {
            assert!(catalogue.service(id).is_some(), "no service {id}");
            let got = verdict(&outcome, id);
            let set_aside = outcome.set_aside.iter().any(|s| s.id() == *id);
            let ok = match want {
                Likely => got == Some(Verdict::Likely),
                Maybe => got == Some(Verdict::Maybe),
                Suggested => matches!(got, Some(Verdict::Likely | Verdict::Maybe)),
                NotLikely => matches!(got, Some(Verdict::Maybe | Verdict::Unlikely)),
                Unlikely => got == Some(Verdict::Unlikely),
                SetAside => set_aside && got.is_none(),
            };
            if !ok {
                failures.push(format!(
                    "{}: {id} should be {want:?}, is {got:?}",
                    household.who
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn probably_not_here_leaves_out_the_other_canton() {
    let catalogue = catalogue();
    let answers = Answers::from_json(r#"{"canton":"GE","age":30,"money_enough":"yes"}"#).unwrap();
    let outcome = screener::evaluate(&catalogue, &answers, today());
    assert!(outcome.unlikely.iter().any(|s| s.service.id() == SA_VD));
    let here: Vec<&str> = outcome
        .unlikely_here(&answers)
        .iter()
        .map(|s| s.service.id())
        .collect();
    assert!(!here.contains(&SA_VD), "{here:?}");
    assert!(here.contains(&SA_GE), "{here:?}");
    assert!(here.contains(&AVS), "{here:?}");
}

#[test]
fn nothing_is_likely_for_a_visitor_who_answered_nothing() {
    let catalogue = catalogue();
    let outcome = screener::evaluate(&catalogue, &Answers::new(), today());
    assert!(outcome.likely.is_empty());
    assert!(outcome.unlikely.is_empty());
    assert!(!outcome.maybe.is_empty());
}

/// Every rule in the catalogue is seen saying likely (maybe for rules that
/// are at best maybe) and probably not, by some household of this file.
#[test]
fn every_rule_says_likely_and_probably_not_for_some_household() {
    let catalogue = catalogue();
    let outcomes: Vec<(Answers, &str)> = HOUSEHOLDS
        .iter()
        .map(|h| (Answers::from_json(h.answers).unwrap(), h.who))
        .collect();
    let mut missing = Vec::new();
    for service in catalogue.services.iter().filter(|s| s.screener.is_some()) {
        let rules = screener::rules_of(service).expect("rules compile");
        let best = if rules.at_best_maybe {
            Verdict::Maybe
        } else {
            Verdict::Likely
        };
        let verdicts: Vec<Verdict> = outcomes
            .iter()
            .map(|(answers, _)| rules.judge(answers, today()).verdict)
            .collect();
        if !verdicts.contains(&best) {
            missing.push(format!(
                "{}: no household where it says {best:?}",
                service.id()
            ));
        }
        if !verdicts.contains(&Verdict::Unlikely) {
            missing.push(format!(
                "{}: no household where it says Unlikely",
                service.id()
            ));
        }
        if rules.at_best_maybe {
            assert!(!verdicts.contains(&Verdict::Likely), "{}", service.id());
        }
    }
    assert!(missing.is_empty(), "add households for: {missing:#?}");
}

#[test]
fn reasons_exist_in_every_language_and_never_promise() {
    let catalogue = catalogue();
    for service in catalogue.services.iter().filter(|s| s.screener.is_some()) {
        let rules = screener::rules_of(service).unwrap();
        for rule in &rules.conditions {
            for lang in guichet::lang::Lang::ALL {
                let text = screener::reason(rule.text, lang);
                assert!(!text.trim().is_empty(), "{} {lang:?}", service.id());
            }
            let fr = screener::reason(rule.text, guichet::lang::Lang::Fr);
            let en = screener::reason(rule.text, guichet::lang::Lang::En);
            assert!(
                fr.starts_with("Pour les personnes") || fr.starts_with("Pour les parents"),
                "{fr}"
            );
            assert!(
                !en.contains("entitled") && !en.contains("CHF") && !fr.contains("droit à"),
                "{en}"
            );
        }
    }
}

fn guichet(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn screen_prints_json_groups_with_reasons_in_the_language() {
    let out = guichet(
        &["screen", "--json", "--lang", "de", "-"],
        r#"{"canton":"VD","age":70,"residence":"swiss","money_enough":"no","health_insurance":true,
            "receives":["avs-old-age-pension"]}"#,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids = |group: &str| -> Vec<String> {
        json[group]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(ids("likely").contains(&PC.to_owned()));
    assert!(ids("unlikely").contains(&SA_GE.to_owned()));
    let everything: Vec<String> = ["likely", "maybe", "unlikely"]
        .iter()
        .flat_map(|g| ids(g))
        .collect();
    assert!(!everything.contains(&AVS.to_owned()), "received: set aside");
    let pc = json["likely"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == PC)
        .unwrap();
    assert!(!pc["title"].as_str().unwrap().is_empty());
    let why: Vec<&str> = pc["why"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(why.iter().any(|w| w.starts_with("Für Personen")), "{why:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("CHF"), "never an amount: {text}");
}

#[test]
fn screen_reads_a_file_and_prints_a_readable_list() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.json");
    std::fs::write(&file, r#"{"canton":"GE","age":30,"work":"unemployed","residence":"C","health_stops_work":false,"money_enough":"no"}"#).unwrap();
    let out = guichet(&["screen", "--lang", "en", file.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Likely for you"), "{text}");
    assert!(text.contains("[unemployment-benefits]"), "{text}");
    assert!(text.contains("Probably not"), "{text}");
}

#[test]
fn bad_answers_exit_2_naming_the_key() {
    for (input, key) in [
        (r#"{"canton":"ZH"}"#, "canton"),
        (r#"{"age":"forty"}"#, "age"),
        (r#"{"age":300}"#, "age"),
        (r#"{"children":-1}"#, "children"),
        (r#"{"refugee":"yes"}"#, "refugee"),
        (r#"{"work":"boss"}"#, "work"),
        (r#"{"income":1000}"#, "income"),
        (r#"{"receives":"avs"}"#, "receives"),
    ] {
        let out = guichet(&["screen", "--json", "-"], input);
        assert_eq!(out.status.code(), Some(2), "{input}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("`{key}`")), "{input}: {err}");
        assert!(out.stdout.is_empty(), "{input}");
    }
    let out = guichet(&["screen", "-"], "not json");
    assert_eq!(out.status.code(), Some(2));
    let out = guichet(&["screen", "/nonexistent/answers.json"], "");
    assert_eq!(out.status.code(), Some(2));
}

/// The small good catalogue of tests/fixtures, with `screener` appended to its service.
fn catalogue_with(screener: &str) -> tempfile::TempDir {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good-content");
    let dir = tempfile::tempdir().unwrap();
    copy(&fixture, dir.path());
    let service = dir.path().join("services/test-food-help.toml");
    let mut text = std::fs::read_to_string(&service).unwrap();
    text.push('\n');
    text.push_str(screener);
    std::fs::write(&service, text).unwrap();
    dir
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn check(dir: &Path) -> (i32, String) {
    let icons = dir.join("icons");
    let out = guichet(
        &[
            "check",
            dir.to_str().unwrap(),
            "--icons",
            icons.to_str().unwrap(),
            "--today",
            "2026-11-29",
        ],
        "",
    );
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

const TEN: &str = r#"[screener.condition.text]
fr = "Pour les personnes qui habitent à Genève."
de = "Für Personen, die in Genf wohnen."
it = "Per le persone che abitano a Ginevra."
en = "For people who live in Geneva."
pt = "Para pessoas que moram em Genebra."
es = "Para personas que viven en Ginebra."
sq = "Për personat që jetojnë në Gjenevë."
ar = "للأشخاص الذين يسكنون في جنيف."
uk = "Для людей, які живуть у Женеві."
ti = "ኣብ ጀነቫ ንዝነብሩ ሰባት።"
"#;

fn table(conditions: &[&str]) -> String {
    let mut text =
        String::from("[screener]\nsource = \"https://www.ge.ch/x\"\nreviewed = 2026-11-29\n");
    for condition in conditions {
        text.push_str("\n[[screener.condition]]\n");
        text.push_str(condition);
        text.push('\n');
        text.push_str(TEN);
    }
    text
}

/// The line of the first occurrence of `needle` in the service file.
fn line_of(dir: &Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(dir.join("services/test-food-help.toml")).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn check_accepts_good_rules() {
    let dir = catalogue_with(&table(&[
        "answer = \"canton\"\nis = \"GE\"",
        "answer = \"age\"\nat_least = 18\nbelow = 65\napplies_from = 2025-01-01",
        "any = [\n  { answer = \"refugee\", is = true },\n  { answer = \"residence\", is = [\"B\", \"C\"], at_best = \"maybe\" },\n]",
    ]));
    let (code, text) = check(dir.path());
    assert!(!text.contains("screener"), "{text}");
    assert_eq!(code, 0, "{text}");
}

#[test]
fn check_names_each_broken_rule_with_its_line() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "answer = \"cantn\"\nis = \"GE\"",
            "answer = \"cantn\"",
            "unknown answer `cantn` — did you mean `canton`?",
        ),
        (
            "answer = \"canton\"\nis = \"ZH\"",
            "is = \"ZH\"",
            "\"ZH\" is not a value of `canton`",
        ),
        (
            "answer = \"work\"\nis = [\"employed\", \"retird\"]",
            "is = [\"employed\"",
            "did you mean \"retired\"?",
        ),
        (
            "answer = \"age\"\nat_least = 150",
            "at_least = 150",
            "150 is impossible for `age`",
        ),
        (
            "answer = \"age\"\nat_least = 30\nbelow = 20",
            "below = 20",
            "below = 20 is not above at_least = 30",
        ),
        ("answer = \"age\"\nis = 18", "is = 18", "`age` is a number"),
        (
            "answer = \"household\"\nat_least = 1",
            "at_least = 1",
            "`household` is not a number",
        ),
        (
            "answer = \"receives\"\nis = \"x\"",
            "answer = \"receives\"",
            "`receives` cannot be a condition",
        ),
        (
            "answer = \"canton\"\nis = \"GE\"\napplies_from = 2026-01-01\napplies_until = 2025-01-01",
            "applies_until",
            "is before applies_from",
        ),
        (
            "answer = \"canton\"\nis = \"GE\"\nat_best = \"likely\"",
            "at_best = \"likely\"",
            "at_best = \"likely\" is not allowed",
        ),
        (
            "any = [\n  { answer = \"debts\", is = true },\n]",
            "any = [",
            "at least two parts",
        ),
        ("answer = \"canton\"", "answer = \"canton\"", "add `is = …`"),
    ];
    for (condition, at, message) in cases {
        let dir = catalogue_with(&table(&[condition]));
        let (code, text) = check(dir.path());
        assert_eq!(code, 1, "{condition}: {text}");
        let line = line_of(dir.path(), at);
        let place = format!("test-food-help.toml:{line}:");
        assert!(
            text.lines()
                .any(|l| l.contains(&place) && l.contains(message)),
            "{condition}: expected `{message}` at {place}\n{text}"
        );
    }
}

#[test]
fn check_warns_when_a_cantonal_service_does_not_ask_the_canton() {
    let dir = catalogue_with(&table(&["answer = \"debts\"\nis = true"]));
    let (code, text) = check(dir.path());
    assert_eq!(code, 0, "a warning only: {text}");
    let file = std::fs::read_to_string(dir.path().join("services/test-food-help.toml")).unwrap();
    let table = file.lines().position(|l| l == "[screener]").unwrap();
    let line = table + 3; // `reviewed`, two lines below `[screener]`
    assert!(
        text.lines()
            .any(|l| l.contains(&format!("test-food-help.toml:{line}:"))
                && l.contains("warning")
                && l.contains("offered in GE only")),
        "{text}"
    );
}

#[test]
fn check_requires_source_reviewed_and_ten_languages() {
    let dir = catalogue_with(
        "[screener]\nreviewed = 2026-11-29\n\n[[screener.condition]]\nanswer = \"debts\"\nis = true\n[screener.condition.text]\nfr = \"Pour les personnes qui ont des dettes.\"\n",
    );
    let (code, text) = check(dir.path());
    assert_eq!(code, 1);
    assert!(text.contains("source"), "{text}");

    let dir = catalogue_with(
        "[screener]\nsource = \"https://www.ge.ch/x\"\nreviewed = 2026-11-29\n\n[[screener.condition]]\nanswer = \"debts\"\nis = true\n[screener.condition.text]\nfr = \"Pour les personnes qui ont des dettes.\"\nen = \"For people with debts.\"\n",
    );
    let (code, text) = check(dir.path());
    assert_eq!(code, 1);
    let line = line_of(dir.path(), "[screener.condition.text]");
    assert!(
        text.lines()
            .any(|l| l.contains(&format!("test-food-help.toml:{line}:"))
                && l.contains("de, it, pt, es, sq, ar, uk, ti")),
        "{text}"
    );

    let dir =
        catalogue_with("[screener]\nsource = \"https://www.ge.ch/x\"\nreviewed = 2026-11-29\n");
    let (code, text) = check(dir.path());
    assert_eq!(code, 1);
    assert!(text.contains("no condition"), "{text}");
}
