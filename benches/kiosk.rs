//! The kiosk's figures against its targets, printed as the Markdown table
//! of the README (and written to `target/bench/kiosk.md`):
//!
//!     cargo bench --bench kiosk
//!
//! Needs Xvfb and xdotool (`deploy/install-deps.sh`). It measures:
//! - cold start to first frame: the release binary under Xvfb (1920×1080,
//!   tiny-skia), from spawning it to its log line "first frame shown";
//! - keystroke to rendered frame: `update`, `view`, layout, drawing and the
//!   tiny-skia render of the 1920×1080 window, for letters typed into the
//!   search, Backspace, and Tab moves on a service's page; once rendering
//!   only what changed, as iced's tiny-skia compositor does (its damage
//!   tracking, reproduced here without a window), once rendering everything;
//! - resident memory of that running kiosk after a long session of whole
//!   visits typed by xdotool;
//! - index build and search latency, on the shipped catalogue and on a
//!   generated one of 20,000 services.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a benchmark stops at the first failure

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread::sleep;
use std::time::{Duration, Instant};

use guichet::cli::kiosk;
use guichet::content::{self, Catalogue, LoadOptions};
use guichet::search::SearchIndex;
use guichet::search::relevance::{Case, load_cases, percentile, search_ids, timed};
use guichet::ui::screen::Screen;
use guichet::ui::{Kiosk, font};
use iced::Rectangle;
use iced::Size;
use iced::advanced::renderer::{self, Headless};
use iced::advanced::{clipboard, mouse};
use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use iced::theme::Base;
use iced_runtime::user_interface::{self, UserInterface};
use iced_test::renderer::Renderer;
use iced_test::renderer::graphics::{Viewport, damage};

#[path = "../tests/common/mod.rs"]
mod common;
mod support;

use support::scaled;

const DISPLAY: &str = ":88";
const STARTS: usize = 5;
const SCALED_ENTRIES: usize = 20_000;
/// Whole visits typed into the running kiosk before its memory is read.
const VISITS: usize = 40;

struct Row {
    measure: String,
    target: &'static str,
    result: String,
    met: Option<bool>,
}

fn row(measure: impl Into<String>, target: &'static str, result: String, met: Option<bool>) -> Row {
    Row {
        measure: measure.into(),
        target,
        result,
        met,
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).unwrap();
    let mut rows = Vec::new();

    // `cargo bench --bench kiosk -- keys` measures only keystroke to frame.
    let only_keys = std::env::args().any(|arg| arg == "keys");
    let mut memory = None;
    if !only_keys {
        let display = common::Xvfb::start(DISPLAY);
        let (starts, row_of_memory) = real_kiosk(&display);
        drop(display);
        memory = Some(row_of_memory);
        let median = starts[starts.len() / 2];
        let slowest = starts[starts.len() - 1];
        rows.push(row(
            format!("Cold start to first frame (median of {STARTS}; slowest)"),
            "≤ 500 ms",
            format!("{} ms; {} ms", median.as_millis(), slowest.as_millis()),
            Some(slowest <= Duration::from_millis(500)),
        ));
    }

    for (redraw, how) in [
        (
            Redraw::Changes,
            "redrawing what changed, as iced's compositor does",
        ),
        (
            Redraw::Bounding,
            "redrawing one rectangle around what changed",
        ),
        (Redraw::Everything, "redrawing the whole screen"),
    ] {
        let frames = keystrokes(redraw);
        let (p50, p95) = (percentile(&frames, 0.5), percentile(&frames, 0.95));
        rows.push(row(
            format!(
                "Keystroke to rendered frame, 1920×1080 tiny-skia, {how} ({} keys), p50 / p95",
                frames.len()
            ),
            "p95 ≤ 16 ms",
            format!("{:.1} ms / {:.1} ms", ms(p50), ms(p95)),
            Some(p95 <= Duration::from_millis(16)),
        ));
    }
    let Some(memory) = memory else {
        println!("\n{}\n{}", machine(), table(&rows));
        return;
    };
    rows.push(memory);

    let content = root.join("content");
    let catalogue = content::load(&content, &LoadOptions::for_dir(&content))
        .expect("content folder")
        .catalogue;
    let cases = load_cases(&root.join("tests/relevance/queries.toml")).expect("query set");
    let shipped = format!("{} shipped", catalogue.services.len());
    rows.extend(search_rows(&catalogue, &cases, 15, &shipped));
    let large = scaled(&catalogue, SCALED_ENTRIES);
    rows.extend(search_rows(&large, &cases, 3, "20,000 generated"));

    let table = table(&rows);
    println!("\n{}\n{table}", machine());
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("kiosk.md"), format!("{}\n\n{table}", machine())).unwrap();
}

fn search_rows(catalogue: &Catalogue, cases: &[Case], runs: usize, name: &str) -> Vec<Row> {
    let started = Instant::now();
    let index = SearchIndex::build(catalogue.clone()).expect("index builds");
    let build = started.elapsed();
    let (scores, latencies) = timed(cases, runs, |case| search_ids(&index, case));
    let (p50, p99) = (percentile(&latencies, 0.5), percentile(&latencies, 0.99));
    let large = catalogue.services.len() > 1_000;
    let (build_target, build_met) = if large {
        ("≤ 10 s", Some(build <= Duration::from_secs(10)))
    } else {
        ("", None)
    };
    let (search_target, limit) = if large {
        ("p99 ≤ 5 ms", Duration::from_millis(5))
    } else {
        ("p99 ≤ 1 ms", Duration::from_millis(1))
    };
    vec![
        row(
            format!("Index build, {name} services"),
            build_target,
            if build > Duration::from_secs(1) {
                format!("{:.1} s", build.as_secs_f64())
            } else {
                format!("{:.0} ms", ms(build))
            },
            build_met,
        ),
        row(
            format!(
                "Search, {name} services ({} queries, recall@3 {:.3}), p50 / p99",
                scores.queries, scores.recall_at_3
            ),
            search_target,
            format!("{:.2} ms / {:.2} ms", ms(p50), ms(p99)),
            Some(p99 <= limit),
        ),
    ]
}

fn table(rows: &[Row]) -> String {
    let mut out = String::from("| Measure | Target | Result | Met |\n|---|---|---|---|\n");
    for r in rows {
        let met = match r.met {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "",
        };
        out.push_str(&format!(
            "| {} | {} | {} | {met} |\n",
            r.measure, r.target, r.result
        ));
    }
    out
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("MemTotal"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or_else(String::new, |kb| format!(", {} GB RAM", kb / 1_048_576));
    format!(
        "Measured by `cargo bench --bench kiosk` on {} on {cpu} ({cores} cores{memory}), release build, software rendering (tiny-skia), no GPU.",
        jiff::ZonedDateTime::now().date()
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

// ---- The real kiosk under Xvfb ---------------------------------------------

fn xdotool(args: &[&str]) -> bool {
    Command::new("xdotool")
        .args(args)
        .env("DISPLAY", DISPLAY)
        .stderr(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .expect("xdotool is missing: run deploy/install-deps.sh")
        .success()
}

struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the kiosk and waits for its first frame: the time from spawning it.
fn start(config: &Path) -> (Running, Duration) {
    let spawned = Instant::now();
    let mut child = common::kiosk_command(config, DISPLAY)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (send, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    let running = Running { child, lines };
    loop {
        let line = running
            .lines
            .recv_timeout(Duration::from_secs(60))
            .expect("the kiosk showed no first frame within 60 s");
        if line.contains("first frame shown") {
            return (running, spawned.elapsed());
        }
    }
}

/// Resident and peak memory of a process, in MB.
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let field = |name: &str| -> f64 {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Start-up times of `STARTS` starts, sorted, and the memory row after a
/// long session typed into the last one.
fn real_kiosk(_display: &common::Xvfb) -> (Vec<Duration>, Row) {
    let dir = std::env::temp_dir().join(format!("guichet-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("guichet.toml");
    std::fs::write(&config, "canton = \"GE\"\n").unwrap();
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..STARTS {
        let (running, time) = start(&config);
        times.push(time);
        last = Some(running);
    }
    times.sort();
    let running = last.unwrap();
    let pid = running.child.id();
    while !xdotool(&[
        "search",
        "--onlyvisible",
        "--name",
        "^Guichet$",
        "windowfocus",
    ]) {
        sleep(Duration::from_millis(100));
    }
    let (at_start, _) = memory(pid);
    let words = [
        "assurance maladie",
        "loyer trop cher",
        "chomage",
        "aide sociale",
        "permis de sejour",
        "dettes",
    ];
    let mut keystrokes = 0;
    for visit in 0..VISITS {
        // Start, type, open the first result, walk its page, then back to
        // the start as the next visitor finds it.
        let word = words[visit % words.len()];
        xdotool(&["key", "Return"]);
        xdotool(&["type", "--delay", "15", word]);
        xdotool(&[
            "key", "--delay", "15", "Down", "Return", "Tab", "Tab", "Tab",
        ]);
        xdotool(&[
            "key", "--delay", "15", "Escape", "Escape", "Escape", "Escape",
        ]);
        keystrokes += word.chars().count() + 9;
    }
    sleep(Duration::from_secs(1));
    let (rss, peak) = memory(pid);
    drop(running);
    let _ = std::fs::remove_dir_all(&dir);
    let memory = row(
        format!(
            "Resident memory of the running kiosk after {VISITS} visits ({keystrokes} keys): at start → after (peak)"
        ),
        "≤ 150 MB",
        format!("{at_start:.0} MB → {rss:.0} MB ({peak:.0} MB)"),
        Some(peak <= 150.0),
    );
    (times, memory)
}

// ---- Keystroke to frame, in process -----------------------------------------

/// What the runtime keeps from frame to frame: the renderer with its glyph
/// and image caches, the interface's cache, and the window's pixels with
/// the layers last drawn into them.
struct Frames {
    renderer: Renderer,
    cache: user_interface::Cache,
    pixels: Vec<u8>,
    clip_mask: tiny_skia::Mask,
    last: Option<(Vec<iced_tiny_skia::Layer>, iced::Color)>,
    redraw: Redraw,
}

/// How much of the window a frame renders.
#[derive(Clone, Copy, PartialEq)]
enum Redraw {
    /// The parts whose layers changed since the last frame.
    Changes,
    /// What changed, drawn as one rectangle around all of it.
    Bounding,
    Everything,
}

const WIDTH: u32 = 1920;
const HEIGHT: u32 = 1080;

impl Frames {
    fn new(redraw: Redraw) -> Frames {
        let settings = font::settings();
        for bytes in settings.fonts {
            iced_test::renderer::graphics::text::font_system()
                .write()
                .unwrap()
                .load_font(bytes);
        }
        let renderer = iced::futures::executor::block_on(Renderer::new(
            settings.default_font,
            settings.default_text_size,
            Some("tiny-skia"),
        ))
        .expect("the tiny-skia renderer starts");
        Frames {
            renderer,
            cache: user_interface::Cache::default(),
            pixels: vec![0; (WIDTH * HEIGHT * 4) as usize],
            clip_mask: tiny_skia::Mask::new(WIDTH, HEIGHT).unwrap(),
            last: None,
            redraw,
        }
    }

    /// One frame as the runtime makes it after an event: the view, its
    /// layout and drawing, then what iced's tiny-skia compositor does to
    /// present it: find what changed since the last frame and render those
    /// parts of the 1920×1080 window (all of it on the first frame).
    fn frame(&mut self, kiosk: &Kiosk) {
        let cache = std::mem::take(&mut self.cache);
        let mut ui = UserInterface::build(
            kiosk.view(),
            kiosk.logical_size(),
            cache,
            &mut self.renderer,
        );
        let mut messages = Vec::new();
        let _ = ui.update(
            &[iced::Event::Window(iced::window::Event::RedrawRequested(
                Instant::now(),
            ))],
            mouse::Cursor::Unavailable,
            &mut self.renderer,
            &mut clipboard::Null,
            &mut messages,
        );
        let theme = kiosk.theme();
        let base = theme.base();
        ui.draw(
            &mut self.renderer,
            &theme,
            &renderer::Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        self.cache = ui.into_cache();

        let Renderer::Secondary(renderer) = &mut self.renderer else {
            panic!("the benchmark measures the tiny-skia renderer");
        };
        let viewport = Viewport::with_physical_size(Size::new(WIDTH, HEIGHT), kiosk.scale_factor());
        let background = base.background_color;
        let whole = Rectangle::with_size(viewport.logical_size());
        let damage = match &self.last {
            Some((layers, color)) if *color == background && self.redraw != Redraw::Everything => {
                damage::diff(
                    layers,
                    renderer.layers(),
                    |layer| vec![layer.bounds],
                    iced_tiny_skia::Layer::damage,
                )
            }
            _ => vec![whole],
        };
        if damage.is_empty() {
            return;
        }
        self.last = Some((renderer.layers().to_vec(), background));
        let mut pixmap = tiny_skia::PixmapMut::from_bytes(&mut self.pixels, WIDTH, HEIGHT).unwrap();
        let mut regions = damage::group(damage, whole);
        if self.redraw == Redraw::Bounding {
            regions = regions
                .into_iter()
                .reduce(|all, region| all.union(&region))
                .into_iter()
                .collect();
        }
        renderer.draw(
            &mut pixmap,
            &mut self.clip_mask,
            &viewport,
            &regions,
            background,
        );
    }

    fn key(&mut self, kiosk: &mut Kiosk, key: Key, text: Option<&str>) -> Duration {
        let started = Instant::now();
        let _ = kiosk.update(common::key_press(key, Modifiers::empty(), text));
        self.frame(kiosk);
        started.elapsed()
    }
}

fn keystrokes(redraw: Redraw) -> Vec<Duration> {
    let setup = kiosk::setup(None, Some(Path::new("content"))).unwrap();
    let mut kiosk = Kiosk::new(setup);
    let mut frames = Frames::new(redraw);
    let mut times = Vec::new();
    for round in 0..4 {
        kiosk.reset();
        frames.frame(&kiosk);
        // Welcome: Enter starts in French.
        let _ = frames.key(&mut kiosk, Key::Named(Named::Enter), None);
        for query in ["assurance maladie", "loyer trop cher", "aide au chomage"] {
            for letter in query.chars() {
                let text = letter.to_string();
                times.push(frames.key(
                    &mut kiosk,
                    Key::Character(text.as_str().into()),
                    Some(&text),
                ));
            }
            for _ in 0..query.chars().count() {
                times.push(frames.key(&mut kiosk, Key::Named(Named::Backspace), None));
            }
        }
        for letter in ["d", "e", "t", "t", "e", "s"] {
            times.push(frames.key(&mut kiosk, Key::Character(letter.into()), Some(letter)));
        }
        times.push(frames.key(&mut kiosk, Key::Named(Named::ArrowDown), None));
        times.push(frames.key(&mut kiosk, Key::Named(Named::Enter), None));
        assert!(
            matches!(kiosk.visit().screen, Screen::Detail(_)),
            "round {round}: Down and Enter open a service"
        );
        for _ in 0..20 {
            times.push(frames.key(&mut kiosk, Key::Named(Named::Tab), None));
        }
    }
    times.sort();
    times
}
