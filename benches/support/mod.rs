//! What the benchmarks share and the kiosk does not ship: a made-up
//! catalogue of any size.

use guichet::content::{Catalogue, Service};
use guichet::lang::Lang;

/// A catalogue of `size` services for scaling runs: the shipped ones, then
/// made-up ones whose titles, summaries and keywords are drawn at random
/// (fixed seed) from the catalogue's own words in each language, lists
/// copied from a real service. The index and its vocabulary grow as a real
/// one would, while the right answers stay the shipped services.
pub fn scaled(catalogue: &Catalogue, size: usize) -> Catalogue {
    let originals = &catalogue.services;
    if originals.is_empty() {
        return catalogue.clone();
    }
    let mut words: Vec<(Lang, Vec<String>)> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let mut pool: Vec<String> = originals
                .iter()
                .filter_map(|s| s.text.get(lang))
                .flat_map(|t| {
                    t.summary
                        .get_ref()
                        .split_whitespace()
                        .chain(t.title.get_ref().split_whitespace())
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect();
            pool.dedup();
            (lang, pool)
        })
        .collect();
    words.retain(|(_, pool)| !pool.is_empty());
    let mut random = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move |below: usize| {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        (random % below.max(1) as u64) as usize
    };
    let mut services: Vec<Service> = originals.clone();
    let mut n = 0usize;
    while services.len() < size {
        let mut made = originals[n % originals.len()].clone();
        made.id = toml::Spanned::new(0..0, format!("generated-{n}"));
        for (lang, pool) in &words {
            let mut pick = |count: usize| -> String {
                (0..count)
                    .map(|_| pool[next(pool.len())].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let (title, summary, keywords) = (pick(4), pick(14), pick(5));
            if let Some(text) = made.text.get_mut(*lang) {
                text.title = toml::Spanned::new(0..0, title);
                text.summary = toml::Spanned::new(0..0, summary);
                text.keywords = keywords.split(' ').map(str::to_owned).collect();
            }
        }
        services.push(made);
        n += 1;
    }
    Catalogue {
        services,
        categories: catalogue.categories.clone(),
        synonyms: catalogue.synonyms.clone(),
        crisis: catalogue.crisis.clone(),
        glossary: catalogue.glossary.clone(),
    }
}
