//! Helpers shared by the integration tests; each test file uses some.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use guichet::ui::Message;
use iced::keyboard::key::{Code, Physical};
use iced::keyboard::{Event as KeyEvent, Key, Location, Modifiers};

/// Copies a folder and everything under it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A key pressed on a physical keyboard, as the kiosk receives it.
pub fn key_press(key: Key, modifiers: Modifiers, text: Option<&str>) -> Message {
    Message::Key(KeyEvent::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: Physical::Code(Code::KeyA),
        location: Location::Standard,
        modifiers,
        text: text.map(Into::into),
        repeat: false,
    })
}

/// A Python that has `jsonschema` (Debian's python3-jsonschema, or a pip one).
pub fn python() -> &'static str {
    ["python3", "/usr/bin/python3"]
        .into_iter()
        .find(|python| {
            Command::new(python)
                .args(["-c", "import jsonschema"])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect("no python3 with jsonschema: run deploy/install-deps.sh")
}

/// Runs a Python `script` with `args`; returns whether it succeeded, and
/// everything it printed.
pub fn run_python(script: &str, args: &[&Path]) -> (bool, String) {
    let output = Command::new(python())
        .args(["-c", script])
        .args(args)
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

/// A virtual 1920×1080 screen, closed when dropped.
pub struct Xvfb(Child);

impl Xvfb {
    /// Starts Xvfb on `display` (such as ":87") and waits until it answers.
    pub fn start(display: &str) -> Xvfb {
        let child = Command::new("Xvfb")
            .args([display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is missing: run deploy/install-deps.sh");
        let xvfb = Xvfb(child);
        let started = Instant::now();
        while !Command::new("xdotool")
            .arg("getdisplaygeometry")
            .env("DISPLAY", display)
            .output()
            .is_ok_and(|o| o.status.success())
        {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the X display never came"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        xvfb
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The real kiosk in a 1920×1080 window on `display`, drawn by the software
/// renderer, with no speech daemon (the speech bar says so).
pub fn kiosk_command(config: &Path, display: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_guichet"));
    command
        .args(["kiosk", "--windowed", "--content", "content", "--config"])
        .arg(config)
        .env("DISPLAY", display)
        .env("ICED_BACKEND", "tiny-skia")
        .env("SPEECHD_ADDRESS", "unix_socket:/nonexistent/guichet.sock")
        .env_remove("WAYLAND_DISPLAY");
    command
}

/// How many services the shipped catalogue has: one file each in
/// `content/services/`.
#[allow(dead_code)]
pub fn shipped_services() -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/services");
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "toml")
        })
        .count()
}

/// The kiosk on the shipped catalogue at a fixed moment, Tuesday 1 December
/// 2026 at 10:00 (offices open, lines answering), so that open-now lines and
/// pictures do not depend on when the tests run.
pub fn kiosk_at_a_fixed_moment() -> guichet::ui::Kiosk {
    let setup = guichet::cli::kiosk::setup(None, Some(Path::new("content"))).unwrap();
    kiosk_on(setup)
}

/// The same kiosk with a staff PIN (2468), so the staff panel opens.
pub fn kiosk_with_a_pin_at_a_fixed_moment() -> guichet::ui::Kiosk {
    let mut setup = guichet::cli::kiosk::setup(None, Some(Path::new("content"))).unwrap();
    setup.config.staff_pin =
        Some(guichet::config::PinHash::with_salt("2468", b"test salt").expect("a test PIN hashes"));
    kiosk_on(setup)
}

fn kiosk_on(setup: guichet::ui::Setup) -> guichet::ui::Kiosk {
    let mut kiosk = guichet::ui::Kiosk::new(setup);
    kiosk.set_now(Some(guichet::opening::Moment {
        date: jiff::civil::date(2026, 12, 1),
        time: guichet::hours::TimeOfDay::new(10, 0).unwrap(),
    }));
    kiosk
}

/// Runs a task the kiosk returned, on this thread, until it gives its
/// message; `None` when it ends without one or takes longer than `within`.
pub fn run(task: iced::Task<Message>, within: Duration) -> Option<Message> {
    use iced::futures::StreamExt;
    use std::task::{Context, Poll, Waker};
    let mut stream = iced_runtime::task::into_stream(task)?;
    let mut context = Context::from_waker(Waker::noop());
    let deadline = Instant::now() + within;
    loop {
        match stream.poll_next_unpin(&mut context) {
            Poll::Ready(Some(iced_runtime::Action::Output(message))) => return Some(message),
            Poll::Ready(_) => return None,
            Poll::Pending if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Poll::Pending => return None,
        }
    }
}
