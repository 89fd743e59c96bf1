//! Printed sheets: a service on paper, in the visitor's script, for the
//! desk's receipt printer or office printer.
//!
//! `sheet` says what is printed, `render` draws it as a 1-bit image with the
//! kiosk's fonts, `escpos` and `bitmap` turn the image into a printer job,
//! `device` sends it, and [`Printer`] does all of that off the screen's
//! thread, with a deadline.

pub mod bitmap;
pub mod device;
pub mod escpos;
pub mod render;
pub mod settings;
pub mod sheet;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub use bitmap::Bitmap;
pub use device::Fault;
pub use render::{Fonts, Paper};
pub use settings::{Connection, PaperSize, PrinterSettings};
pub use sheet::Sheet;

use crate::content::Service;
use crate::i18n::Strings;
use crate::lang::Lang;
use crate::place::Here;

/// At most one sheet this often, whatever a playful child presses.
pub const MIN_INTERVAL: Duration = Duration::from_secs(5);

/// One sheet to print: a service, in a language, on a date. Nothing else
/// can reach the paper.
#[derive(Clone)]
pub struct Request {
    pub service: Service,
    pub lang: Lang,
    /// The kiosk's canton and commune: which offices are printed, and in
    /// which order.
    pub here: Here,
    pub strings: Arc<Strings>,
    /// "29.11.2026".
    pub date: String,
}

impl Request {
    pub fn sheet(&self) -> Sheet {
        Sheet::new(
            &self.strings,
            &self.service,
            self.lang,
            &self.here,
            &self.date,
        )
    }
}

/// Today in Geneva and Vaud, as printed on sheets.
pub fn today() -> String {
    let now = jiff::Timestamp::now();
    let today = now
        .in_tz(crate::opening::TIME_ZONE)
        .map(|zoned| zoned.date())
        .unwrap_or_else(|_| now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date());
    sheet::swiss_date(today)
}

/// The bytes a printer with `paper` takes for `sheet`: ESC/POS for rolls,
/// PDF pages for CUPS.
pub fn job(fonts: &mut Fonts, sheet: &Sheet, paper: PaperSize) -> Vec<u8> {
    let (image, _) = render::render(fonts, sheet, &paper.paper());
    match (paper.page_points(), paper.paper().page_height) {
        (Some(points), Some(height)) => image.to_pdf(height, points),
        _ => escpos::job(&image),
    }
}

/// The kiosk's printer: one job at a time, at most one every
/// [`MIN_INTERVAL`], each reporting within [`device::PATIENCE`] of the
/// printer's last sign of life.
#[derive(Debug)]
pub struct Printer {
    settings: PrinterSettings,
    last: Option<Instant>,
    /// Set while a job's thread runs, even after its caller gave up on it.
    busy: Arc<AtomicBool>,
}

/// What a press on Print led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Started {
    /// The job runs; its outcome comes through the callback.
    Sending,
    /// Too soon after the last sheet: nothing is printed.
    TooSoon,
}

impl Printer {
    pub fn new(settings: PrinterSettings) -> Self {
        Printer {
            settings,
            last: None,
            busy: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn settings(&self) -> &PrinterSettings {
        &self.settings
    }

    /// Renders and sends `request` on its own thread. `done` is called
    /// exactly once, unless the press came too soon after the last one.
    pub fn print(
        &mut self,
        request: Request,
        now: Instant,
        done: impl FnOnce(Result<(), Fault>) + Send + 'static,
    ) -> Started {
        if self
            .last
            .is_some_and(|last| now.saturating_duration_since(last) < MIN_INTERVAL)
        {
            return Started::TooSoon;
        }
        self.last = Some(now);
        let connection = self.settings.connection.clone();
        if self.busy.swap(true, Ordering::SeqCst) {
            done(Err(Fault::Busy(connection.name())));
            return Started::Sending;
        }
        let paper = self.settings.paper;
        let busy = Arc::clone(&self.busy);
        let (events, heard) = mpsc::channel::<Option<Result<(), Fault>>>();
        // The worker may block in a write for as long as the device does;
        // the watcher answers for it when it falls silent.
        std::thread::spawn(move || {
            let _free = Free(busy);
            let job = job(&mut Fonts::default(), &request.sheet(), paper);
            drop(request);
            let alive = || {
                let _ = events.send(None);
            };
            alive();
            let outcome = device::send(&connection, &job, &alive);
            drop(_free);
            let _ = events.send(Some(outcome));
        });
        let name = self.settings.connection.name();
        std::thread::spawn(move || {
            let outcome = loop {
                match heard.recv_timeout(device::PATIENCE) {
                    Ok(None) => continue,
                    Ok(Some(outcome)) => break outcome,
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        break Err(Fault::Stalled(name, device::PATIENCE.as_secs()));
                    }
                    Err(mpsc::RecvTimeoutError::Disconnected) => {
                        break Err(Fault::Failed(name, "the print job stopped".to_owned()));
                    }
                }
            };
            done(outcome);
        });
        Started::Sending
    }
}

/// Clears the busy flag when the job's thread ends, however it ends.
struct Free(Arc<AtomicBool>);

impl Drop for Free {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}
