//! Insight: what visitors look for, counted without a log. A query typed
//! in fewer than k visits never reaches a file; counts are noisy and
//! unbiased; off writes nothing; a hostile folder never stops the kiosk.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use guichet::content::Catalogue;
use guichet::insight::{self, Day, Domain, Event, Insight, KioskId, OsEntropy, Released, Settings};
use guichet::lang::Lang;
use guichet::ui::screen::{Screen, home, results, welcome};
use guichet::ui::{Kiosk, Message, toolbar};
use jiff::civil::{Date, date};

mod common;

const DAY: Date = date(2026, 12, 1);
const NEXT: Date = date(2026, 12, 2);
/// Words no catalogue has: searches for them find nothing.
const RARE: &str = "Xylophonique Brzęczyk";
const COMMON: &str = "qwertzuiop asdfghjkl";
const COMMON_COUNTED: &str = "asdfghjkl qwertzuiop";

fn kiosk_id(name: &str) -> KioskId {
    name.parse().unwrap()
}

fn kiosk_with(settings: Settings) -> Kiosk {
    let mut setup = guichet::ui::setup::setup(None, Some(Path::new("content"))).unwrap();
    setup.config.insight = settings;
    setup.config.staff_pin =
        Some(guichet::config::PinHash::with_salt("2468", b"test salt").expect("a test PIN hashes"));
    Kiosk::new(setup)
}

fn catalogue(kiosk: &Kiosk) -> Catalogue {
    kiosk.setup().content.index.catalogue().clone()
}

/// One visitor: starts, searches `words` and leaves them (no result), then
/// starts over.
fn visit_searching(kiosk: &mut Kiosk, words: &str) {
    let _ = kiosk.update(Message::Welcome(welcome::Message::Start));
    let _ = kiosk.update(Message::Home(home::Message::Search));
    let _ = kiosk.update(Message::Results(results::Message::Typed(words.to_owned())));
    let Screen::Results(shown) = &kiosk.visit().screen else {
        panic!("not on the results screen");
    };
    assert!(shown.hits().is_empty(), "{words} finds {:?}", shown.hits());
    let _ = kiosk.update(Message::Toolbar(toolbar::Message::StartOver));
}

/// Every file under `dir`, and its text.
fn files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            out.push((path, text));
        }
    }
    out
}

#[test]
fn a_rare_query_never_reaches_a_file_and_a_common_one_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_with(Settings::enabled_in(dir.path(), kiosk_id("ge-test-1")));
    assert!(kiosk.counts_use());
    let catalogue = catalogue(&kiosk);
    kiosk.insight_mut().tick(DAY, &catalogue);
    visit_searching(&mut kiosk, RARE);
    for _ in 0..5 {
        visit_searching(&mut kiosk, COMMON);
    }
    // Typed in four visits only: below k = 5.
    for _ in 0..4 {
        visit_searching(&mut kiosk, "zzyzx quuxbar");
    }
    let counts = kiosk.insight_mut().counts().unwrap();
    assert_eq!(counts.visits, 10);
    assert!(files(dir.path()).is_empty(), "nothing before the day ends");

    let written = kiosk.insight_mut().tick(NEXT, &catalogue).unwrap();
    let all = files(dir.path());
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, written);
    assert_eq!(written.file_name().unwrap(), "ge-test-1-2026-12-01.json");
    for (path, text) in &all {
        let lower = text.to_lowercase();
        for word in ["xylophonique", "brzeczyk", "brzęczyk", "zzyzx", "quuxbar"] {
            assert!(!lower.contains(word), "{word} in {}", path.display());
        }
    }
    let released = Released::read(&written).unwrap();
    assert!(
        released.no_result["fr"].contains_key(COMMON_COUNTED),
        "{released:?}"
    );
    assert_eq!(released.no_result.len(), 1);
    // Every category and service of the catalogue, touched or not.
    assert_eq!(released.categories.len(), catalogue.categories.len());
    assert_eq!(released.services.len(), catalogue.services.len());
    assert_eq!(released.languages.len(), 10);
    // The day was emptied: the next release counts other visits.
    assert_eq!(kiosk.insight_mut().counts().unwrap().visits, 0);
    // The kiosk goes on.
    let _ = kiosk.update(Message::Welcome(welcome::Message::Start));
    assert!(matches!(kiosk.visit().screen, Screen::Home));
}

#[test]
fn the_kiosk_counts_what_visitors_use() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_with(Settings::enabled_in(dir.path(), kiosk_id("ge-test-2")));
    let _ = kiosk.update(Message::Welcome(welcome::Message::Choose(Lang::De)));
    let _ = kiosk.update(Message::Toolbar(toolbar::Message::TextSize));
    let _ = kiosk.update(Message::Toolbar(toolbar::Message::Contrast));
    let _ = kiosk.update(Message::Home(home::Message::Category("housing".into())));
    let Screen::Results(shown) = &kiosk.visit().screen else {
        panic!("not on the results screen");
    };
    let first = shown.hits()[0].clone();
    let _ = kiosk.update(Message::Results(results::Message::Open(first.clone())));
    assert!(matches!(kiosk.visit().screen, Screen::Detail(_)));
    // A search whose first result is opened.
    let _ = kiosk.update(Message::Toolbar(toolbar::Message::StartOver));
    let _ = kiosk.update(Message::Welcome(welcome::Message::Start));
    let _ = kiosk.update(Message::Home(home::Message::Search));
    let _ = kiosk.update(Message::Results(results::Message::Typed("logement".into())));
    let Screen::Results(shown) = &kiosk.visit().screen else {
        panic!("not on the results screen");
    };
    let top = shown.hits()[0].clone();
    let _ = kiosk.update(Message::Results(results::Message::Open(top.clone())));
    let _ = kiosk.update(Message::Toolbar(toolbar::Message::StartOver));

    let day = kiosk.insight_mut().counts().unwrap().clone();
    assert_eq!(day.visits, 2);
    assert_eq!(day.languages.get(&Lang::De), Some(&1));
    assert_eq!(day.languages.get(&Lang::Fr), Some(&1));
    assert_eq!((day.larger_text, day.high_contrast, day.voice), (1, 1, 0));
    assert_eq!(day.categories.get("housing"), Some(&1));
    assert_eq!(day.first_result_opened, 1);
    assert_eq!(day.services.values().sum::<u64>(), 2, "{first} then {top}");
    assert!(day.no_result.is_empty());
}

#[test]
fn help_says_what_is_counted_only_when_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut on = kiosk_with(Settings::enabled_in(dir.path(), kiosk_id("ge-help")));
    let off = kiosk_with(Settings::default());
    for lang in Lang::ALL {
        let strings = &on.setup().strings;
        let said = strings.get(lang, "help-insight");
        assert!(!said.is_empty() && said != "help-insight", "{lang}");
        let page = guichet::ui::overlays::help(strings, lang, on.counts_use());
        assert!(page.shown().contains(&said.as_ref()), "{lang}");
        let page = guichet::ui::overlays::help(strings, lang, off.counts_use());
        assert!(!page.shown().contains(&said.as_ref()), "{lang}");
        // What Help shows is also what Listen says.
        let _ = on.update(Message::Welcome(welcome::Message::Choose(lang)));
        let _ = on.update(Message::Toolbar(toolbar::Message::Help));
        let spoken: Vec<String> = on.script(lang).into_iter().map(|u| u.text).collect();
        assert!(spoken.contains(&said.to_string()), "{lang}: {spoken:?}");
        let _ = on.update(Message::Toolbar(toolbar::Message::StartOver));
    }
}

fn sample_day() -> (Day, Domain) {
    let mut day = Day::default();
    day.visits = 40;
    day.languages.insert(Lang::Fr, 30);
    day.categories.insert("housing".into(), 12);
    day.no_result.insert((Lang::Fr, "loyer retard".into()), 6);
    let domain = Domain {
        categories: vec!["housing".into(), "money".into()],
        services: vec!["a".into(), "b".into()],
    };
    (day, domain)
}

#[test]
fn two_releases_of_the_same_day_differ() {
    let (day, domain) = sample_day();
    let settings = Settings::enabled_in(Path::new("unused"), kiosk_id("ge-x"));
    let kiosk = kiosk_id("ge-x");
    let a = Released::new(&day, DAY, &kiosk, &settings, &domain, &mut OsEntropy).unwrap();
    let b = Released::new(&day, DAY, &kiosk, &settings, &domain, &mut OsEntropy).unwrap();
    assert_ne!(a, b);
    assert_eq!(a.noise_scale, f64::from(insight::SENSITIVITY));
}

#[test]
fn counts_are_unbiased_over_many_releases() {
    let (day, domain) = sample_day();
    let settings = Settings::enabled_in(Path::new("unused"), kiosk_id("ge-x"));
    let kiosk = kiosk_id("ge-x");
    let n = 4000;
    let mut sums: BTreeMap<&str, f64> = BTreeMap::new();
    let mut negative = 0;
    for _ in 0..n {
        let r = Released::new(&day, DAY, &kiosk, &settings, &domain, &mut OsEntropy).unwrap();
        *sums.entry("visits").or_default() += r.visits as f64;
        *sums.entry("fr").or_default() += r.languages["fr"] as f64;
        *sums.entry("de").or_default() += r.languages["de"] as f64;
        *sums.entry("housing").or_default() += r.categories["housing"] as f64;
        *sums.entry("query").or_default() += r.no_result["fr"]["loyer retard"] as f64;
        negative += usize::from(r.languages["de"] < 0);
    }
    // Scale 15: the mean of 4000 draws has a standard error of 15·√2/√4000
    // ≈ 0.34; five of them is 1.7.
    for (name, truth) in [
        ("visits", 40.0),
        ("fr", 30.0),
        ("de", 0.0),
        ("housing", 12.0),
        ("query", 6.0),
    ] {
        let mean = sums[name] / f64::from(n);
        eprintln!("{name}: truth {truth}, mean of {n} releases {mean:.2}");
        assert!(
            (mean - truth).abs() < 1.7,
            "{name}: mean {mean}, truth {truth}"
        );
    }
    eprintln!("a zero count came out negative in {negative} of {n} releases");
    // Never clipped at zero (clipping would bias small counts upwards).
    assert!(negative > n as usize / 4, "{negative} negative of {n}");
}

#[test]
fn off_writes_no_file_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("insight");
    let mut settings = Settings::enabled_in(&folder, kiosk_id("ge-off"));
    settings.enabled = false;
    let mut kiosk = kiosk_with(settings);
    assert!(!kiosk.counts_use());
    let catalogue = catalogue(&kiosk);
    kiosk.insight_mut().tick(DAY, &catalogue);
    for _ in 0..6 {
        visit_searching(&mut kiosk, COMMON);
    }
    assert!(kiosk.insight_mut().tick(NEXT, &catalogue).is_none());
    assert!(
        kiosk
            .insight_mut()
            .shutdown(Lang::Fr, NEXT, &catalogue)
            .is_none()
    );
    assert!(!folder.exists());
    assert!(files(dir.path()).is_empty());
}

#[test]
fn the_kiosk_releases_at_day_change_and_when_staff_close_it() {
    use guichet::ui::staff;
    use iced::keyboard::{Key, Modifiers};
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_with(Settings::enabled_in(dir.path(), kiosk_id("ge-clock")));
    let today = guichet::opening::Moment::now().unwrap().date;
    let yesterday = today.yesterday().unwrap();
    let catalogue = catalogue(&kiosk);
    kiosk.insight_mut().tick(yesterday, &catalogue);
    visit_searching(&mut kiosk, COMMON);
    // The kiosk's own clock: the first tick of a new day releases the last.
    let _ = kiosk.update(Message::Tick(std::time::Instant::now()));
    let name = |day: Date| format!("ge-clock-{day}.json");
    let listed = || -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(listed(), [name(yesterday)]);
    let _ = kiosk.update(Message::Tick(std::time::Instant::now()));
    assert_eq!(listed().len(), 1, "once a day");

    // A visit under way, then staff leave the kiosk: today so far is released.
    let _ = kiosk.update(Message::Welcome(welcome::Message::Start));
    let _ = kiosk.update(common::key_press(
        Key::Character("s".into()),
        Modifiers::CTRL | Modifiers::ALT,
        None,
    ));
    for digit in ['2', '4', '6', '8'] {
        let _ = kiosk.update(Message::Staff(staff::Message::Digit(digit)));
    }
    // The PIN is checked off the UI thread: its answer comes back as a message.
    let check = kiosk.update(Message::Staff(staff::Message::Enter));
    let answer = common::run(check, std::time::Duration::from_secs(30)).expect("the check answers");
    let _ = kiosk.update(answer);
    let _ = kiosk.update(Message::Staff(staff::Message::Exit));
    assert_eq!(listed(), [name(yesterday), name(today)]);
    let released = Released::read(&dir.path().join(name(today))).unwrap();
    assert_eq!(released.day, today.to_string());
}

/// An insight counter with one ended visit on `DAY`.
fn counted(folder: &Path, catalogue: &Catalogue) -> Insight {
    let mut insight = Insight::new(&Settings::enabled_in(folder, kiosk_id("ge-hostile")));
    insight.tick(DAY, catalogue);
    insight.record(Event::NoResult {
        lang: Lang::Fr,
        typed: RARE.into(),
    });
    insight.end_visit(Lang::Fr);
    insight
}

#[test]
fn a_hostile_folder_never_stops_the_kiosk() {
    let dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with(Settings::default());
    let catalogue = catalogue(&kiosk);

    // The folder is a file.
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    assert!(counted(&file, &catalogue).tick(NEXT, &catalogue).is_none());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder");

    // Garbage files, one with the very name of the day's file, one a folder
    // of the second part's name: the release takes the next free name.
    let garbage = dir.path().join("garbage");
    std::fs::create_dir_all(garbage.join("ge-hostile-2026-12-01-2.json")).unwrap();
    std::fs::write(garbage.join("ge-hostile-2026-12-01.json"), [0xff, 0xfe, 0]).unwrap();
    std::fs::write(garbage.join("notes.txt"), "x").unwrap();
    let written = counted(&garbage, &catalogue)
        .tick(NEXT, &catalogue)
        .unwrap();
    assert_eq!(written.file_name().unwrap(), "ge-hostile-2026-12-01-3.json");
    assert_eq!(
        std::fs::read(garbage.join("ge-hostile-2026-12-01.json")).unwrap(),
        [0xff, 0xfe, 0]
    );
    Released::read(&written).unwrap();

    // A full disk: the file being written goes to /dev/full.
    let full = dir.path().join("full");
    std::fs::create_dir_all(&full).unwrap();
    std::os::unix::fs::symlink(
        "/dev/full",
        full.join(".ge-hostile-2026-12-01.json.partial"),
    )
    .unwrap();
    assert!(counted(&full, &catalogue).tick(NEXT, &catalogue).is_none());
    assert!(
        !full.join("ge-hostile-2026-12-01.json").exists(),
        "no half file"
    );

    // A read-only folder (root writes anyway: then the check is skipped).
    let read_only = dir.path().join("read-only");
    std::fs::create_dir_all(&read_only).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(read_only.join("probe"), "x").is_err() {
        assert!(
            counted(&read_only, &catalogue)
                .tick(NEXT, &catalogue)
                .is_none()
        );
    } else {
        eprintln!("running as root: a read-only folder is writable, not checked");
    }
    std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o755)).unwrap();

    // And the whole kiosk, with its folder a file, keeps serving.
    let mut kiosk = kiosk_with(Settings::enabled_in(&file, kiosk_id("ge-hostile")));
    kiosk.insight_mut().tick(DAY, &catalogue);
    visit_searching(&mut kiosk, COMMON);
    assert!(kiosk.insight_mut().tick(NEXT, &catalogue).is_none());
    let _ = kiosk.update(Message::Welcome(welcome::Message::Start));
    assert!(matches!(kiosk.visit().screen, Screen::Home));

    // No visitor's word in any file, whatever happened.
    for (path, text) in files(dir.path()) {
        assert!(
            !text.to_lowercase().contains("xylophonique"),
            "{}",
            path.display()
        );
    }
}

/// A small replayable generator, to simulate many visitors' choices.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % sides as u64) as usize
    }
}

/// A day of visits at six kiosks; returns the folder and, per kiosk, the
/// true number of visits of each query.
fn simulated_day(folder: &Path, catalogue: &Catalogue) -> Vec<BTreeMap<(Lang, String), u64>> {
    let common = [
        (Lang::Fr, "papiers perdus ambassade"),
        (Lang::En, "lost passport embassy"),
        (Lang::Uk, "притулок тварини"),
    ];
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15);
    let mut truths = Vec::new();
    for k in 0..6 {
        let id = kiosk_id(&format!("vd-kiosk-{k}"));
        let mut insight = Insight::new(&Settings::enabled_in(folder, id));
        insight.tick(DAY, catalogue);
        let mut truth: BTreeMap<(Lang, String), u64> = BTreeMap::new();
        for v in 0..60 {
            let lang = Lang::ALL[dice.roll(10)];
            insight.touched();
            if dice.roll(4) == 0 {
                insight.record(Event::LargerText);
            }
            for _ in 0..dice.roll(5) {
                let c = &catalogue.categories[dice.roll(catalogue.categories.len())];
                insight.record(Event::Category(c.id().to_owned()));
            }
            for _ in 0..dice.roll(4) {
                let s = &catalogue.services[dice.roll(catalogue.services.len())];
                insight.record(Event::Service(s.id().to_owned()));
            }
            // Each kiosk has one visitor who types something unique.
            let typed = if v == 7 {
                Some((
                    lang,
                    format!("Unique{} Secretword", ["a", "b", "c", "d", "e", "f"][k]),
                ))
            } else if dice.roll(3) == 0 {
                let (l, q) = common[dice.roll(common.len())];
                Some((l, q.to_owned()))
            } else {
                None
            };
            if let Some((l, q)) = typed {
                insight.record(Event::NoResult {
                    lang: l,
                    typed: q.clone(),
                });
                *truth
                    .entry((l, insight::normalise(&q).unwrap()))
                    .or_default() += 1;
            }
            insight.end_visit(lang);
        }
        assert!(insight.tick(NEXT, catalogue).is_some());
        truths.push(truth);
    }
    truths
}

#[test]
fn a_day_at_six_kiosks_yields_files_that_pass() {
    let dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with(Settings::default());
    let catalogue = catalogue(&kiosk);
    let truths = simulated_day(dir.path(), &catalogue);
    let all = files(dir.path());
    assert_eq!(all.len(), 6, "one file per kiosk and day");
    let mut seen_common = 0;
    for (path, text) in &all {
        eprintln!("{}: {} bytes", path.display(), text.len());
        assert!(
            text.len() < 20_000,
            "{} is {} bytes",
            path.display(),
            text.len()
        );
        let lower = text.to_lowercase();
        assert!(
            !lower.contains("unique") && !lower.contains("secretword"),
            "{}",
            path.display()
        );
        let released = Released::read(path).unwrap();
        let k: usize = released
            .kiosk
            .trim_start_matches("vd-kiosk-")
            .parse()
            .unwrap();
        for (code, queries) in &released.no_result {
            let lang: Lang = code.parse().unwrap();
            for query in queries.keys() {
                let truth = truths[k][&(lang, query.clone())];
                assert!(truth >= 5, "{query} released with {truth} visits");
                seen_common += 1;
            }
        }
        // Everything below k is absent; everything at k or more is there.
        for ((lang, query), &truth) in &truths[k] {
            let there = released
                .no_result
                .get(lang.code())
                .is_some_and(|q| q.contains_key(query));
            assert_eq!(there, truth >= 5, "{query}: {truth} visits");
        }
    }
    assert!(
        seen_common > 0,
        "no common query passed: the test shows nothing"
    );

    // The editors' report shows the no-result searches.
    let summary = guichet::cli::insight_report::Summary::read(dir.path(), None, None).unwrap();
    assert_eq!(summary.files, 6);
    let text = guichet::cli::insight_report::text(&summary, &kiosk.setup().content.index, 20);
    assert!(
        text.contains("Searches with no result, French (fr):"),
        "{text}"
    );
    assert!(text.contains("ambassade papiers perdus"), "{text}");
    assert!(!text.to_lowercase().contains("secretword"));
}

#[test]
fn the_report_command_shows_the_no_result_queries() {
    let dir = tempfile::tempdir().unwrap();
    let kiosk = kiosk_with(Settings::default());
    simulated_day(dir.path(), &catalogue(&kiosk));
    std::fs::write(dir.path().join("junk.json"), "{ not json").unwrap();
    let html = dir.path().join("report.html");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["report", "content", "--insight"])
        .arg(dir.path())
        .args(["--from", "2026-12-01", "--to", "2026-12-01"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert!(
        text.contains("Insight: 6 files from 6 kiosks over 1 days"),
        "{text}"
    );
    assert!(
        text.contains("lost passport embassy") || text.contains("embassy lost passport"),
        "{text}"
    );
    assert!(text.contains("junk.json"), "garbage is named: {text}");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["report", "content", "--insight"])
        .arg(dir.path())
        .arg("--html")
        .arg(&html)
        .output()
        .unwrap();
    assert!(output.status.success());
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<h2>Insight</h2>"), "{page}");
    assert!(page.contains("ambassade papiers perdus"));
    // Another period has no file.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_guichet"))
        .args(["report", "content", "--insight"])
        .arg(dir.path())
        .args(["--from", "2027-01-01"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("Insight: 0 files"));
}

fn git(dir: &Path, args: &[&str]) -> String {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@t")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@t")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

#[test]
fn sync_pushes_released_files_on_their_own_branch() {
    let dir = tempfile::tempdir().unwrap();
    let remote = dir.path().join("remote.git");
    git(
        dir.path(),
        &[
            "init",
            "--quiet",
            "--bare",
            "-b",
            "main",
            remote.to_str().unwrap(),
        ],
    );
    let seed = dir.path().join("seed");
    git(
        dir.path(),
        &["init", "--quiet", "-b", "main", seed.to_str().unwrap()],
    );
    std::fs::write(seed.join("README"), "catalogue").unwrap();
    git(&seed, &["add", "README"]);
    git(&seed, &["commit", "--quiet", "-m", "start"]);
    git(
        &seed,
        &["push", "--quiet", remote.to_str().unwrap(), "main"],
    );

    let kiosk = kiosk_with(Settings::default());
    let catalogue = catalogue(&kiosk);
    let mut folders = Vec::new();
    for name in ["ge-a", "ge-b"] {
        let checkout = dir.path().join(name);
        git(
            dir.path(),
            &[
                "clone",
                "--quiet",
                remote.to_str().unwrap(),
                checkout.to_str().unwrap(),
            ],
        );
        let folder = dir.path().join(format!("{name}-insight"));
        let mut insight = Insight::new(&Settings::enabled_in(&folder, kiosk_id(name)));
        insight.tick(DAY, &catalogue);
        insight.touched();
        insight.end_visit(Lang::Fr);
        insight.tick(NEXT, &catalogue).unwrap();
        std::fs::write(folder.join("garbage.json"), "[1,2").unwrap();
        folders.push((checkout, folder));
    }
    for (checkout, folder) in &folders {
        let head = git(checkout, &["rev-parse", "HEAD"]);
        let said = guichet::cli::insight_sync::push(checkout, "origin", "insight", folder).unwrap();
        assert!(said.contains("1 files on origin/insight"), "{said}");
        assert!(said.contains("garbage.json"), "{said}");
        // The checkout the kiosk serves from is untouched.
        assert_eq!(git(checkout, &["rev-parse", "HEAD"]), head);
        assert_eq!(git(checkout, &["status", "--porcelain"]), "");
    }
    // Again: nothing new.
    let (checkout, folder) = &folders[0];
    let said = guichet::cli::insight_sync::push(checkout, "origin", "insight", folder).unwrap();
    assert!(said.contains("already has"), "{said}");
    let listed = git(&remote, &["ls-tree", "-r", "--name-only", "insight"]);
    assert_eq!(
        listed.lines().collect::<Vec<_>>(),
        ["ge-a/ge-a-2026-12-01.json", "ge-b/ge-b-2026-12-01.json"]
    );
    assert_eq!(
        git(&remote, &["ls-tree", "-r", "--name-only", "main"]),
        "README"
    );
}
