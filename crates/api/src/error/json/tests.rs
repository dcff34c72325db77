use serde::Deserialize;

use super::parse;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Body {
    phone: String,
    people: Vec<Person>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Person {
    age: u8,
}

fn first(json: &str) -> (String, String) {
    let error = parse::<Body>(json.as_bytes()).unwrap_err();
    assert_eq!(error.code, "invalid_field");
    (
        error.errors[0].pointer.clone(),
        error.errors[0].code.clone(),
    )
}

#[test]
fn points_at_the_field_at_fault() {
    assert_eq!(
        first(r#"{"phone":"x","people":[{"age":"old"}]}"#),
        ("/people/0/age".into(), "invalid_type".into())
    );
    assert_eq!(
        first(r#"{"phone":"x","people":[],"extra":1}"#),
        ("/extra".into(), "unknown_field".into())
    );
    assert_eq!(
        first(r#"{"people":[]}"#),
        ("/phone".into(), "missing_field".into())
    );
    assert_eq!(
        first(r#"{"phone":"x","people":[{"age":300}]}"#),
        ("/people/0/age".into(), "invalid_value".into())
    );
}

#[test]
fn malformed_json_is_a_bad_request() {
    for json in [
        r#"{"phone":"#,
        "not json",
        r#"{"phone":"x","people":[]} trailing"#,
    ] {
        let error = parse::<Body>(json.as_bytes()).unwrap_err();
        assert_eq!(error.code, "malformed_json", "{json}");
        assert_eq!(error.status.as_u16(), 400);
    }
}

#[test]
fn accepts_a_valid_body() {
    parse::<Body>(br#"{"phone":"x","people":[{"age":3}]}"#).unwrap();
}
