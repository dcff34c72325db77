//! Places where people are summoned: preferred contact, information link, validity window.

use std::str::FromStr;

use chrono::NaiveDate;

use crate::field_problem::FieldProblem;

/// How people should get in touch with a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactMethod {
    /// By phone (the default).
    Phone,
    /// By email.
    Email,
}

impl ContactMethod {
    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Email => "email",
        }
    }
}

impl FromStr for ContactMethod {
    type Err = FieldProblem;

    fn from_str(key: &str) -> Result<Self, FieldProblem> {
        match key {
            "phone" => Ok(Self::Phone),
            "email" => Ok(Self::Email),
            _ => Err(FieldProblem::new(
                "/main_contact_method",
                "invalid_value",
                "« phone » ou « email ».",
            )),
        }
    }
}

/// Checks the information link of a place: an http(s) address.
pub fn check_information_url(url: &str) -> Result<(), FieldProblem> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !url.contains(char::is_whitespace) => Ok(()),
        _ => Err(FieldProblem::new(
            "/information_url",
            "invalid_url",
            "Adresse web attendue (https://…).",
        )),
    }
}

/// Checks that a place's validity window, when bounded on both sides, is not empty.
pub fn check_validity(
    valid_from: Option<NaiveDate>,
    valid_until: Option<NaiveDate>,
) -> Result<(), FieldProblem> {
    match (valid_from, valid_until) {
        (Some(from), Some(until)) if from >= until => Err(FieldProblem::new(
            "/valid_until",
            "invalid_window",
            "La fin de validité doit suivre son début.",
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_of_a_place() {
        assert_eq!(
            "email".parse::<ContactMethod>().map(ContactMethod::key),
            Ok("email")
        );
        assert!("fax".parse::<ContactMethod>().is_err());
        assert!(check_information_url("https://justice.fr/spip-75").is_ok());
        assert!(check_information_url("justice.fr").is_err());
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d);
        assert!(check_validity(day(1), day(2)).is_ok());
        assert!(check_validity(day(2), day(2)).is_err());
        assert!(check_validity(None, day(2)).is_ok());
    }
}
