//! Properties of APPI numbers.

use msj_domain::identity::AppiNumber;
use proptest::prelude::*;

fn valid_appi() -> impl Strategy<Value = String> {
    let long = "(200|201|202)[0-9]{9}";
    let short = "(199|200)[0-9]{5}";
    (prop_oneof![long, short], "[a-zA-Z]?").prop_map(|(digits, letter)| digits + &letter)
}

proptest! {
    #[test]
    fn valid_numbers_are_trimmed_and_upper_cased(
        number in valid_appi(),
        before in "[ \t]{0,3}",
        after in "[ \t]{0,3}",
    ) {
        let parsed = AppiNumber::parse(&format!("{before}{number}{after}")).unwrap();
        prop_assert_eq!(parsed.as_str(), number.to_uppercase());
        prop_assert_eq!(AppiNumber::parse(parsed.as_str()), Ok(parsed.clone()));
    }

    #[test]
    fn whatever_is_accepted_has_the_appi_shape(input in "[0-9a-zA-Z ]{0,16}|(199|200|201|202)[0-9A-Za-z]{4,11}") {
        if let Ok(parsed) = AppiNumber::parse(&input) {
            let text = parsed.as_str();
            let digits = text.trim_end_matches(|c: char| c.is_ascii_uppercase());
            prop_assert!(text.len() - digits.len() <= 1);
            prop_assert!(digits.bytes().all(|b| b.is_ascii_digit()));
            let prefix = &digits[..3];
            match digits.len() {
                12 => prop_assert!(["200", "201", "202"].contains(&prefix)),
                8 => prop_assert!(["199", "200"].contains(&prefix)),
                n => prop_assert!(false, "length {}", n),
            }
        }
    }

    #[test]
    fn one_extra_digit_or_letter_is_refused(number in valid_appi(), extra in "[0-9]|[A-Z]{2}") {
        let longer = format!("{number}{extra}");
        prop_assert!(AppiNumber::parse(&longer).is_err());
    }
}
