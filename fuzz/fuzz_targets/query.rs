//! Anything typed into the search box, in any screen language and canton,
//! gives at most `limit` hits, never a panic; each hit is a distinct service
//! of the shipped catalogue that the kiosk's canton offers.
#![no_main]

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use guichet::content::{self, Canton, LoadOptions};
use guichet::lang::Lang;
use guichet::search::{Request, SearchIndex};
use libfuzzer_sys::fuzz_target;

/// Built once: the shipped catalogue, loaded as `guichet search` loads it.
fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"));
        let loaded = content::load(dir, &LoadOptions::for_dir(dir))
            .unwrap_or_else(|e| panic!("the shipped content cannot be read: {e}"));
        assert!(
            !loaded.catalogue.services.is_empty(),
            "no services in {}",
            dir.display()
        );
        SearchIndex::build(loaded.catalogue)
            .unwrap_or_else(|e| panic!("the shipped content cannot be indexed: {e}"))
    })
}

fuzz_target!(|data: &[u8]| {
    let [lang, canton, limit, typed @ ..] = data else {
        return;
    };
    let lang = Lang::ALL[usize::from(*lang) % Lang::ALL.len()];
    let canton: Option<Canton> = match canton % 4 {
        0 => None,
        1 => "GE".parse().ok(),
        2 => "VD".parse().ok(),
        _ => "ZH".parse().ok(),
    };
    let limit = usize::from(limit % 64);
    let text = String::from_utf8_lossy(typed);
    let index = index();
    let hits = index.search(&Request {
        text: &text,
        lang,
        canton: canton.as_ref(),
        limit,
    });
    assert!(hits.len() <= limit, "{} hits for limit {limit}", hits.len());
    let mut seen = HashSet::new();
    for hit in &hits {
        let service = index
            .catalogue()
            .service(&hit.id)
            .unwrap_or_else(|| panic!("hit `{}` is not in the catalogue", hit.id));
        assert!(seen.insert(&hit.id), "`{}` found twice", hit.id);
        if let Some(canton) = &canton {
            assert!(
                service.serves(canton),
                "`{}` is not offered in {canton}",
                hit.id
            );
        }
        assert!(hit.score.is_finite(), "`{}` scores {}", hit.id, hit.score);
    }
});
