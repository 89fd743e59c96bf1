//! Guichet: an accessible rights-and-services information kiosk.
//!
//! Domain modules (`content`, `hours`, `lang`, `readability`) know nothing of
//! the screen; the command line in `cli` only calls them.

pub mod cli;
pub mod content;
pub mod hours;
pub mod i18n;
pub mod lang;
pub mod readability;
pub mod search;
pub mod spelling;
