//! Why an action is refused.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The reason of a [`super::Decision::Denied`]. Its serde key is its [`DenialReason::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Error)]
#[serde(rename_all = "snake_case")]
pub enum DenialReason {
    /// The actor's role may not do this (HTTP 403).
    #[error("Vous n'êtes pas autorisé à effectuer cette action.")]
    Forbidden,
    /// The current security charter has not been accepted (HTTP 403).
    #[error(
        "Vous devez accepter la charte de sécurité pour continuer à utiliser Mon Suivi Justice."
    )]
    SecurityCharterNotAccepted,
    /// The object is outside the actor's scope; answered as absent (HTTP 404).
    #[error("Cet élément n'existe pas ou ne fait pas partie de votre périmètre.")]
    OutOfScope,
    /// The actor may not invite an agent with this role.
    #[error("Vous ne pouvez pas inviter un agent avec ce rôle.")]
    CannotInviteRole,
    /// The role cannot be held in a service of this type.
    #[error("Ce rôle n'est pas possible dans un service de ce type.")]
    RoleNotAllowedForOrganization,
    /// The actor may not give this role to an agent.
    #[error("Vous ne pouvez pas attribuer ce rôle.")]
    CannotAssignRole,
    /// Nobody changes their own role.
    #[error("Vous ne pouvez pas modifier votre propre rôle.")]
    CannotChangeOwnRole,
    /// Nobody deletes their own account.
    #[error("Vous ne pouvez pas supprimer votre propre compte.")]
    CannotDeleteSelf,
    /// Only central administrators delete central administrators.
    #[error("Seul un administrateur central peut supprimer un administrateur central.")]
    OnlyAdminsDeleteAdmins,
    /// The probationer already has a referent CPIP.
    #[error("Cette personne a déjà un CPIP référent.")]
    ReferentAlreadySet,
    /// The actor's role may not book this appointment type (HTTP 403).
    #[error("Votre rôle ne permet pas de convoquer pour ce type de convocation.")]
    AppointmentTypeNotAllowed,
    /// The probationer is not followed in the actor's jurisdiction: a transfer is needed.
    #[error(
        "Cette personne n'est pas rattachée à votre ressort : faites une demande de dessaisissement."
    )]
    ConvictOutsideJurisdiction,
    /// The place is not one of the actor's service (HTTP 403).
    #[error("Ce lieu n'appartient pas à votre service.")]
    PlaceOutOfReach,
    /// The place belongs to no service following the probationer (HTTP 422).
    #[error("Ce lieu n'appartient à aucun des services qui suivent cette personne.")]
    PlaceNotFollowingConvict,
    /// A sensitive action while acting as another agent (HTTP 403).
    #[error(
        "Cette action n'est pas possible lorsque vous êtes connecté(e) en tant qu'un autre agent : revenez d'abord à votre compte."
    )]
    ImpersonationForbidden,
    /// Nobody acts as themselves.
    #[error("Vous ne pouvez pas vous connecter en tant que vous-même.")]
    CannotImpersonateSelf,
    /// Nobody acts as a central administrator.
    #[error("Vous ne pouvez pas vous connecter en tant qu'un administrateur central.")]
    CannotImpersonateAdmin,
    /// The agent's account is deactivated.
    #[error("Le compte de cet agent est désactivé.")]
    AgentDeactivated,
    /// Nobody deactivates their own account.
    #[error("Vous ne pouvez pas désactiver votre propre compte.")]
    CannotDeactivateSelf,
    /// Only central administrators deactivate central administrators.
    #[error("Seul un administrateur central peut désactiver un administrateur central.")]
    OnlyAdminsDeactivateAdmins,
}

impl DenialReason {
    /// Stable snake_case code for the API.
    pub fn code(self) -> &'static str {
        match self {
            Self::Forbidden => "forbidden",
            Self::SecurityCharterNotAccepted => "security_charter_not_accepted",
            Self::OutOfScope => "out_of_scope",
            Self::CannotInviteRole => "cannot_invite_role",
            Self::RoleNotAllowedForOrganization => "role_not_allowed_for_organization",
            Self::CannotAssignRole => "cannot_assign_role",
            Self::CannotChangeOwnRole => "cannot_change_own_role",
            Self::CannotDeleteSelf => "cannot_delete_self",
            Self::OnlyAdminsDeleteAdmins => "only_admins_delete_admins",
            Self::ReferentAlreadySet => "referent_already_set",
            Self::AppointmentTypeNotAllowed => "appointment_type_not_allowed",
            Self::ConvictOutsideJurisdiction => "convict_outside_jurisdiction",
            Self::PlaceOutOfReach => "place_out_of_reach",
            Self::PlaceNotFollowingConvict => "place_not_following_convict",
            Self::ImpersonationForbidden => "impersonation_forbidden",
            Self::CannotImpersonateSelf => "cannot_impersonate_self",
            Self::CannotImpersonateAdmin => "cannot_impersonate_admin",
            Self::AgentDeactivated => "agent_deactivated",
            Self::CannotDeactivateSelf => "cannot_deactivate_self",
            Self::OnlyAdminsDeactivateAdmins => "only_admins_deactivate_admins",
        }
    }

    /// French text for the problem `detail`.
    pub fn detail(self) -> String {
        self.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DenialReason::*;

    const ALL: [DenialReason; 20] = [
        Forbidden,
        SecurityCharterNotAccepted,
        OutOfScope,
        CannotInviteRole,
        RoleNotAllowedForOrganization,
        CannotAssignRole,
        CannotChangeOwnRole,
        CannotDeleteSelf,
        OnlyAdminsDeleteAdmins,
        ReferentAlreadySet,
        AppointmentTypeNotAllowed,
        ConvictOutsideJurisdiction,
        PlaceOutOfReach,
        PlaceNotFollowingConvict,
        ImpersonationForbidden,
        CannotImpersonateSelf,
        CannotImpersonateAdmin,
        AgentDeactivated,
        CannotDeactivateSelf,
        OnlyAdminsDeactivateAdmins,
    ];

    #[test]
    fn codes_are_the_serde_keys() {
        for reason in ALL {
            let json = serde_json::to_string(&reason).unwrap();
            assert_eq!(json, format!("\"{}\"", reason.code()));
            assert_eq!(serde_json::from_str::<DenialReason>(&json).unwrap(), reason);
        }
    }

    #[test]
    fn details_are_french_sentences() {
        assert_eq!(
            Forbidden.detail(),
            "Vous n'êtes pas autorisé à effectuer cette action."
        );
        assert_eq!(
            SecurityCharterNotAccepted.code(),
            "security_charter_not_accepted"
        );
        for reason in ALL {
            assert!(reason.detail().ends_with('.'));
        }
    }
}
