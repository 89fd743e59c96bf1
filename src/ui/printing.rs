//! The kiosk's side of printing: a press on Print starts a job off the
//! screen's thread, and its outcome comes back as a message.

use std::sync::Arc;
use std::time::Instant;

use iced::Task;
use iced::futures::channel::oneshot;

use super::screen::Screen;
use super::screen::detail::Printing;
use super::{Kiosk, Message};
use crate::print::{self, Fault, Started};
use crate::speech::Utterance;

impl Kiosk {
    /// Prints the service shown, in the visit's language. Presses within
    /// five seconds of the last sheet do nothing.
    pub(super) fn print(&mut self) -> Task<Message> {
        let Screen::Detail(detail) = &mut self.visit.screen else {
            return Task::none();
        };
        let Some(printer) = &mut self.printer else {
            return Task::none();
        };
        let Some(service) = self.setup.content.index.catalogue().service(detail.id()) else {
            return Task::none();
        };
        let request = print::Request {
            service: service.clone(),
            lang: self.visit.lang,
            here: self.here.clone(),
            strings: Arc::clone(&self.setup.strings),
            date: print::today(),
        };
        let (sender, outcome) = oneshot::channel();
        let started = printer.print(request, Instant::now(), move |result| {
            let _ = sender.send(result);
        });
        if started == Started::TooSoon {
            return Task::none();
        }
        detail.set_printing(Printing::Sending);
        self.tell("print-sending");
        Task::perform(outcome, |result| {
            Message::Printed(result.unwrap_or_else(|_| {
                Err(Fault::Failed(
                    "?".to_owned(),
                    "the print job ended without a word".to_owned(),
                ))
            }))
        })
    }

    /// A job ended: the visitor sees whether to take the sheet or ask at
    /// the desk; staff see what failed. Nothing about the visitor is logged.
    pub(super) fn printed(&mut self, result: Result<(), Fault>) {
        let printing = match result {
            Ok(()) => {
                log::info!("printer: sheet sent");
                self.printer_problems.clear();
                Printing::Done
            }
            Err(fault) => {
                log::warn!("{fault}");
                self.printer_problems = vec![fault.to_string()];
                Printing::Failed
            }
        };
        if let Screen::Detail(detail) = &mut self.visit.screen {
            detail.set_printing(printing);
            self.tell(match printing {
                Printing::Done => "print-done",
                _ => "print-failed",
            });
        }
    }

    /// In voice mode, the visitor hears where the sheet is, as others read it.
    fn tell(&mut self, id: &str) {
        if self.visit.listening.mode {
            let lang = self.visit.lang;
            let words = self.setup.strings.get(lang, id);
            self.say(vec![Utterance::new(lang, words)]);
        }
    }

    /// What went wrong with the last sheet, for the staff panel.
    pub fn printer_problems(&self) -> &[String] {
        &self.printer_problems
    }
}
