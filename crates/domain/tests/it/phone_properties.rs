//! Properties of mobile phone parsing.

use msj_domain::phone::{MobilePhone, parse_mobile};
use msj_domain::territories::Territory;
use proptest::prelude::*;

/// Leading digits (after the trunk 0) that belong to the overseas departments, to
/// Saint-Pierre-et-Miquelon or to the fiction range.
const NOT_METROPOLITAN: [&str; 10] = [
    "639", "690", "691", "692", "693", "694", "696", "697", "708", "709",
];

fn territory() -> impl Strategy<Value = Territory> {
    prop::sample::select(Territory::ALL.to_vec())
}

/// Significant digits of a metropolitan mobile: 6 or 7, then 8 digits.
fn metropolitan_mobile() -> impl Strategy<Value = String> {
    "[67][0-9]{8}".prop_filter("metropolitan range", |digits| {
        !NOT_METROPOLITAN
            .iter()
            .any(|prefix| digits.starts_with(prefix))
    })
}

/// The ways people write the national number `0` + `digits`.
fn written(digits: &str, style: usize) -> String {
    let national = format!("0{digits}");
    let pairs: Vec<_> = national
        .as_bytes()
        .chunks(2)
        .map(|p| String::from_utf8_lossy(p))
        .collect();
    match style {
        0 => national,
        1 => pairs.join(" "),
        2 => pairs.join("."),
        3 => pairs.join("-"),
        4 => format!("+33{digits}"),
        5 => format!("+33 {} {}", &digits[..1], pairs[1..].join(" ")),
        6 => format!("0033 {digits}"),
        7 => format!("+33 (0){digits}"),
        8 => format!("({}) {}", pairs[0], pairs[1..].join(" ")),
        _ => format!("  {}  ", pairs.join("\u{a0}")),
    }
}

/// Inputs of every kind, valid or not.
fn typed_number() -> impl Strategy<Value = String> {
    prop_oneof![
        "0[1-9][0-9]{8}",
        "\\+(33|262|590|594|596|508)0?[1-9][0-9]{5,8}",
        "\\+(687|689|681)[0-9]{6,8}",
        "(\\+|00)[1-9][0-9]{6,15}",
        "[0-9]{6}|[0-9]{8}",
        "[0-9 .()+-]{0,20}",
    ]
}

proptest! {
    #[test]
    fn metropolitan_mobiles_parse_alike_in_every_format(
        digits in metropolitan_mobile(),
        style in 0usize..10,
        territory in territory(),
    ) {
        let phone = parse_mobile(&written(&digits, style), territory).unwrap();
        prop_assert_eq!(phone.e164(), format!("+33{digits}"));
        prop_assert!(!phone.is_fiction());
        prop_assert_eq!(phone.national_display(), written(&digits, 1));
    }

    #[test]
    fn parsing_an_e164_number_is_idempotent(
        input in typed_number(),
        typed_in in territory(),
        reparsed_in in territory(),
    ) {
        if let Ok(phone) = parse_mobile(&input, typed_in) {
            prop_assert_eq!(parse_mobile(phone.e164(), reparsed_in), Ok(phone.clone()));
            prop_assert_eq!(MobilePhone::from_e164(phone.e164()), Ok(phone.clone()));
            prop_assert_eq!(parse_mobile(&phone.national_display(), reparsed_in), Ok(phone.clone()));
            prop_assert!(phone.e164().starts_with('+'));
            prop_assert!((9..=16).contains(&phone.e164().len()));
        }
    }

    #[test]
    fn the_fiction_range_is_always_flagged(tail in "[0-9]{4}", territory in territory()) {
        let phone = parse_mobile(&format!("06 39 98 {tail}"), territory).unwrap();
        prop_assert!(phone.is_fiction());
        prop_assert_eq!(phone.e164(), format!("+33639 98{tail}").replace(' ', ""));
    }
}
