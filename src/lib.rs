//! Guichet: an accessible rights-and-services information kiosk.
//!
//! Domain modules (`config`, `content`, `hours`, `i18n`, `insight`, `lang`,
//! `print`, `readability`, `search`, `spelling`) know nothing of the screen; the
//! kiosk in `ui` and the command line in `cli` only call them.

pub mod cli;
pub mod config;
pub mod content;
pub mod fonts;
pub mod holidays;
pub mod hours;
pub mod hsds;
pub mod i18n;
pub mod insight;
pub mod lang;
pub mod logger;
pub mod opening;
pub mod place;
pub mod print;
pub mod readability;
pub mod schema;
pub mod screener;
pub mod search;
pub mod speech;
pub mod spelling;
pub mod ui;
pub mod words;
