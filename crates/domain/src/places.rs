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

/// Checks the contact details of a place (features §2.6): the phone number when people are
/// asked to call, a well-formed email address when they are asked to write (and whenever one
/// is given).
pub fn check_contact(
    method: ContactMethod,
    phone: Option<&str>,
    email: Option<&str>,
) -> Result<(), FieldProblem> {
    let filled = |value: Option<&str>| value.is_some_and(|text| !text.trim().is_empty());
    if let Some(address) = email.filter(|_| filled(email)) {
        crate::accounts::normalize_email(address).map_err(|_| {
            FieldProblem::new("/email", "invalid_email", "Adresse électronique invalide.")
        })?;
    }
    match method {
        ContactMethod::Phone if !filled(phone) => Err(FieldProblem::new(
            "/phone",
            "required",
            "Le téléphone est obligatoire quand la méthode de contact est le téléphone.",
        )),
        ContactMethod::Email if !filled(email) => Err(FieldProblem::new(
            "/email",
            "required",
            "L'adresse électronique est obligatoire quand la méthode de contact est l'email.",
        )),
        _ => Ok(()),
    }
}

/// Checks that a place offers at least one appointment type.
pub fn check_types_chosen(count: usize) -> Result<(), FieldProblem> {
    if count == 0 {
        return Err(FieldProblem::new(
            "/appointment_types",
            "required",
            "Veuillez sélectionner au moins un type de convocation.",
        ));
    }
    Ok(())
}

/// The agenda a new place gets: « Agenda <nom du lieu> ».
pub fn first_agenda_name(place_name: &str) -> String {
    format!("Agenda {place_name}")
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
        let phone = ContactMethod::Phone;
        assert!(check_contact(phone, Some("01 44 32 51 51"), None).is_ok());
        assert_eq!(
            check_contact(phone, Some(" "), None).map_err(|p| p.pointer),
            Err("/phone")
        );
        assert_eq!(
            check_contact(phone, Some("01 44 32 51 51"), Some("pas-une-adresse"))
                .map_err(|p| p.code),
            Err("invalid_email")
        );
        let email = ContactMethod::Email;
        assert!(check_contact(email, None, Some("spip75@justice.fr")).is_ok());
        assert_eq!(
            check_contact(email, Some("01"), None).map_err(|p| p.pointer),
            Err("/email")
        );
        assert!(check_types_chosen(0).is_err());
        assert!(check_types_chosen(1).is_ok());
        assert_eq!(
            first_agenda_name("SPIP 75 - Accueil"),
            "Agenda SPIP 75 - Accueil"
        );
    }
}
