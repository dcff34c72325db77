//! What a new token must satisfy: a name of 1 to 100 characters, at least one known scope, an
//! expiry in the future if any.

use chrono::{DateTime, Utc};

use super::scopes::{ApiScope, parse_scopes};
use crate::field_problem::FieldProblem;

/// Longest token name.
pub const NAME_MAX: usize = 100;

/// A valid request's name (trimmed) and scopes (each once, in catalogue order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenFields {
    /// The name.
    pub name: String,
    /// The scopes.
    pub scopes: Vec<ApiScope>,
}

/// Checks the fields of a new token at `now`; every field at fault is reported.
pub fn check_token_fields(
    name: &str,
    scopes: &[String],
    expires_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<TokenFields, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        problems.push(FieldProblem::new("/name", "required", "Champ obligatoire."));
    } else if name.chars().count() > NAME_MAX {
        let detail = format!("{NAME_MAX} caractères au plus.");
        problems.push(FieldProblem::new("/name", "too_long", detail));
    }
    let scopes = parse_scopes(scopes).unwrap_or_else(|unknown| {
        problems.push(if unknown.is_empty() {
            FieldProblem::new("/scopes", "required", "Choisissez au moins une portée.")
        } else {
            FieldProblem::new(
                "/scopes",
                "invalid_scope",
                format!("Portée inconnue : « {unknown} »."),
            )
        });
        Vec::new()
    });
    if expires_at.is_some_and(|end| end <= now) {
        let detail = "La date d'expiration doit être dans le futur.";
        problems.push(FieldProblem::new("/expires_at", "in_past", detail));
    }
    if problems.is_empty() {
        Ok(TokenFields {
            name: name.to_owned(),
            scopes,
        })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    fn codes(result: Result<TokenFields, Vec<FieldProblem>>) -> Vec<(&'static str, &'static str)> {
        result
            .err()
            .unwrap_or_default()
            .iter()
            .map(|p| (p.pointer, p.code))
            .collect()
    }

    #[test]
    fn a_good_request_is_trimmed() {
        let now = Utc::now();
        let fields = check_token_fields(" Logiciel ", &["slots:read".into()], None, now);
        assert_eq!(
            fields.map(|f| (f.name, f.scopes.len())),
            Ok(("Logiciel".to_owned(), 1))
        );
        let later = Some(now + TimeDelta::days(1));
        assert!(check_token_fields("x", &["slots:read".into()], later, now).is_ok());
    }

    #[test]
    fn every_fault_is_reported() {
        let now = Utc::now();
        let past = Some(now - TimeDelta::seconds(1));
        let all = check_token_fields(" ", &["users:write".into()], past, now);
        assert_eq!(
            codes(all),
            [
                ("/name", "required"),
                ("/scopes", "invalid_scope"),
                ("/expires_at", "in_past")
            ]
        );
        let long = "x".repeat(NAME_MAX + 1);
        assert_eq!(
            codes(check_token_fields(&long, &[], None, now)),
            [("/name", "too_long"), ("/scopes", "required")]
        );
    }
}
