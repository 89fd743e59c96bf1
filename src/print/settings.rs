//! The `[printer]` table of `guichet.toml`: where the printer is and what
//! paper it holds. Without the table the kiosk shows no Print button.

use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use super::render::Paper;
use crate::content::{Diagnostic, Source};

/// How the kiosk reaches its printer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    /// An ESC/POS printer on USB, through the kernel's printer device.
    Usb(PathBuf),
    /// An ESC/POS printer on the network ("host:port", raw port 9100).
    Network(String),
    /// An ESC/POS printer on a serial port, at `baud`.
    Serial { device: PathBuf, baud: u32 },
    /// Any printer CUPS knows, by queue name ("" for the default printer).
    Cups(String),
}

/// The paper in the printer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperSize {
    /// 80 mm roll: 576 dots.
    Roll80,
    /// 58 mm roll: 384 dots.
    Roll58,
    A4,
    A5,
}

impl PaperSize {
    /// The paper's dots: receipt rolls at 203 dpi, pages at 150 dpi.
    pub fn paper(self) -> Paper {
        let page = |width_mm: f32, height_mm: f32| Paper {
            width: (width_mm / 25.4 * 150.0).round() as u32,
            dots_per_inch: 150.0,
            page_height: Some((height_mm / 25.4 * 150.0).round() as u32),
            margin_mm: 12.0,
        };
        match self {
            PaperSize::Roll80 => Paper::roll(576),
            PaperSize::Roll58 => Paper::roll(384),
            PaperSize::A4 => page(210.0, 297.0),
            PaperSize::A5 => page(148.0, 210.0),
        }
    }

    /// A page's size in PDF points; `None` for rolls.
    pub fn page_points(self) -> Option<(f32, f32)> {
        let points = |mm: f32| mm / 25.4 * 72.0;
        match self {
            PaperSize::A4 => Some((points(210.0), points(297.0))),
            PaperSize::A5 => Some((points(148.0), points(210.0))),
            PaperSize::Roll80 | PaperSize::Roll58 => None,
        }
    }
}

/// A configured printer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterSettings {
    pub connection: Connection,
    pub paper: PaperSize,
}

/// Serial receipt printers leave the factory at 9600 or 19200 baud.
pub const DEFAULT_BAUD: u32 = 9600;
pub const DEFAULT_PORT: u16 = 9100;

/// The table as typed, each value with its place for messages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    usb: Option<Spanned<String>>,
    network: Option<Spanned<String>>,
    serial: Option<Spanned<String>>,
    baud: Option<Spanned<u32>>,
    cups: Option<Spanned<String>>,
    paper: Option<Spanned<String>>,
}

impl Table {
    /// Checks the table read from `source`; `span` is the whole table's.
    pub fn check(
        self,
        source: &Source,
        span: std::ops::Range<usize>,
    ) -> Result<PrinterSettings, Diagnostic> {
        let error = |span: std::ops::Range<usize>, message: &str| source.error(Some(span), message);
        let given = [&self.usb, &self.network, &self.serial, &self.cups]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>();
        if given.len() != 1 {
            let span = given.get(1).map_or(span, |second| second.span());
            return Err(error(
                span,
                "`[printer]` needs exactly one of `usb`, `network`, `serial` or `cups` — keep the one your printer uses",
            ));
        }
        if let (Some(baud), None) = (&self.baud, &self.serial) {
            return Err(error(
                baud.span(),
                "`baud` is only for a `serial` printer — remove it",
            ));
        }
        let connection = if let Some(path) = self.usb {
            Connection::Usb(PathBuf::from(path.into_inner()))
        } else if let Some(address) = self.network {
            let span = address.span();
            Connection::Network(network_address(address.get_ref()).ok_or_else(|| {
                error(
                    span,
                    "`network` is the printer's address and port, e.g. \"192.168.1.50:9100\"",
                )
            })?)
        } else if let Some(device) = self.serial {
            let baud = match self.baud {
                Some(baud) if ![9600, 19200, 38400, 57600, 115200].contains(baud.get_ref()) => {
                    return Err(error(
                        baud.span(),
                        "`baud` is one of 9600, 19200, 38400, 57600, 115200 — as on the printer's self-test page",
                    ));
                }
                Some(baud) => baud.into_inner(),
                None => DEFAULT_BAUD,
            };
            Connection::Serial {
                device: PathBuf::from(device.into_inner()),
                baud,
            }
        } else {
            Connection::Cups(self.cups.map(Spanned::into_inner).unwrap_or_default())
        };
        let cups = matches!(connection, Connection::Cups(_));
        let paper = match self.paper {
            None if cups => PaperSize::A4,
            None => PaperSize::Roll80,
            Some(paper) => match (paper.get_ref().as_str(), cups) {
                ("80mm", false) => PaperSize::Roll80,
                ("58mm", false) => PaperSize::Roll58,
                ("A4", true) => PaperSize::A4,
                ("A5", true) => PaperSize::A5,
                _ if cups => {
                    return Err(error(
                        paper.span(),
                        "`paper` for a `cups` printer is \"A4\" or \"A5\"",
                    ));
                }
                _ => {
                    return Err(error(
                        paper.span(),
                        "`paper` for a receipt printer is \"80mm\" (576 dots) or \"58mm\" (384 dots)",
                    ));
                }
            },
        };
        Ok(PrinterSettings { connection, paper })
    }
}

/// "host:port", or "host" with the raw printing port 9100.
fn network_address(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() || text.contains(char::is_whitespace) || text.contains('/') {
        return None;
    }
    match text.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && !host.ends_with(':') => {
            port.parse::<u16>().ok().filter(|p| *p > 0)?;
            Some(text.to_owned())
        }
        Some(_) => None,
        None => Some(format!("{text}:{DEFAULT_PORT}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_addresses_get_the_raw_port() {
        assert_eq!(
            network_address("10.0.0.5").as_deref(),
            Some("10.0.0.5:9100")
        );
        assert_eq!(
            network_address("printer.desk:9101").as_deref(),
            Some("printer.desk:9101")
        );
        for bad in ["", "a b", "http://x", "host:", "host:99999", ":9100"] {
            assert_eq!(network_address(bad), None, "{bad}");
        }
    }
}
