//! Services (organisations): what a new one must satisfy.

use crate::field_problem::FieldProblem;
use crate::roles::OrganizationType;

/// Checks a new service of `kind`: only a TJ can be the JAPAT court, and links go to
/// existing services of the other type (`None` in `linked`: no such service).
pub fn check_new_service(
    kind: OrganizationType,
    is_japat_court: bool,
    linked: &[Option<OrganizationType>],
) -> Result<(), FieldProblem> {
    if is_japat_court && kind != OrganizationType::Tj {
        return Err(FieldProblem::new(
            "/is_japat_court",
            "invalid_value",
            "Seul un TJ peut être la juridiction JAPAT.",
        ));
    }
    if linked
        .iter()
        .any(|other| other.is_none_or(|other| other == kind))
    {
        return Err(FieldProblem::new(
            "/linked_organization_ids",
            "invalid_link",
            "Un service ne se lie qu'à un service existant de l'autre type.",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_new_service;
    use crate::roles::OrganizationType::{Spip, Tj};

    #[test]
    fn japat_courts_are_tj_and_links_cross_types() {
        assert!(check_new_service(Tj, true, &[Some(Spip)]).is_ok());
        assert_eq!(
            check_new_service(Spip, true, &[]).unwrap_err().pointer,
            "/is_japat_court"
        );
        assert_eq!(
            check_new_service(Spip, false, &[Some(Spip)])
                .unwrap_err()
                .code,
            "invalid_link"
        );
        assert_eq!(
            check_new_service(Spip, false, &[None]).unwrap_err().code,
            "invalid_link"
        );
    }
}
