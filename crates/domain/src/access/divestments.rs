//! Transfers ("dessaisissements"): who may ask for one, answer one, and act on a probationer
//! while one is pending (features §2.8, §3.2; domain §4.3 "Restrictions").

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Creating a transfer towards `target_organization_id`: every role, towards their own
/// service, or towards any when they use inter-ressort (`inter_ressort` is their service's
/// flag); else `out_of_scope`.
pub fn create_divestment<Id: Copy + Eq>(
    actor: &Actor<Id>,
    target_organization_id: Id,
    inter_ressort: bool,
) -> Decision {
    require_charter(actor).and_then(|| {
        Decision::allow_if(
            actor.belongs_to(target_organization_id)
                || actor.role.can_use_inter_ressort(inter_ressort),
            DenialReason::OutOfScope,
        )
    })
}

/// Answering the request addressed to `source_organization_id`: the roles managing transfers
/// (else `forbidden`, the central admin included, who uses [`force_answer`]), in that service
/// (else `out_of_scope`).
pub fn answer_divestment<Id: Copy + Eq>(actor: &Actor<Id>, source_organization_id: Id) -> Decision {
    require_charter(actor)
        .and_then(|| {
            Decision::allow_if(actor.role.can_manage_divestments(), DenialReason::Forbidden)
        })
        .and_then(|| {
            Decision::allow_if(
                actor.belongs_to(source_organization_id),
                DenialReason::OutOfScope,
            )
        })
}

/// Forcing the answer of any service, from the back-office: the central admin only.
pub fn force_answer<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

/// Editing a probationer while a transfer is pending: only the roles managing transfers (on
/// top of the usual edit rule).
pub fn edit_while_pending<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor).and_then(|| {
        Decision::allow_if(actor.role.can_manage_divestments(), DenialReason::Forbidden)
    })
}

/// Whether the actor may book a probationer whose transfer towards `target_organization_id`
/// is pending (on top of the booking rules): BEX roles using inter-ressort (`inter_ressort`
/// is their service's flag), or BEX roles of the target service.
pub fn book_while_pending<Id: Copy + Eq>(
    actor: &Actor<Id>,
    target_organization_id: Id,
    inter_ressort: bool,
) -> bool {
    actor.charter_accepted
        && actor.role.work_at_bex()
        && (actor.role.can_use_inter_ressort(inter_ressort)
            || actor.belongs_to(target_organization_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType;

    const OWN: u8 = 10;
    const OTHER: u8 = 20;

    fn actor(role: Role) -> Actor<u8> {
        let organization_type = if role.fits_organization_type(OrganizationType::Tj) {
            OrganizationType::Tj
        } else {
            OrganizationType::Spip
        };
        Actor::sample(role, organization_type)
    }

    fn code(decision: Decision) -> &'static str {
        decision
            .into_result()
            .err()
            .map_or("allowed", |reason| reason.code())
    }

    /// A role, then: create towards another service with the IR flag on, answer in own service,
    /// answer in another service, force an answer, edit while pending, book towards own /
    /// towards another service with the IR flag on / without it.
    type Row = (
        Role,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        [bool; 3],
    );

    /// The expected rights of the 19 roles, in [`Role::ALL`] order.
    #[rustfmt::skip]
    const TABLE: [Row; 19] = [
        (Role::Admin,          "out_of_scope", "forbidden", "forbidden",    "allowed",   "forbidden", [false, false, false]),
        (Role::LocalAdmin,     "out_of_scope", "allowed",   "out_of_scope", "forbidden", "allowed",   [false, false, false]),
        (Role::Jap,            "out_of_scope", "allowed",   "out_of_scope", "forbidden", "allowed",   [false, false, false]),
        (Role::Bex,            "allowed",      "forbidden", "forbidden",    "forbidden", "forbidden", [true, true, false]),
        (Role::Prosecutor,     "allowed",      "forbidden", "forbidden",    "forbidden", "forbidden", [true, true, false]),
        (Role::SecretaryCourt, "out_of_scope", "forbidden", "forbidden",    "forbidden", "forbidden", [false, false, false]),
        (Role::DirGreffBex,    "allowed",      "forbidden", "forbidden",    "forbidden", "forbidden", [true, true, false]),
        (Role::GreffCo,        "allowed",      "forbidden", "forbidden",    "forbidden", "forbidden", [true, true, false]),
        (Role::GreffTpe,       "allowed",      "forbidden", "forbidden",    "forbidden", "forbidden", [true, true, false]),
        (Role::GreffCrpc,      "allowed",      "forbidden", "forbidden",    "forbidden", "forbidden", [true, true, false]),
        (Role::GreffCa,        "allowed",      "forbidden", "forbidden",    "forbidden", "forbidden", [true, true, false]),
        (Role::DirGreffSap,    "out_of_scope", "allowed",   "out_of_scope", "forbidden", "allowed",   [false, false, false]),
        (Role::GreffSap,       "out_of_scope", "allowed",   "out_of_scope", "forbidden", "allowed",   [false, false, false]),
        (Role::Dpip,           "out_of_scope", "forbidden", "forbidden",    "forbidden", "forbidden", [false, false, false]),
        (Role::Cpip,           "out_of_scope", "forbidden", "forbidden",    "forbidden", "forbidden", [false, false, false]),
        (Role::SecretarySpip,  "out_of_scope", "allowed",   "out_of_scope", "forbidden", "allowed",   [false, false, false]),
        (Role::Educator,       "out_of_scope", "forbidden", "forbidden",    "forbidden", "forbidden", [false, false, false]),
        (Role::Psychologist,   "out_of_scope", "forbidden", "forbidden",    "forbidden", "forbidden", [false, false, false]),
        (Role::Overseer,       "out_of_scope", "forbidden", "forbidden",    "forbidden", "forbidden", [false, false, false]),
    ];

    #[test]
    fn the_nineteen_roles_follow_the_table() {
        assert_eq!(TABLE.map(|row| row.0), Role::ALL);
        for (role, create, answer, elsewhere, force, edit, book) in TABLE {
            let agent = actor(role);
            assert_eq!(
                code(create_divestment(&agent, OWN, false)),
                "allowed",
                "{role:?}"
            );
            assert_eq!(
                code(create_divestment(&agent, OTHER, true)),
                create,
                "{role:?}"
            );
            assert_eq!(
                code(create_divestment(&agent, OTHER, false)),
                "out_of_scope",
                "{role:?}"
            );
            assert_eq!(code(answer_divestment(&agent, OWN)), answer, "{role:?}");
            assert_eq!(
                code(answer_divestment(&agent, OTHER)),
                elsewhere,
                "{role:?}"
            );
            assert_eq!(code(force_answer(&agent)), force, "{role:?}");
            assert_eq!(code(edit_while_pending(&agent)), edit, "{role:?}");
            let booked = [
                book_while_pending(&agent, OWN, false),
                book_while_pending(&agent, OTHER, true),
                book_while_pending(&agent, OTHER, false),
            ];
            assert_eq!(booked, book, "{role:?}");
        }
    }

    #[test]
    fn the_charter_comes_first() {
        let mut agent = actor(Role::Admin);
        agent.charter_accepted = false;
        let refused = "security_charter_not_accepted";
        assert_eq!(code(create_divestment(&agent, OWN, true)), refused);
        assert_eq!(code(answer_divestment(&agent, OWN)), refused);
        assert_eq!(code(force_answer(&agent)), refused);
        assert_eq!(code(edit_while_pending(&agent)), refused);
        let mut bex = actor(Role::Bex);
        bex.charter_accepted = false;
        assert!(!book_while_pending(&bex, OWN, true));
    }
}
