//! Extra columns of a TJ's sorties d'audience (domain §1.12): at most four per type, text or
//! date, asked at booking or filled later in the month views.

use chrono::NaiveDate;

use crate::field_problem::FieldProblem;

/// Most extra fields a service defines for one appointment type.
pub const MAX_FIELDS_PER_TYPE: usize = 4;
/// Longest field name.
pub const MAX_NAME_CHARS: usize = 60;
/// Longest text value.
pub const MAX_VALUE_CHARS: usize = 200;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtraFieldType {
    /// Free text.
    Text,
    /// A date, `AAAA-MM-JJ`.
    Date,
}

impl ExtraFieldType {
    /// Stable key: `text` or `date`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Date => "date",
        }
    }

    /// The type of `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        [Self::Text, Self::Date]
            .into_iter()
            .find(|kind| kind.key() == key)
    }
}

/// When a field is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtraFieldScope {
    /// Asked, and required, in the booking form.
    AppointmentCreate,
    /// Filled later, inline in the month views.
    AppointmentUpdate,
}

impl ExtraFieldScope {
    /// Stable key: `appointment_create` or `appointment_update`.
    pub fn key(self) -> &'static str {
        match self {
            Self::AppointmentCreate => "appointment_create",
            Self::AppointmentUpdate => "appointment_update",
        }
    }

    /// The scope of `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        [Self::AppointmentCreate, Self::AppointmentUpdate]
            .into_iter()
            .find(|scope| scope.key() == key)
    }
}

/// A field name, trimmed: 1 to 60 characters.
pub fn check_field_name(name: &str) -> Result<String, FieldProblem> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(FieldProblem::new(
            "/name",
            "invalid_name",
            "Le nom du champ doit compter de 1 à 60 caractères.",
        ));
    }
    Ok(name.to_owned())
}

/// Whether another field fits for a type that already has `existing` of the service's.
pub fn check_room(existing: usize) -> Result<(), FieldProblem> {
    if existing >= MAX_FIELDS_PER_TYPE {
        return Err(FieldProblem::new(
            "/appointment_types",
            "too_many_extra_fields",
            "4 champs additionnels au plus par type de convocation.",
        ));
    }
    Ok(())
}

/// Whether the fields a TJ asks at booking must be filled: when the booking agent's service
/// is that TJ and follows the probationer (domain §1.12).
pub fn booking_fields_required<Id: Copy + PartialEq>(
    tj: Id,
    agent_organization: Id,
    convict_organizations: &[Id],
) -> bool {
    tj == agent_organization && convict_organizations.contains(&agent_organization)
}

/// A value as stored: text trimmed (200 characters at most), a date as `AAAA-MM-JJ`; `None`
/// when blank (the value is cleared).
pub fn check_value(
    kind: ExtraFieldType,
    pointer: &'static str,
    text: &str,
) -> Result<Option<String>, FieldProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match kind {
        ExtraFieldType::Text if text.chars().count() <= MAX_VALUE_CHARS => {
            Ok(Some(text.to_owned()))
        }
        ExtraFieldType::Text => Err(FieldProblem::new(
            pointer,
            "too_long",
            "200 caractères au plus.",
        )),
        ExtraFieldType::Date => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(|date| Some(date.to_string()))
            .map_err(|_| {
                FieldProblem::new(
                    pointer,
                    "invalid_date",
                    "Date attendue au format AAAA-MM-JJ.",
                )
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_after_their_type() {
        let text = |value: &str| check_value(ExtraFieldType::Text, "/value", value);
        let date = |value: &str| check_value(ExtraFieldType::Date, "/value", value);
        assert_eq!(text("  Cabinet 2 "), Ok(Some("Cabinet 2".to_owned())));
        assert_eq!(text(" "), Ok(None));
        assert_eq!(text(&"x".repeat(201)).unwrap_err().code, "too_long");
        assert_eq!(date("2027-03-15"), Ok(Some("2027-03-15".to_owned())));
        assert_eq!(date("15/03/2027").unwrap_err().code, "invalid_date");
    }

    #[test]
    fn only_the_court_that_follows_the_person_must_fill_them() {
        assert!(booking_fields_required(1, 1, &[1, 2]));
        assert!(
            !booking_fields_required(1, 2, &[1, 2]),
            "another service books"
        );
        assert!(
            !booking_fields_required(1, 1, &[2]),
            "the court does not follow the person"
        );
    }

    #[test]
    fn four_fields_per_type_and_named_ones() {
        assert!(check_room(3).is_ok());
        assert_eq!(check_room(4).unwrap_err().code, "too_many_extra_fields");
        assert_eq!(check_field_name(" Cabinet "), Ok("Cabinet".to_owned()));
        assert!(check_field_name("").is_err());
        assert!(check_field_name(&"n".repeat(61)).is_err());
        assert_eq!(ExtraFieldType::from_key("date"), Some(ExtraFieldType::Date));
        assert_eq!(
            ExtraFieldScope::from_key("appointment_update"),
            Some(ExtraFieldScope::AppointmentUpdate)
        );
        assert_eq!(ExtraFieldScope::from_key("texte"), None);
    }
}
