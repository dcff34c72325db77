//! The rules of an alert's fields.

use super::AlertKind;
use crate::field_problem::{FieldProblem, check_length};
use crate::roles::Role;

/// Longest title.
pub const TITLE_MAX: usize = 120;
/// Longest text.
pub const TEXT_MAX: usize = 1000;

/// An alert as typed (trimmed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertInput<'a> {
    /// Title.
    pub title: &'a str,
    /// Text.
    pub text: &'a str,
    /// Kind key.
    pub kind: &'a str,
    /// Role key, or `None` for every role.
    pub role: Option<&'a str>,
}

/// Checks an alert; every field at fault is listed. Gives the kind and the role.
pub fn check_alert(input: &AlertInput) -> Result<(AlertKind, Option<Role>), Vec<FieldProblem>> {
    let mut problems = Vec::new();
    for (pointer, value, max) in [
        ("/title", input.title, TITLE_MAX),
        ("/text", input.text, TEXT_MAX),
    ] {
        if value.is_empty() {
            problems.push(FieldProblem::new(pointer, "required", "Champ obligatoire."));
        } else if let Err(problem) = check_length(pointer, value, max) {
            problems.push(problem);
        }
    }
    let kind = AlertKind::parse(input.kind)
        .map_err(|p| problems.push(p))
        .ok();
    let role = match input.role {
        None => Some(None),
        Some(key) => key
            .parse::<Role>()
            .map(Some)
            .map_err(|_| {
                problems.push(FieldProblem::new("/role", "invalid_role", "Rôle inconnu."));
            })
            .ok(),
    };
    match (kind, role) {
        (Some(kind), Some(role)) if problems.is_empty() => Ok((kind, role)),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> AlertInput<'static> {
        AlertInput {
            title: "Maintenance",
            text: "Le service sera interrompu samedi de 8 h à 10 h.",
            kind: "warning",
            role: Some("cpip"),
        }
    }

    #[test]
    fn a_good_alert_passes() {
        assert_eq!(
            check_alert(&input()),
            Ok((AlertKind::Warning, Some(Role::Cpip)))
        );
        let all = AlertInput {
            role: None,
            ..input()
        };
        assert_eq!(check_alert(&all), Ok((AlertKind::Warning, None)));
    }

    #[test]
    fn every_field_at_fault_is_listed() {
        let long = "x".repeat(TITLE_MAX + 1);
        let bad = AlertInput {
            title: &long,
            text: "",
            kind: "rouge",
            role: Some("chef"),
        };
        let codes: Vec<_> = check_alert(&bad)
            .unwrap_err()
            .into_iter()
            .map(|p| (p.pointer, p.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("/title", "too_long"),
                ("/text", "required"),
                ("/kind", "invalid_kind"),
                ("/role", "invalid_role")
            ]
        );
    }
}
