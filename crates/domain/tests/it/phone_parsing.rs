//! Parsing of mobile numbers, case by case.

use Territory::*;
use msj_domain::phone::{PhoneError, parse_mobile};
use msj_domain::territories::Territory;

fn e164(input: &str, territory: Territory) -> Result<String, PhoneError> {
    parse_mobile(input, territory).map(|phone| phone.e164().to_owned())
}

fn ok(number: &str) -> Result<String, PhoneError> {
    Ok(number.to_owned())
}

#[test]
fn metropolitan_mobiles_in_every_format() {
    for input in [
        "06 61 08 37 31",
        "06.61.08.37.31",
        "06-61-08-37-31",
        "+33661083731",
        "0033 6 61 08 37 31",
        "+33 (0)6 61 08 37 31",
        "+33 06 61 08 37 31",
    ] {
        assert_eq!(e164(input, Metropole), ok("+33661083731"), "{input}");
    }
    assert_eq!(e164("07 81 23 45 67", Reunion), ok("+33781234567"));
}

#[test]
fn overseas_prefixes_get_their_country_code() {
    assert_eq!(e164("0639 12 34 56", Metropole), ok("+262639123456"));
    assert_eq!(e164("0690 12 34 56", Metropole), ok("+590690123456"));
    assert_eq!(e164("0691 12 34 56", SaintMartin), ok("+590691123456"));
    assert_eq!(e164("0692 12 34 56", Metropole), ok("+262692123456"));
    assert_eq!(e164("0693 12 34 56", Reunion), ok("+262693123456"));
    assert_eq!(e164("0694 12 34 56", Guyane), ok("+594694123456"));
    assert_eq!(e164("0696 12 34 56", Martinique), ok("+596696123456"));
    assert_eq!(e164("0697 12 34 56", Martinique), ok("+596697123456"));
    assert_eq!(e164("07 09 30 12 34", Guyane), ok("+594709301234"));
    assert_eq!(e164("07 09 35 12 34", Mayotte), ok("+262709351234"));
    assert_eq!(e164("+33 692 12 34 56", Metropole), ok("+262692123456"));
}

#[test]
fn fiction_range_stays_metropolitan_and_is_flagged() {
    let phone = parse_mobile("06 39 98 12 34", Mayotte).unwrap();
    assert_eq!(phone.e164(), "+33639981234");
    assert!(phone.is_fiction());
    assert!(
        parse_mobile("+33639981234", Metropole)
            .unwrap()
            .is_fiction()
    );
    assert!(
        !parse_mobile("0639 12 34 56", Metropole)
            .unwrap()
            .is_fiction()
    );
    assert!(
        !parse_mobile("+262639981234", Metropole)
            .unwrap()
            .is_fiction()
    );
}

#[test]
fn landlines_are_not_mobiles() {
    for input in [
        "01 23 45 67 89",
        "09 70 12 34 56",
        "0262 12 34 56",
        "+262 262 12 34 56",
        "+590 590 12 34 56",
        "+33 1 23 45 67 89",
    ] {
        assert_eq!(
            e164(input, Metropole),
            Err(PhoneError::NotMobile),
            "{input}"
        );
    }
    assert_eq!(
        e164("+590 692 12 34 56", Metropole),
        Err(PhoneError::NotMobile)
    );
}

#[test]
fn wrong_lengths_and_characters_are_invalid() {
    for input in [
        "",
        "06 12 34 56 7",
        "06 12 34 56 789",
        "612345678",
        "+33 6 12 34 56 7",
        "06 12 34 56 7x",
        "+123",
        "+0612345678",
        "+1234567890123456",
    ] {
        assert_eq!(e164(input, Metropole), Err(PhoneError::Invalid), "{input}");
    }
}

#[test]
fn own_numberings_when_the_organisation_is_there() {
    assert_eq!(e164("75 12 34", NouvelleCaledonie), ok("+687751234"));
    assert_eq!(e164("87 12 34 56", PolynesieFrancaise), ok("+68987123456"));
    assert_eq!(e164("82 12 34", WallisEtFutuna), ok("+681821234"));
    assert_eq!(e164("55 12 34", SaintPierreEtMiquelon), ok("+508551234"));
    assert_eq!(
        e164("27 12 34", NouvelleCaledonie),
        Err(PhoneError::NotMobile)
    );
    assert_eq!(
        e164("40 12 34 56", PolynesieFrancaise),
        Err(PhoneError::NotMobile)
    );
    assert_eq!(
        e164("41 12 34", SaintPierreEtMiquelon),
        Err(PhoneError::NotMobile)
    );
    assert_eq!(e164("75 12 34", Metropole), Err(PhoneError::Invalid));
    assert_eq!(
        e164("06 12 34 56 78", NouvelleCaledonie),
        ok("+33612345678")
    );
}

#[test]
fn own_numberings_with_their_code_from_anywhere() {
    assert_eq!(e164("+687 75 12 34", Metropole), ok("+687751234"));
    assert_eq!(e164("00 689 87 12 34 56", Reunion), ok("+68987123456"));
    assert_eq!(e164("+681 72 12 34", Metropole), ok("+681721234"));
    assert_eq!(e164("+687 88 12 34", Metropole), Err(PhoneError::NotMobile));
    assert_eq!(e164("+687 75 12 3", Metropole), Err(PhoneError::Invalid));
    assert_eq!(e164("+508 708 41 23 45", Metropole), ok("+508708412345"));
}

#[test]
fn foreign_numbers_are_kept_when_plausible() {
    assert_eq!(e164("+49 151 23456789", Metropole), ok("+4915123456789"));
    assert_eq!(e164("0044 7911 123456", Metropole), ok("+447911123456"));
    assert_eq!(e164("+44 (0)7911 123456", Metropole), ok("+447911123456"));
    assert!(
        !parse_mobile("+32470123456", Metropole)
            .unwrap()
            .is_fiction()
    );
}
