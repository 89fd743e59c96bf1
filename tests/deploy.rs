//! The kiosk as installed: the session of `deploy/systemd/guichet-kiosk.service`
//! (sway with `deploy/sway/kiosk.conf`, which starts guichet), its paths
//! swapped for the test's, run as an unprivileged user on sway's headless
//! backend at six screen sizes, in French, and in Arabic on the narrowest
//! three. Each screen (Welcome,
//! Home, a category's results, a service) is photographed with grim into
//! `target/deploy-shots/` for people to look at, and checked:
//! - the log says the window is the screen's size (physical pixels);
//! - nothing is cut off at the screen's sides or top: the outer pixels show
//!   only the page's and the toolbar's plain backgrounds, so every toolbar
//!   button lies wholly on screen;
//! - on Welcome, the Start button ends above the bottom of the screen.
//!
//! Needs sway, grim and wtype (`deploy/install-deps.sh`); skipped with a
//! message only when sway is not installed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use guichet::ui::theme::Contrast;

mod common;

const UNIT: &str = include_str!("../deploy/systemd/guichet-kiosk.service");
const SESSION: &str = include_str!("../deploy/sway/kiosk.conf");

/// The paths the installed session uses, and what the test puts there.
const INSTALLED_SESSION: &str = "/etc/guichet/sway.conf";
const INSTALLED_OUTPUTS: &str = "/etc/guichet/outputs.conf";
const INSTALLED_BINARY: &str = "/usr/local/bin/guichet";
const INSTALLED_CONFIG: &str = "/etc/guichet/guichet.toml";

/// `nobody`: the test's unprivileged user when it runs as root (as CI does).
const NOBODY: u32 = 65534;

/// Outer pixels that must show only backgrounds.
const EDGE: usize = 4;
/// Room for a list's scrollbar at the right edge, at scale 1.
const SCROLLBAR: usize = 12;

struct Screen {
    width: u32,
    height: u32,
    /// The lines of outputs.conf for this screen, as a site would write them.
    output: &'static str,
}

const SCREENS: [Screen; 6] = [
    Screen {
        width: 1280,
        height: 720,
        output: "output HEADLESS-1 resolution 1280x720",
    },
    Screen {
        width: 1366,
        height: 768,
        output: "output HEADLESS-1 resolution 1366x768",
    },
    // A 5:4 kiosk pillar.
    Screen {
        width: 1280,
        height: 1024,
        output: "output HEADLESS-1 resolution 1280x1024",
    },
    Screen {
        width: 1920,
        height: 1080,
        output: "output HEADLESS-1 resolution 1920x1080",
    },
    // Portrait: a 1080p panel turned a quarter, as outputs.conf says.
    Screen {
        width: 1080,
        height: 1920,
        output: "output HEADLESS-1 resolution 1920x1080 transform 90",
    },
    // 4K at double scale, as on a high-density panel.
    Screen {
        width: 3840,
        height: 2160,
        output: "output HEADLESS-1 resolution 3840x2160 scale 2",
    },
];

/// One picture of the screen, as grim took it.
struct Shot {
    width: usize,
    height: usize,
    rgb: Vec<u8>,
}

impl Shot {
    fn pixel(&self, x: usize, y: usize) -> [u8; 3] {
        let i = (y * self.width + x) * 3;
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }

    /// Reads grim's binary PPM (P6, maxval 255).
    fn from_ppm(data: &[u8]) -> Shot {
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while data[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while !data[at].is_ascii_whitespace() {
                at += 1;
            }
            fields.push(std::str::from_utf8(&data[start..at]).unwrap().to_owned());
        }
        assert_eq!(fields[0], "P6", "grim did not write a PPM");
        assert_eq!(fields[3], "255");
        let width: usize = fields[1].parse().unwrap();
        let height: usize = fields[2].parse().unwrap();
        let rgb = data[at + 1..].to_vec();
        assert_eq!(rgb.len(), width * height * 3, "a short picture");
        Shot { width, height, rgb }
    }

    /// About the share of pixels that differ between two pictures of one
    /// screen (one pixel in 16 is looked at).
    fn changed(&self, other: &Shot) -> f64 {
        let pixels = self.width * self.height;
        let differ = (0..pixels)
            .step_by(16)
            .filter(|i| self.rgb[i * 3..i * 3 + 3] != other.rgb[i * 3..i * 3 + 3])
            .count();
        differ as f64 * 16.0 / pixels as f64
    }

    fn save_png(&self, path: &Path) {
        let mut pixmap = tiny_skia::Pixmap::new(self.width as u32, self.height as u32).unwrap();
        for (rgba, rgb) in pixmap
            .data_mut()
            .chunks_exact_mut(4)
            .zip(self.rgb.chunks_exact(3))
        {
            rgba.copy_from_slice(&[rgb[0], rgb[1], rgb[2], 255]);
        }
        pixmap.save_png(path).unwrap();
    }
}

fn near(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(a, b)| a.abs_diff(b) <= 6)
}

fn rgb8(color: iced::Color) -> [u8; 3] {
    let [r, g, b, _] = color.into_rgba8();
    [r, g, b]
}

/// Nothing cut off: the outer pixels at the sides and the top show only the
/// page's or the toolbar's background, and each row meets both sides in the
/// same one. A window wider than the screen, or a button pushed past its
/// edge, puts a button's border, fill or text there. On the right, below
/// the toolbar, the strip looked at is just inside a list's scrollbar (10 px
/// at scale 1).
fn assert_nothing_cut_off(shot: &Shot, name: &str, scale: usize) {
    let palette = Contrast::Standard.palette();
    let backgrounds = [rgb8(palette.background), rgb8(palette.toolbar)];
    let background = |p: [u8; 3]| backgrounds.iter().any(|&b| near(p, b));
    for y in 0..shot.height {
        let left = shot.pixel(0, y);
        let right = if near(left, backgrounds[1]) {
            shot.width
        } else {
            shot.width - SCROLLBAR * scale
        };
        let edges = (0..EDGE).chain(right - EDGE..right);
        for x in edges {
            let p = shot.pixel(x, y);
            assert!(
                background(p) && near(p, left),
                "{name}: something is cut off at the side: pixel ({x}, {y}) is {p:?}, \
                 the row starts with {left:?}; backgrounds are {backgrounds:?}"
            );
        }
    }
    for y in 0..EDGE {
        for x in 0..shot.width {
            let p = shot.pixel(x, y);
            assert!(
                near(p, backgrounds[1]),
                "{name}: something is cut off at the top: pixel ({x}, {y}) is {p:?}"
            );
        }
    }
}

/// The Start button, the tallest block of the primary colour under the
/// toolbar (looked for in the columns left of its centred words), ends
/// above the bottom of the screen.
fn assert_start_button_on_screen(shot: &Shot, name: &str, scale: usize) {
    let palette = Contrast::Standard.palette();
    let page = rgb8(palette.background);
    let primary = rgb8(palette.primary);
    let mut tallest = (0, 0, 0);
    for x in (0..shot.width / 2).step_by(4) {
        let Some(toolbar_end) = (0..shot.height).find(|&y| near(shot.pixel(x, y), page)) else {
            continue;
        };
        let mut y = toolbar_end;
        while y < shot.height {
            if near(shot.pixel(x, y), primary) {
                let start = y;
                while y < shot.height && near(shot.pixel(x, y), primary) {
                    y += 1;
                }
                if y - start > tallest.2 - tallest.1 {
                    tallest = (x, start, y);
                }
            } else {
                y += 1;
            }
        }
    }
    let (x, top, bottom) = tallest;
    assert!(
        bottom - top >= 100 * scale,
        "{name}: no Start button (tallest block of its colour: x = {x}, rows {top}..{bottom})"
    );
    assert!(
        bottom < shot.height,
        "{name}: the Start button (x = {x}, rows {top}..) is cut off at the bottom"
    );
}

/// The running session: sway and the kiosk in it, as the test's user.
struct Session {
    sway: Child,
    dir: tempfile::TempDir,
    log: PathBuf,
    /// `Some(uid)` when the test runs as root and the session as `nobody`.
    user: Option<u32>,
}

impl Drop for Session {
    fn drop(&mut self) {
        // sway leads its own process group: end it and the kiosk together.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.sway.id())])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if self.sway.try_wait().ok().flatten().is_some() {
                return;
            }
            sleep(Duration::from_millis(100));
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.sway.id())])
            .status();
        let _ = self.sway.wait();
    }
}

/// Lets every user read what the test copied (the session runs as another).
fn make_readable(path: &Path) {
    let metadata = std::fs::metadata(path).unwrap();
    let mode = metadata.permissions().mode();
    let wanted = if metadata.is_dir() {
        mode | 0o555
    } else {
        mode | 0o444
    };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(wanted)).unwrap();
    if metadata.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            make_readable(&entry.unwrap().path());
        }
    }
}

fn running_as_root() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// The session's command line, from the unit's `ExecStart=`.
fn unit_command() -> Vec<String> {
    let exec = UNIT
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .expect("the unit has no ExecStart=");
    exec.split_whitespace().map(str::to_owned).collect()
}

/// `text` with `from` replaced by `to`, which must be there.
fn swap(text: &str, from: &str, to: &Path) -> String {
    assert!(text.contains(from), "{from} is no longer in the session");
    text.replace(from, &to.display().to_string())
}

impl Session {
    fn start(screen: &Screen, language: &str) -> Session {
        let dir = tempfile::Builder::new()
            .prefix("guichet-deploy")
            .tempdir()
            .unwrap();
        let root = dir.path();
        std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o755)).unwrap();
        let user = running_as_root().then_some(NOBODY);

        // What install-kiosk.sh puts in place, at the test's paths.
        let binary = root.join("guichet");
        std::fs::copy(env!("CARGO_BIN_EXE_guichet"), &binary).unwrap();
        common::copy_dir(Path::new("content"), &root.join("content"));
        common::copy_dir(Path::new("assets/icons"), &root.join("assets/icons"));
        let config = root.join("guichet.toml");
        std::fs::write(
            &config,
            format!("language = \"{language}\"\ncontent = \"content\"\n"),
        )
        .unwrap();
        let outputs = root.join("outputs.conf");
        std::fs::write(&outputs, format!("{}\n", screen.output)).unwrap();
        let session = root.join("sway.conf");
        let text = swap(SESSION, INSTALLED_OUTPUTS, &outputs);
        let text = swap(&text, INSTALLED_BINARY, &binary);
        let text = swap(&text, INSTALLED_CONFIG, &config);
        std::fs::write(&session, text).unwrap();
        for file in [&binary, &config, &outputs, &session] {
            let mode = if file == &binary { 0o755 } else { 0o644 };
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        make_readable(root);

        // XDG_RUNTIME_DIR and HOME, owned by the session's user.
        for private in ["run", "home"] {
            let path = root.join(private);
            std::fs::create_dir(&path).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700)).unwrap();
            if let Some(uid) = user {
                std::os::unix::fs::chown(&path, Some(uid), Some(uid)).unwrap();
            }
        }

        let command: Vec<String> = unit_command()
            .into_iter()
            .map(|arg| {
                if arg == INSTALLED_SESSION {
                    session.display().to_string()
                } else {
                    arg
                }
            })
            .collect();
        assert!(
            command.contains(&session.display().to_string()),
            "the unit no longer runs {INSTALLED_SESSION}: {command:?}"
        );
        let log = root.join("session.log");
        let mut sway = Session::as_user(user, root, &command);
        use std::os::unix::process::CommandExt;
        sway.process_group(0)
            .env("WLR_BACKENDS", "headless")
            .env("WLR_LIBINPUT_NO_DEVICES", "1")
            // No speech daemon for the kiosk to start: the speech bar says so.
            .env("SPEECHD_ADDRESS", "unix_socket:/nonexistent/guichet.sock")
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::fs::File::create(root.join("sway.err")).unwrap());
        let sway = sway.spawn().expect("sway starts");
        Session {
            sway,
            dir,
            log,
            user,
        }
    }

    /// `program` as the session's user, with its runtime folder.
    fn as_user(user: Option<u32>, root: &Path, command: &[String]) -> Command {
        let mut run = match user {
            Some(uid) => {
                let mut run = Command::new("setpriv");
                run.arg(format!("--reuid={uid}"))
                    .arg(format!("--regid={uid}"))
                    .args(["--clear-groups", "--"])
                    .args(command);
                run
            }
            None => {
                let mut run = Command::new(&command[0]);
                run.args(&command[1..]);
                run
            }
        };
        run.env_clear()
            .env("PATH", "/usr/local/bin:/usr/bin:/bin")
            .env("HOME", root.join("home"))
            .env("XDG_RUNTIME_DIR", root.join("run"))
            .env("LANG", "C.UTF-8");
        run
    }

    fn said(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
            + &std::fs::read_to_string(self.dir.path().join("sway.err")).unwrap_or_default()
    }

    /// Waits until the kiosk says its window is `width`×`height` pixels.
    fn wait_for_window(&mut self, width: u32, height: u32) {
        let wanted = format!("guichet: info: window {width}×{height} px");
        let start = Instant::now();
        loop {
            let said = self.said();
            if said.contains(&wanted) {
                return;
            }
            let windows: Vec<&str> = said
                .lines()
                .filter(|l| l.starts_with("guichet: info: window"))
                .collect();
            if let Some(status) = self.sway.try_wait().unwrap() {
                panic!(
                    "the session ended ({status}) before {wanted}; windows: {windows:?}\n{said}"
                );
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the kiosk never filled the {width}×{height} screen; windows: {windows:?}\n{}",
                said.lines().rev().take(30).collect::<Vec<_>>().join("\n")
            );
            sleep(Duration::from_millis(200));
        }
    }

    fn wayland(&self, command: &[&str]) -> Command {
        let command: Vec<String> = command.iter().map(|&s| s.to_owned()).collect();
        let mut run = Session::as_user(self.user, self.dir.path(), &command);
        run.env("WAYLAND_DISPLAY", "wayland-1");
        run
    }

    fn grab(&self) -> Shot {
        let output = self
            .wayland(&["grim", "-t", "ppm", "-"])
            .stderr(Stdio::piped())
            .output()
            .expect("grim is missing: run deploy/install-deps.sh");
        assert!(
            output.status.success(),
            "grim: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        Shot::from_ppm(&output.stdout)
    }

    /// The screen once it has changed from `before` (a new screen, not just
    /// a focus ring: a tenth of the pixels) and stopped changing for `settle`.
    fn shot(&self, before: Option<&Shot>, name: &str, settle: Duration) -> Shot {
        let start = Instant::now();
        let mut last = self.grab();
        loop {
            sleep(settle);
            let now = self.grab();
            let changed = before.is_none_or(|b| b.changed(&now) > 0.1);
            if changed && now.rgb == last.rgb {
                return now;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "{name}: the screen never settled on a new picture\n{}",
                self.said()
                    .lines()
                    .filter(|l| !l.contains("warning:"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            last = now;
        }
    }

    fn keys(&self, keys: &[&str], settle: Duration) {
        // Each wtype brings its own keyboard: the kiosk needs a moment to
        // take it before the first key (longer while it draws 4K frames).
        let wait = settle.as_millis().to_string();
        let mut args = vec!["wtype", "-s", &wait];
        for key in keys {
            args.extend(["-k", key, "-s", "150"]);
        }
        let mut wtype = self.wayland(&args);
        let mut child = wtype
            .stderr(Stdio::piped())
            .spawn()
            .expect("wtype is missing: run deploy/install-deps.sh");
        let status = child.wait().unwrap();
        let mut err = String::new();
        let _ = child.stderr.take().unwrap().read_to_string(&mut err);
        assert!(status.success(), "wtype {keys:?}: {err}");
    }
}

fn shots_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../deploy-shots");
    std::fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

/// One visit on one screen: Welcome, Home, a category, a service.
fn visit(screen: &Screen, language: &str, dir: &Path) {
    let name = format!("{}x{}-{language}", screen.width, screen.height);
    let scale = if screen.width >= 3840 { 2 } else { 1 };
    let mut session = Session::start(screen, language);
    session.wait_for_window(screen.width, screen.height);
    let mut previous: Option<Shot> = None;
    let steps: [(&str, &[&str]); 4] = [
        ("1-welcome", &[]),
        ("2-home", &["Return"]),
        // The first category, after the search box and "Which help is for me?".
        ("3-results", &["Tab", "Tab", "Return"]),
        // The first service, after the search box.
        ("4-detail", &["Down", "Return"]),
    ];
    // A 4K frame takes the software renderer longer.
    let settle = Duration::from_millis(400 * scale as u64 * scale as u64);
    for (step, keys) in steps {
        if !keys.is_empty() {
            session.keys(keys, settle);
        }
        let shot_name = format!("{name}-{step}");
        let shot = session.shot(previous.as_ref(), &shot_name, settle);
        shot.save_png(&dir.join(format!("{shot_name}.png")));
        assert_eq!(
            (shot.width, shot.height),
            (screen.width as usize, screen.height as usize),
            "{shot_name}: the screen is not the size asked for"
        );
        assert_nothing_cut_off(&shot, &shot_name, scale);
        if step == "1-welcome" {
            assert_start_button_on_screen(&shot, &shot_name, scale);
        }
        previous = Some(shot);
    }
}

#[test]
fn the_installed_session_fills_six_screens() {
    if !Path::new(&unit_command()[0]).exists() {
        eprintln!(
            "SKIPPED: sway, the kiosk's compositor, is not installed — run deploy/install-deps.sh"
        );
        return;
    }
    // The production session never lets a keyboard switch to a console.
    assert!(
        !UNIT.contains("cage") && !UNIT.contains(" -s "),
        "the unit allows VT switching"
    );
    assert!(SESSION.contains("xkb_options srvrkeys:none"));
    let dir = shots_dir();
    let started = Instant::now();
    // French everywhere; Arabic (right to left) on the narrowest screens,
    // where a mirrored layout has least room, to keep the test near 2 minutes.
    for screen in &SCREENS {
        visit(screen, "fr", &dir);
        if screen.width <= 1280 || screen.height > screen.width {
            visit(screen, "ar", &dir);
        }
    }
    eprintln!(
        "deployment screenshots in {} ({} s)",
        dir.display(),
        started.elapsed().as_secs()
    );
}
