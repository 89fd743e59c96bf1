//! The on-screen keyboard: big keys, and the letters each language needs.

use iced::widget::{Column, Row, column, container, text};
use iced::{Element, Length};

use super::focus::Focus;
use super::icons::Icon;
use super::page::{KeyCap, Keyboard, Words};
use super::sizes;
use super::theme::Kind;
use super::widgets::{Cx, centred};
use crate::i18n::Strings;
use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Text(&'static str),
    /// A syllable of the Ethiopic script.
    Char(char),
    /// An Ethiopic consonant: shows its seven vowel forms to choose from.
    Consonant(char),
    Space,
    Backspace,
    Clear,
}

/// Swiss keyboards are QWERTZ, for French and Italian too.
const QWERTZ: [&str; 3] = ["qwertzuiop", "asdfghjkl", "yxcvbnm"];
const QWERTY: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const UKRAINIAN: [&str; 3] = ["йцукенгшщзхї", "фівапролджє", "ячсмитьбюґ'"];
const ARABIC: [&str; 3] = ["ضصثقفغعهخحجد", "شسيبلاتنمكطذ", "ئءؤرىةوزظأإآ"];

/// Tigrinya's consonants in the Ethiopic script (first form). Each has its
/// seven vowel forms at the next seven code points.
const ETHIOPIC: [&str; 3] = ["ሀለሐመረሰሸቀቐበቨ", "ተቸነኘአከኸወዐዘዠ", "የደጀገጠጨጰጸፈፐ"];

/// The seven forms of an Ethiopic consonant: ሰ ሱ ሲ ሳ ሴ ስ ሶ.
pub fn vowel_forms(consonant: char) -> Vec<char> {
    (0..7)
        .filter_map(|order| char::from_u32(u32::from(consonant) + order))
        .collect()
}

/// The longest row; shorter rows are centred.
const MAX_KEYS: usize = 12;

/// The rows of letter keys for a language: its alphabet, then a row of the
/// accented letters it uses. Tigrinya has no fixed keyboard here; its
/// speakers browse by pictures or type Latin letters.
pub fn rows(lang: Lang) -> Vec<Vec<&'static str>> {
    let (base, accents): (&[&str; 3], &str) = match lang {
        // The apostrophe and the hyphen are in many words ("l'impôt").
        Lang::Fr => (&QWERTZ, "éèàçêâîôûë'-"),
        Lang::De => (&QWERTZ, "äöüß-"),
        Lang::It => (&QWERTZ, "àèéìòù'"),
        Lang::Sq => (&QWERTZ, "ëç-"),
        Lang::Pt => (&QWERTY, "ãõáéíóúâêôç-"),
        Lang::Es => (&QWERTY, "ñáéíóúü-"),
        Lang::En => (&QWERTY, "'-"),
        Lang::Ti => (&ETHIOPIC, ""),
        Lang::Uk => (&UKRAINIAN, ""),
        Lang::Ar => (&ARABIC, ""),
    };
    let split = |row: &'static str| -> Vec<&'static str> {
        row.char_indices()
            .map(|(i, c)| &row[i..i + c.len_utf8()])
            .collect()
    };
    let mut rows: Vec<Vec<&'static str>> = base.iter().map(|row| split(row)).collect();
    if !accents.is_empty() {
        rows.push(split(accents));
    }
    rows
}

/// The keyboard for `lang` as page data: each key sends `send(key)`.
pub fn keys<T>(
    strings: &Strings,
    lang: Lang,
    picked: Option<char>,
    hide: T,
    send: impl Fn(Key) -> T,
) -> Keyboard<T> {
    let ethiopic = lang == Lang::Ti;
    let cap = |key: Key, label: Words| KeyCap {
        target: send(key.clone()),
        key,
        label,
    };
    let mut letters: Vec<Vec<KeyCap<T>>> = rows(lang)
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|s| {
                    let key = match s.chars().next() {
                        Some(c) if ethiopic => Key::Consonant(c),
                        _ => Key::Text(s),
                    };
                    cap(key, Words::new(lang, s))
                })
                .collect()
        })
        .collect();
    if let Some(consonant) = picked {
        // The chosen consonant's forms, under its row.
        letters.push(
            vowel_forms(consonant)
                .into_iter()
                .map(|c| cap(Key::Char(c), Words::new(lang, c.to_string())))
                .collect(),
        );
    }
    let t = |id: &str| Words::new(lang, strings.get(lang, id));
    Keyboard {
        letters,
        controls: vec![
            cap(Key::Clear, t("keyboard-clear")),
            cap(Key::Space, t("keyboard-space")),
            cap(Key::Backspace, t("keyboard-backspace")),
        ],
        picked,
        hide: (t("keyboard-hide"), hide),
    }
}

/// Draws the keyboard: every key the same width, short rows centred.
pub fn view<'a, M: Clone + PartialEq + 'a>(
    cx: &Cx<'a>,
    focus: &Focus<M>,
    keyboard: Keyboard<M>,
) -> Element<'a, M> {
    let picked = keyboard.picked;
    let key = |label: Element<'a, M>, cap: KeyCap<M>, width: Length| -> Element<'a, M> {
        // The consonant whose forms are on show looks chosen.
        let kind = if matches!(cap.key, Key::Consonant(c) if Some(c) == picked) {
            Kind::Selected
        } else {
            Kind::Key
        };
        cx.action(
            focus,
            container(label).center(Length::Fill),
            cap.target,
            kind,
        )
        .width(width)
        .height(Length::Fixed(sizes::TOUCH))
        .into()
    };
    let mut lines: Vec<Element<'a, M>> = keyboard
        .letters
        .into_iter()
        .map(|row| {
            let margin = MAX_KEYS.saturating_sub(row.len()) as u16;
            let spacer = || {
                iced::widget::space()
                    .width(Length::FillPortion(margin))
                    .into()
            };
            let mut keys: Vec<Element<'a, M>> = Vec::new();
            if margin > 0 {
                keys.push(spacer());
            }
            keys.extend(row.into_iter().map(|cap| {
                let label = centred(cap.label.shown.clone(), sizes::TEXT_KEY);
                key(label, cap, Length::FillPortion(2))
            }));
            if margin > 0 {
                keys.push(spacer());
            }
            cx.row(keys).spacing(sizes::SPACING / 2.0).into()
        })
        .collect();
    let mut bottom: Vec<Element<'a, M>> = keyboard
        .controls
        .into_iter()
        .map(|cap| {
            let words = text(cap.label.shown.clone())
                .size(sizes::TEXT_BUTTON)
                .into();
            match cap.key {
                Key::Backspace => {
                    let label = cx
                        .row(vec![
                            cx.icon(&Icon::Backspace, sizes::ICON_SMALL, cx.palette.text),
                            words,
                        ])
                        .into();
                    key(label, cap, Length::FillPortion(3))
                }
                Key::Space => key(words, cap, Length::FillPortion(5)),
                _ => key(words, cap, Length::FillPortion(2)),
            }
        })
        .collect();
    let hide = cx
        .action(
            focus,
            cx.row(vec![
                cx.icon(&Icon::Keyboard, sizes::ICON_SMALL, cx.palette.text),
                text(keyboard.hide.0.shown).size(sizes::TEXT_BUTTON).into(),
            ]),
            keyboard.hide.1,
            Kind::Card,
        )
        .height(Length::Fixed(sizes::TOUCH))
        .into();
    bottom.push(hide);
    let bottom: Row<'a, M> = cx.row(bottom).spacing(sizes::SPACING / 2.0);
    lines.push(bottom.into());
    let keyboard: Column<'a, M> = Column::with_children(lines).spacing(sizes::SPACING / 2.0);
    container(column![keyboard].max_width(sizes::KEYBOARD_WIDTH))
        .center_x(Length::Fill)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_letters() {
        let has = |lang: Lang, letter: &str| rows(lang).iter().flatten().any(|k| *k == letter);
        assert!(has(Lang::Fr, "é") && has(Lang::Fr, "ç"));
        assert!(has(Lang::De, "ü") && has(Lang::De, "ß"));
        assert!(has(Lang::It, "ù"));
        assert!(has(Lang::Pt, "ã"));
        assert!(has(Lang::Es, "ñ"));
        assert!(has(Lang::Sq, "ë"));
        assert!(has(Lang::Uk, "ї") && has(Lang::Uk, "ґ"));
        assert!(has(Lang::Ar, "ض") && has(Lang::Ar, "ة"));
        assert!(has(Lang::Ti, "ሰ") && has(Lang::Ti, "ጸ"));
        assert_eq!(vowel_forms('ሰ'), vec!['ሰ', 'ሱ', 'ሲ', 'ሳ', 'ሴ', 'ስ', 'ሶ']);
        assert_eq!(vowel_forms('ቐ'), vec!['ቐ', 'ቑ', 'ቒ', 'ቓ', 'ቔ', 'ቕ', 'ቖ']);
        for lang in Lang::ALL {
            for row in rows(lang) {
                assert!(row.len() <= MAX_KEYS, "{lang}: a row of {} keys", row.len());
                assert!(row.iter().all(|k| k.chars().count() == 1), "{lang}");
            }
        }
    }
}
