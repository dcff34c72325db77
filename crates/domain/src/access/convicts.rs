//! Probationers: who may create, list and see them (features §3.1–§3.2).

use super::{Actor, Decision, DenialReason, Scope, require_charter};
use crate::roles::{OrganizationType, Role};

/// Which probationers the actor's lists and searches contain: BEX roles every one in the
/// country (as summaries), everyone else, the central admin included, those their service
/// follows.
pub fn list_convicts<Id: Copy + Eq>(actor: &Actor<Id>) -> Scope<Id> {
    match (actor.charter_accepted, actor.role.work_at_bex()) {
        (false, _) => Scope::Nothing,
        (true, true) => Scope::Nationwide,
        (true, false) => Scope::OwnOrganization,
    }
}

/// Whether list answers to the actor are summaries (a nationwide search) rather than records.
pub fn lists_summaries_only<Id: Copy + Eq>(actor: &Actor<Id>) -> bool {
    actor.role.work_at_bex()
}

/// Viewing a probationer followed by `followed_by`: BEX roles any; others when their service
/// follows them (else `out_of_scope`, answered as absent).
pub fn view_convict<Id: Copy + Eq>(actor: &Actor<Id>, followed_by: &[Id]) -> Decision {
    require_charter(actor).and_then(|| {
        let visible = actor.role.work_at_bex() || followed_by.contains(&actor.organization_id);
        Decision::allow_if(visible, DenialReason::OutOfScope)
    })
}

/// Creating a probationer: any agent who accepted the charter.
pub fn create_convict<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
}

/// Editing the record, or re-enabling SMS: whoever sees it (BEX roles any record).
pub fn edit_convict<Id: Copy + Eq>(actor: &Actor<Id>, followed_by: &[Id]) -> Decision {
    view_convict(actor, followed_by)
}

/// Archiving: whoever sees the record.
pub fn archive_convict<Id: Copy + Eq>(actor: &Actor<Id>, followed_by: &[Id]) -> Decision {
    view_convict(actor, followed_by)
}

/// Unarchiving: whoever sees the record, except educators and psychologists (SPEC §9 lets
/// directors of SAP greffe do it).
pub fn unarchive_convict<Id: Copy + Eq>(actor: &Actor<Id>, followed_by: &[Id]) -> Decision {
    view_convict(actor, followed_by).and_then(|| {
        Decision::allow_if(
            !matches!(actor.role, Role::Educator | Role::Psychologist),
            DenialReason::Forbidden,
        )
    })
}

/// Deleting a record that is not archived: central and local admins, directors of greffe,
/// DPIP, among the records they see.
pub fn delete_convict<Id: Copy + Eq>(actor: &Actor<Id>, followed_by: &[Id]) -> Decision {
    let allowed = matches!(
        actor.role,
        Role::Admin | Role::LocalAdmin | Role::DirGreffBex | Role::DirGreffSap | Role::Dpip
    );
    view_convict(actor, followed_by)
        .and_then(|| Decision::allow_if(allowed, DenialReason::Forbidden))
}

/// « Je suis son CPIP »: a CPIP, DPIP or SPIP local admin of a following service, when the
/// person has no referent yet.
pub fn become_referent<Id: Copy + Eq>(
    actor: &Actor<Id>,
    followed_by: &[Id],
    referent: Option<Id>,
) -> Decision {
    view_convict(actor, followed_by)
        .and_then(|| {
            Decision::allow_if(
                actor.role.can_follow_convict(actor.organization_type),
                DenialReason::Forbidden,
            )
        })
        .and_then(|| Decision::allow_if(referent.is_none(), DenialReason::ReferentAlreadySet))
}

/// Removing the referent: DPIP and SPIP local admins; a CPIP only themselves.
pub fn remove_referent<Id: Copy + Eq>(
    actor: &Actor<Id>,
    followed_by: &[Id],
    referent: Option<Id>,
) -> Decision {
    let allowed = match actor.role {
        Role::Dpip => true,
        Role::LocalAdmin => actor.organization_type == OrganizationType::Spip,
        Role::Cpip => referent == Some(actor.user_id),
        _ => false,
    };
    view_convict(actor, followed_by)
        .and_then(|| Decision::allow_if(allowed, DenialReason::Forbidden))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role) -> Actor<u8> {
        let organization_type = if role.fits_organization_type(OrganizationType::Spip) {
            OrganizationType::Spip
        } else {
            OrganizationType::Tj
        };
        Actor::sample(role, organization_type)
    }

    #[test]
    fn bex_roles_see_everyone_the_others_their_service() {
        for role in Role::ALL {
            let bex = role.work_at_bex();
            assert_eq!(
                view_convict(&actor(role), &[11]).is_allowed(),
                bex,
                "{role:?}"
            );
            assert!(
                view_convict(&actor(role), &[10, 11]).is_allowed(),
                "{role:?}"
            );
            assert_eq!(
                list_convicts(&actor(role)) == Scope::Nationwide,
                bex,
                "{role:?}"
            );
            assert!(create_convict(&actor(role)).is_allowed(), "{role:?}");
        }
        assert_eq!(
            view_convict(&actor(Role::Admin), &[11]),
            Decision::Denied(DenialReason::OutOfScope)
        );
    }
}
