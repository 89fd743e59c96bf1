//! Icons: the interface's own (embedded) and the categories' (from
//! `assets/icons/`, named in `content/categories.toml`).

use std::collections::BTreeMap;
use std::path::Path;

use iced::widget::svg;

const EMBEDDED: [(&str, &[u8]); 16] = [
    ("back", include_bytes!("../../assets/ui/back.svg")),
    ("back-rtl", include_bytes!("../../assets/ui/back-rtl.svg")),
    ("backspace", include_bytes!("../../assets/ui/backspace.svg")),
    ("clock", include_bytes!("../../assets/ui/clock.svg")),
    ("close", include_bytes!("../../assets/ui/close.svg")),
    ("contrast", include_bytes!("../../assets/ui/contrast.svg")),
    ("help", include_bytes!("../../assets/ui/help.svg")),
    ("keyboard", include_bytes!("../../assets/ui/keyboard.svg")),
    ("language", include_bytes!("../../assets/ui/language.svg")),
    ("mail", include_bytes!("../../assets/ui/mail.svg")),
    ("map-pin", include_bytes!("../../assets/ui/map-pin.svg")),
    ("phone", include_bytes!("../../assets/ui/phone.svg")),
    ("restart", include_bytes!("../../assets/ui/restart.svg")),
    ("search", include_bytes!("../../assets/ui/search.svg")),
    ("text-size", include_bytes!("../../assets/ui/text-size.svg")),
    ("volume", include_bytes!("../../assets/ui/volume.svg")),
];

/// An icon: one of the interface's own, or a category's picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Icon {
    Back,
    /// The back arrow pointing right, for right-to-left languages.
    BackRtl,
    Backspace,
    Clock,
    Close,
    Contrast,
    Help,
    Keyboard,
    /// A globe: languages, and a web address.
    Language,
    /// An envelope: an e-mail address.
    Mail,
    MapPin,
    Phone,
    Restart,
    Search,
    TextSize,
    Volume,
    /// A category's picture: its file in `assets/icons/`, as named in
    /// `content/categories.toml`.
    Category(String),
}

impl Icon {
    /// The name it is loaded under.
    pub fn name(&self) -> &str {
        match self {
            Icon::Back => "back",
            Icon::BackRtl => "back-rtl",
            Icon::Backspace => "backspace",
            Icon::Clock => "clock",
            Icon::Close => "close",
            Icon::Contrast => "contrast",
            Icon::Help => "help",
            Icon::Keyboard => "keyboard",
            Icon::Language => "language",
            Icon::Mail => "mail",
            Icon::MapPin => "map-pin",
            Icon::Phone => "phone",
            Icon::Restart => "restart",
            Icon::Search => "search",
            Icon::TextSize => "text-size",
            Icon::Volume => "volume",
            Icon::Category(file) => file,
        }
    }
}

/// The interface icons, plus every `.svg` in `dir` under its file name.
/// A missing or unreadable folder gives the interface icons only: a
/// category then shows its label without a picture.
pub fn load(dir: &Path) -> BTreeMap<String, svg::Handle> {
    let mut icons: BTreeMap<String, svg::Handle> = EMBEDDED
        .iter()
        .map(|(name, bytes)| ((*name).to_owned(), svg::Handle::from_memory(*bytes)))
        .collect();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            if !name.ends_with(".svg") {
                continue;
            }
            if let Ok(bytes) = std::fs::read(&path) {
                icons.insert(name.to_owned(), svg::Handle::from_memory(bytes));
            }
        }
    }
    icons
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interface_icon_is_embedded() {
        let loaded = load(Path::new("/nonexistent"));
        for icon in [
            Icon::Back,
            Icon::BackRtl,
            Icon::Backspace,
            Icon::Clock,
            Icon::Close,
            Icon::Contrast,
            Icon::Help,
            Icon::Keyboard,
            Icon::Language,
            Icon::Mail,
            Icon::MapPin,
            Icon::Phone,
            Icon::Restart,
            Icon::Search,
            Icon::TextSize,
            Icon::Volume,
        ] {
            assert!(loaded.contains_key(icon.name()), "{icon:?}");
        }
    }
}
