//! The questionnaire's pages: a question (choices, a keypad, counters,
//! ticks) and the result. What is shown here is what is said.

use iced::widget::{container, scrollable};
use iced::{Element, Length};

use super::{Message, Quiz, Step, Target};
use crate::content::{Catalogue, Field, Service};
use crate::i18n::{Arg, Strings};
use crate::lang::Lang;
use crate::screener::questions::{
    DONT_KNOW_ID, NO_ID, PROGRESS_ID, RATHER_NOT_SAY_ID, YES_ID, key_message_id, option_message_id,
};
use crate::screener::{self, Form, Key, Question, Suggestion};
use crate::ui::draw;
use crate::ui::focus::Focus;
use crate::ui::icons::Icon;
use crate::ui::page::{Block, Columns, Look, Page, Size, Words};
use crate::ui::sizes;
use crate::ui::widgets::Cx;

impl Quiz {
    /// The page: what is drawn, what is said and the focus order.
    pub fn page(
        &self,
        strings: &Strings,
        lang: Lang,
        catalogue: &Catalogue,
        today: jiff::civil::Date,
    ) -> Page<Target> {
        let t = |id: &str| Words::new(lang, strings.get(lang, id));
        let mut page = Page::default();
        page.push(Block::Button {
            label: t("detail-back"),
            target: Target::Back,
            look: Look::Back,
        });
        match self.step {
            Step::Asking(question) => {
                self.question(&mut page, strings, lang, catalogue, today, question)
            }
            Step::Result => self.result(&mut page, strings, lang, catalogue, today),
        }
        page
    }

    fn question(
        &self,
        page: &mut Page<Target>,
        strings: &Strings,
        lang: Lang,
        catalogue: &Catalogue,
        today: jiff::civil::Date,
        question: Question,
    ) {
        let t = |id: &str| Words::new(lang, strings.get(lang, id));
        let plan = screener::plan(&self.answers, self.has_candidates);
        let current = plan
            .iter()
            .position(|q| *q == question)
            .map_or(1, |i| i + 1);
        let count = |n: usize| Arg::Number(i64::try_from(n).unwrap_or(i64::MAX));
        page.push(Block::Caption(Words::new(
            lang,
            strings.get_with(
                lang,
                PROGRESS_ID,
                &[("number", count(current)), ("count", count(plan.len()))],
            ),
        )));
        page.push(Block::Heading(t(&question.message_id()), Size::Title));
        let answer = |label: Words, target, icon: Option<Icon>, chosen| Block::Button {
            label: if chosen {
                chosen_words(strings, lang, label)
            } else {
                label
            },
            target,
            look: Look::Answer { icon, chosen },
        };
        match question.form() {
            Form::Choice { key, options } => {
                let given = self.answers.choice(key);
                let buttons = options
                    .iter()
                    .map(|option| {
                        answer(
                            t(&option_message_id(key, option)),
                            Target::Choose(option),
                            icon(key, option),
                            given == Some(*option),
                        )
                    })
                    .collect();
                page.push(Block::Grid(buttons, Columns::Answers));
            }
            Form::YesNo { key } => {
                let given = self.answers.yes_no(key);
                page.push(Block::Grid(
                    vec![
                        answer(
                            t(YES_ID),
                            Target::Choose("yes"),
                            icon(key, "yes"),
                            given == Some(true),
                        ),
                        answer(t(NO_ID), Target::Choose("no"), None, given == Some(false)),
                    ],
                    Columns::Answers,
                ));
            }
            Form::Number { key, .. } => {
                page.push(self.counter(strings, lang, key, None));
                page.push(keypad(strings, lang, key));
                if self.answers.number(key).is_some() {
                    page.push(next(strings, lang));
                }
            }
            Form::Numbers { keys } => {
                for key in keys {
                    let label = t(&key_message_id(*key));
                    page.push(self.counter(strings, lang, *key, Some(label)));
                }
                page.push(next(strings, lang));
            }
            Form::Ticks => {
                let ticks = screener::situations(&self.answers)
                    .into_iter()
                    .map(|key| {
                        let ticked = self.answers.yes_no(key) == Some(true);
                        answer(t(&key_message_id(key)), Target::Tick(key), None, ticked)
                    })
                    .collect();
                page.push(Block::Grid(ticks, Columns::Answers));
                page.push(next(strings, lang));
            }
            Form::Services => {
                let ticks = screener::candidates(catalogue, &self.answers, today)
                    .into_iter()
                    .map(|service| {
                        let ticked = self.answers.receives().contains(service.id());
                        let (title, _) = title(service, lang);
                        let icon = category_icon(catalogue, service);
                        answer(
                            title,
                            Target::Receives(service.id().to_owned()),
                            Some(icon),
                            ticked,
                        )
                    })
                    .collect();
                page.push(Block::Grid(ticks, Columns::Answers));
                page.push(next(strings, lang));
            }
        }
        page.push(Block::Grid(
            vec![
                answer(t(DONT_KNOW_ID), Target::DontKnow, Some(Icon::Help), false),
                answer(
                    t(RATHER_NOT_SAY_ID),
                    Target::RatherNotSay,
                    Some(Icon::Close),
                    false,
                ),
            ],
            Columns::Answers,
        ));
    }

    /// A number between − and + (its label above, if given).
    fn counter(
        &self,
        strings: &Strings,
        lang: Lang,
        key: Key,
        label: Option<Words>,
    ) -> Block<Target> {
        let t = |id: &str| strings.get(lang, id);
        let value = match (self.answers.number(key), label.is_some()) {
            (Some(n), _) => Words::new(lang, n.to_string()),
            // Children not yet counted are shown (and counted) as 0.
            (None, true) => Words::new(lang, "0"),
            (None, false) => Words::said_as(lang, "…", t("screener-no-number")),
        };
        let button = |shown: &str, said: &str, target| Block::Button {
            label: Words::said_as(lang, shown, t(said)),
            target,
            look: Look::Pad,
        };
        match label {
            // Children: − the number +.
            Some(label) => Block::Panel(vec![
                Block::Paragraph(label, Size::Section),
                Block::Grid(
                    vec![
                        button("−", "screener-less", Target::Less(key)),
                        Block::Heading(value, Size::Title),
                        button("+", "screener-more", Target::More(key)),
                    ],
                    Columns::Three,
                ),
            ]),
            // An age: the number typed so far, above the keypad.
            None => Block::Panel(vec![Block::Heading(value, Size::Title)]),
        }
    }

    fn result(
        &self,
        page: &mut Page<Target>,
        strings: &Strings,
        lang: Lang,
        catalogue: &Catalogue,
        today: jiff::civil::Date,
    ) {
        let t = |id: &str| Words::new(lang, strings.get(lang, id));
        let outcome = screener::evaluate(catalogue, &self.answers, today);
        page.push(Block::Heading(t(screener::TITLE_ID), Size::Title));
        page.push(Block::Notice(t(screener::NOTICE_ID)));
        if outcome.likely.is_empty() && outcome.maybe.is_empty() {
            page.push(Block::Paragraph(t("screener-none"), Size::Section));
        }
        for (id, group) in [
            (screener::LIKELY_ID, &outcome.likely),
            (screener::MAYBE_ID, &outcome.maybe),
        ] {
            if !group.is_empty() {
                page.push(Block::Heading(t(id), Size::Section));
                page.blocks
                    .extend(group.iter().map(|s| card(strings, lang, catalogue, s)));
            }
        }
        if !outcome.unlikely.is_empty() {
            if self.show_unlikely {
                page.push(Block::Heading(t(screener::UNLIKELY_ID), Size::Section));
                page.blocks.extend(
                    outcome
                        .unlikely
                        .iter()
                        .map(|s| card(strings, lang, catalogue, s)),
                );
            } else {
                page.push(Block::Button {
                    label: t(screener::SHOW_UNLIKELY_ID),
                    target: Target::ShowUnlikely,
                    look: Look::Primary,
                });
            }
        }
        if !outcome.set_aside.is_empty() {
            page.push(Block::Heading(t("screener-set-aside"), Size::Section));
            page.push(Block::List(
                outcome.set_aside.iter().map(|s| title(s, lang).0).collect(),
                crate::ui::page::Marker::Bullet,
            ));
        }
    }

    pub fn view<'a>(
        cx: &Cx<'a>,
        focus: &Focus<Target>,
        page: Page<Target>,
    ) -> Element<'a, Message> {
        let content = draw::page(cx, focus, page, None)
            .spacing(sizes::SPACING_LARGE)
            .max_width(sizes::MAX_TEXT_WIDTH);
        let drawn: Element<'a, Target> = scrollable(
            container(content)
                .padding(sizes::PADDING)
                .center_x(Length::Fill),
        )
        .height(Length::Fill)
        .into();
        drawn.map(Target::message)
    }
}

/// A chosen answer says so: "Alone, chosen".
fn chosen_words(strings: &Strings, lang: Lang, label: Words) -> Words {
    let said = strings.get_with(
        lang,
        "screener-chosen",
        &[("what", Arg::Text(&label.spoken))],
    );
    Words::said_as(label.lang, label.shown, said)
}

/// "Next" under numbers and ticks.
fn next(strings: &Strings, lang: Lang) -> Block<Target> {
    Block::Button {
        label: Words::new(lang, strings.get(lang, "screener-next")),
        target: Target::Next,
        look: Look::Large,
    }
}

/// Digits 1–9, 0 and Erase, for an age or a number of years.
fn keypad(strings: &Strings, lang: Lang, key: Key) -> Block<Target> {
    let digit = |d: u32| Block::Button {
        label: Words::new(lang, d.to_string()),
        target: Target::Digit(key, d),
        look: Look::Pad,
    };
    // As on a telephone: 1 2 3, 4 5 6, 7 8 9, then Erase and 0.
    let mut keys: Vec<Block<Target>> = (1..=9).map(digit).collect();
    keys.push(Block::Button {
        label: Words::new(lang, strings.get(lang, "screener-erase")),
        target: Target::Erase(key),
        look: Look::Pad,
    });
    keys.push(digit(0));
    if lang.is_rtl() {
        // Rows are mirrored right to left; a keypad reads 1 2 3 in every
        // script, so its rows are given in reverse.
        keys = keys
            .chunks(3)
            .flat_map(|row| row.iter().rev().cloned())
            .collect();
    }
    Block::Grid(keys, Columns::Three)
}

/// A picture for an answer, where the kiosk's icons have one that fits.
fn icon(key: Key, option: &str) -> Option<Icon> {
    Some(match (key, option) {
        (Key::Canton, _) => Icon::MapPin,
        (Key::Household, "couple") => Icon::Category("users-group.svg".to_owned()),
        (Key::Housing, "tenant" | "owner" | "hosted") => Icon::Category("home.svg".to_owned()),
        (Key::Housing, _) => Icon::Category("lifebuoy.svg".to_owned()),
        (Key::Work, "employed" | "self-employed") => Icon::Category("briefcase.svg".to_owned()),
        (Key::Work, "unemployed") => Icon::Search,
        (Key::Work, "retired") => Icon::Category("old.svg".to_owned()),
        (Key::Work, "student" | "apprentice") => Icon::Category("school.svg".to_owned()),
        (Key::Work, "unable-to-work") => Icon::Category("stethoscope.svg".to_owned()),
        (Key::Work, "at-home") => Icon::Category("home.svg".to_owned()),
        (Key::MoneyEnough, _) => Icon::Category("coins.svg".to_owned()),
        (Key::Residence, _) => Icon::Category("id.svg".to_owned()),
        (Key::HealthInsurance, _) => Icon::Category("stethoscope.svg".to_owned()),
        _ => return None,
    })
}

/// A service's title, in the language it is written in.
fn title(service: &Service, lang: Lang) -> (Words, Lang) {
    let shown = service.text(lang);
    let own = if shown.in_french.contains(&Field::Title) {
        Lang::REFERENCE
    } else {
        lang
    };
    (Words::new(own, shown.title), own)
}

fn category_icon(catalogue: &Catalogue, service: &Service) -> Icon {
    service
        .category_ids()
        .next()
        .and_then(|c| catalogue.category(c))
        .map_or(Icon::Search, |c| Icon::Category(c.icon.get_ref().clone()))
}

/// A service of the result: its picture, its title, and why (with "ask at
/// the desk" when the rules leave it to the desk). A touch opens it.
fn card(strings: &Strings, lang: Lang, catalogue: &Catalogue, s: &Suggestion<'_>) -> Block<Target> {
    let mut why: Vec<String> = s
        .why
        .iter()
        .map(|text| {
            // Each reason a sentence, with its script's full stop.
            let reason = screener::reason(text, lang).trim();
            let stop = if lang == Lang::Ti { "።" } else { "." };
            if reason.ends_with(['.', '።', '!', '?', '؟']) {
                reason.to_owned()
            } else {
                format!("{reason}{stop}")
            }
        })
        .collect();
    if s.ask_at_desk {
        why.push(strings.get(lang, screener::ASK_AT_DESK_ID));
    }
    Block::Card {
        icon: category_icon(catalogue, s.service),
        title: title(s.service, lang).0,
        summary: Words::new(lang, why.join(" ")),
        target: Target::Open(s.service.id().to_owned()),
    }
}
