//! Errors about roles and organisation types.

use thiserror::Error;

/// An invalid role, organisation type, or a role that does not fit its organisation.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RoleError {
    /// The text is not one of the 19 role keys.
    #[error("Rôle inconnu : « {0} »")]
    UnknownRole(String),
    /// The text is not `spip` or `tj`.
    #[error("Type de service inconnu : « {0} »")]
    UnknownOrganizationType(String),
    /// The role cannot be held in a service of this type (e.g. a CPIP in a court).
    #[error("Le rôle « {role} » n'est pas possible dans un service de type {organization}")]
    RoleNotAllowed {
        /// French label of the role.
        role: &'static str,
        /// French label of the organisation type.
        organization: &'static str,
    },
}

impl RoleError {
    /// Stable snake_case code for the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownRole(_) => "invalid_role",
            Self::UnknownOrganizationType(_) => "invalid_organization_type",
            Self::RoleNotAllowed { .. } => "role_not_allowed_for_organization",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable() {
        assert_eq!(RoleError::UnknownRole("x".into()).code(), "invalid_role");
        assert_eq!(
            RoleError::UnknownOrganizationType("x".into()).code(),
            "invalid_organization_type"
        );
        let err = RoleError::RoleNotAllowed {
            role: "CPIP",
            organization: "TJ",
        };
        assert_eq!(err.code(), "role_not_allowed_for_organization");
        assert_eq!(
            err.to_string(),
            "Le rôle « CPIP » n'est pas possible dans un service de type TJ"
        );
    }
}
