//! Checks of a service's phone numbers and places: each names its source,
//! can be dialled or found, and is shown where it should be.

use super::contact::{Location, Phone};
use super::diagnostic::{Diagnostic, Source};
use super::model::Service;
use super::values::Canton;

pub fn phone(source: &Source, service: &Service, phone: &Phone, found: &mut Vec<Diagnostic>) {
    let span = Some(phone.number.span());
    if !phone_is_dialable(phone.number()) {
        found.push(source.warning(
            span.clone(),
            format!(
                "the number `{}` cannot be dialled as written — write it as +41 22 123 45 67, 022 123 45 67 or a short number such as 143",
                phone.number()
            ),
        ));
    }
    if phone.source.is_none() {
        found.push(source.warning(
            span,
            format!(
                "phone has no source: `{}` — add `source = \"https://…\"`, the official page where this number is written",
                phone.number()
            ),
        ));
    }
    if let Some(canton) = &phone.canton {
        check_canton(source, service, canton, "line", found);
    }
    if phone.hours.as_ref().is_some_and(|h| h.is_empty()) {
        found.push(source.warning(
            Some(phone.number.span()),
            "[phones.hours] has no day — add the days the line answers, such as monday = [\"08:30-12:00\"], or remove the table",
        ));
    }
}

pub fn location(
    source: &Source,
    service: &Service,
    location: &Location,
    today: jiff::civil::Date,
    found: &mut Vec<Diagnostic>,
) {
    let span = Some(location.name.span());
    let name = location.name();
    if location.source.is_none() {
        found.push(source.warning(
            span.clone(),
            format!(
                "address has no source: `{name}` — add `source = \"https://…\"`, the official page where this address is written"
            ),
        ));
    }
    if is_post_office_box(&location.address_1) {
        found.push(source.warning(
            span.clone(),
            format!(
                "the address of `{name}` is a post-office box (`{}`) — visitors cannot go there; write the street address of the office",
                location.address_1
            ),
        ));
    }
    if let Some(canton) = &location.canton {
        check_canton(source, service, canton, "office", found);
    }
    for (i, commune) in location.serves.iter().enumerate() {
        let earlier = &location.serves[..i];
        if earlier
            .iter()
            .any(|c| c.get_ref().matches(commune.get_ref()))
        {
            found.push(source.warning(
                Some(commune.span()),
                format!(
                    "`{}` is listed twice in `serves` — remove one",
                    commune.get_ref()
                ),
            ));
        }
    }
    if location.hours.as_ref().is_some_and(|h| h.is_empty()) {
        found.push(source.warning(
            span,
            format!(
                "the opening hours of `{name}` have no day — add the days it is open, such as monday = [\"08:30-12:00\"], or remove the table"
            ),
        ));
    }
    for closure in &location.closed {
        let c = *closure.get_ref();
        if c.is_backwards() {
            found.push(source.error(
                Some(closure.span()),
                format!(
                    "the closure from {} to {} ends before it starts — write the first day in `from` and the last in `to`",
                    c.from, c.to
                ),
            ));
        } else if c.to.0 < today {
            found.push(source.warning(
                Some(closure.span()),
                format!("the closure {c} is over — remove it"),
            ));
        } else if let Some(canton) = holiday_canton(service, location)
            && c.from == c.to
            && crate::holidays::holiday(canton, c.from.0).is_some()
        {
            found.push(source.warning(
                Some(closure.span()),
                format!(
                    "{c} is a public holiday in {canton} — the kiosk knows it already; remove it from `closed`"
                ),
            ));
        }
    }
}

/// The canton whose public holidays a place keeps: its own, or the one
/// canton its service is offered in.
fn holiday_canton<'a>(service: &'a Service, location: &'a Location) -> Option<&'a str> {
    if let Some(canton) = &location.canton {
        return Some(canton.get_ref().as_str());
    }
    match service.cantons.as_slice() {
        [only] if !only.is_whole_country() => Some(only.as_str()),
        _ => None,
    }
}

/// A cantonal line or office must be in a canton the service is offered in.
fn check_canton(
    source: &Source,
    service: &Service,
    canton: &toml::Spanned<Canton>,
    what: &str,
    found: &mut Vec<Diagnostic>,
) {
    let code = canton.get_ref();
    if code.is_whole_country() {
        found.push(source.error(
            Some(canton.span()),
            format!(
                "`canton = \"CH\"` on a {what} — leave `canton` out when it serves everyone; write a canton such as \"GE\" only for a cantonal {what}"
            ),
        ));
    } else if !service.serves(code) {
        let offered: Vec<&str> = service.cantons.iter().map(Canton::as_str).collect();
        found.push(source.warning(
            Some(canton.span()),
            format!(
                "this {what} is for {code}, but the service is offered in {} only — no kiosk will show it; correct `canton` or the service's `cantons`",
                offered.join(", ")
            ),
        ));
    }
}

/// "Case postale 123", "CP 5", "Postfach 12", "Casella postale 3".
fn is_post_office_box(address: &str) -> bool {
    let words = crate::search::folded_words(address);
    let has = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1] == b);
    has("case", "postale")
        || has("casella", "postale")
        || words.first().is_some_and(|w| w == "cp" || w == "postfach")
        || words.iter().any(|w| w == "postfach")
        || has("po", "box")
}

/// Whether a phone number can be dialled from a Swiss phone as written:
/// E.164 (`+41 22 …`, `+33 …`), Swiss national (`022 …`, `0800 …`) or a
/// Swiss short number (`143`, `1414`).
pub fn phone_is_dialable(number: &str) -> bool {
    let separators = |c: char| c == ' ' || c == '.' || c == '-' || c == '/' || c == '\u{a0}';
    let compact: String = number.chars().filter(|&c| !separators(c)).collect();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(international) = compact.strip_prefix('+') {
        if !all_digits(international) {
            return false;
        }
        return match international.strip_prefix("41") {
            Some(swiss) => swiss.len() == 9 && !swiss.starts_with('0'),
            None => (8..=15).contains(&international.len()),
        };
    }
    if !all_digits(&compact) {
        return false;
    }
    match compact.as_bytes() {
        [b'0', second, ..] => compact.len() == 10 && *second != b'0',
        [b'1', ..] => (3..=4).contains(&compact.len()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialable_numbers() {
        for ok in [
            "+41 22 546 19 00",
            "022 546 19 10",
            "0800 55 42 10",
            "143",
            "1414",
            "+33 1 23 45 67 89",
        ] {
            assert!(phone_is_dialable(ok), "{ok}");
        }
        for bad in [
            "22 546 19 00",
            "+41 022 546 19 00",
            "0041 22 546 19 00",
            "546 19 00",
            "022 546 19",
            "tel: 143",
            "+41 22 546 19 00 ext 3",
        ] {
            assert!(!phone_is_dialable(bad), "{bad}");
        }
    }

    #[test]
    fn post_office_boxes() {
        for pobox in [
            "Case postale 5",
            "CP 12",
            "Postfach 1234",
            "Rue X 3, case postale 7",
        ] {
            assert!(is_post_office_box(pobox), "{pobox}");
        }
        for street in [
            "Rue de la Poste 5",
            "Avenue de Cour 12",
            "Chemin des Capucins 2",
        ] {
            assert!(!is_post_office_box(street), "{street}");
        }
    }
}
