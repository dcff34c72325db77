use chrono::NaiveDate;

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn context(residence_required: bool) -> ValidationContext {
    ValidationContext {
        today: today(),
        territory: Territory::Reunion,
        residence_required,
    }
}

fn input() -> ConvictInput<u8> {
    ConvictInput {
        first_name: " élodie ".into(),
        last_name: "dupré".into(),
        date_of_birth: NaiveDate::from_ymd_opt(1990, 5, 17),
        phone: Some("0692 12 34 56".into()),
        no_phone: false,
        refused_phone: false,
        appi_number: Some(" 200123456789 ".into()),
        residence: None,
    }
}

fn codes(result: Result<ValidConvict<u8>, Vec<FieldProblem>>) -> Vec<(&'static str, &'static str)> {
    result
        .unwrap_err()
        .into_iter()
        .map(|p| (p.pointer, p.code))
        .collect()
}

#[test]
fn a_valid_record_is_normalised() {
    let valid = validate(input(), context(false)).unwrap();
    assert_eq!(
        (valid.first_name.as_str(), valid.last_name.as_str()),
        ("Élodie", "DUPRÉ")
    );
    assert_eq!(valid.phone.unwrap().e164(), "+262692123456");
    assert_eq!(valid.appi_number.unwrap().as_str(), "200123456789");
}

#[test]
fn sixteen_years_old_at_least() {
    let mut young = input();
    young.date_of_birth = NaiveDate::from_ymd_opt(2010, 11, 22);
    assert_eq!(
        codes(validate(young, context(false))),
        [("/date_of_birth", "too_young")]
    );
    let mut just_old_enough = input();
    just_old_enough.date_of_birth = NaiveDate::from_ymd_opt(2010, 11, 21);
    assert!(validate(just_old_enough, context(false)).is_ok());
}

#[test]
fn a_phone_or_a_reason_for_none() {
    let mut none = input();
    none.phone = None;
    assert_eq!(
        codes(validate(none.clone(), context(false))),
        [("/phone", "phone_required")]
    );
    none.refused_phone = true;
    assert!(validate(none, context(false)).unwrap().phone.is_none());
    let mut both = input();
    both.no_phone = true;
    assert_eq!(
        codes(validate(both, context(false))),
        [("/phone", "phone_with_no_phone")]
    );
    let mut landline = input();
    landline.phone = Some("01 23 45 67 89".into());
    assert_eq!(
        codes(validate(landline, context(false))),
        [("/phone", "not_mobile")]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let bad = ConvictInput::<u8> {
        first_name: "  ".into(),
        last_name: "x".repeat(101),
        date_of_birth: None,
        phone: None,
        no_phone: false,
        refused_phone: false,
        appi_number: Some("12345".into()),
        residence: None,
    };
    assert_eq!(
        codes(validate(bad, context(true))),
        [
            ("/first_name", "required"),
            ("/last_name", "too_long"),
            ("/date_of_birth", "required"),
            ("/phone", "phone_required"),
            ("/appi_number", "invalid_appi_number"),
            ("/residence", "residence_required"),
        ]
    );
}

#[test]
fn one_residence_at_most() {
    assert_eq!(
        Residence::from_choice(Some(1u8), false, false),
        Ok(Some(Residence::Town(1)))
    );
    assert_eq!(Residence::<u8>::from_choice(None, false, false), Ok(None));
    assert_eq!(
        Residence::<u8>::from_choice(None, true, true)
            .unwrap_err()
            .code,
        "conflicting_residence"
    );
    assert_eq!(
        Residence::from_choice(Some(1u8), true, false)
            .unwrap_err()
            .pointer,
        "/residence"
    );
}
