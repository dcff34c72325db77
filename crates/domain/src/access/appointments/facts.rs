//! Decisions about one existing appointment.

use crate::access::{Actor, Decision, DenialReason, require_charter};
use crate::appointment_types::AppointmentTypeKey;
use crate::roles::{OrganizationType, Role, RoleGroup};

/// What the rules need to know about an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppointmentFacts<'a, Id> {
    /// Its type.
    pub kind: AppointmentTypeKey,
    /// The service owning its place.
    pub place_organization_id: Id,
    /// The service of the agent who booked it.
    pub creating_organization_id: Id,
    /// The services following the probationer.
    pub convict_organizations: &'a [Id],
}

impl<Id: Copy + Eq> AppointmentFacts<'_, Id> {
    fn convict_in(&self, jurisdiction: &[Id]) -> bool {
        self.convict_organizations
            .iter()
            .any(|id| jurisdiction.contains(id))
    }
}

fn is_tj_local_admin<Id>(actor: &Actor<Id>) -> bool {
    actor.role == Role::LocalAdmin && actor.organization_type == OrganizationType::Tj
}

/// Ownership: created by my service; or BEX with a BEX type, TJ local admin or SAP with a
/// SAP type, for a probationer of my jurisdiction; or held at a place of my service.
fn ownership<Id: Copy + Eq>(
    actor: &Actor<Id>,
    facts: &AppointmentFacts<'_, Id>,
    jurisdiction: &[Id],
) -> bool {
    let by_type = match actor.role.group() {
        RoleGroup::Bex => facts.kind.in_bex_list(),
        RoleGroup::Sap => facts.kind.in_sap_list(),
        _ => is_tj_local_admin(actor) && facts.kind.in_sap_list(),
    };
    actor.belongs_to(facts.creating_organization_id)
        || (by_type && facts.convict_in(jurisdiction))
        || actor.belongs_to(facts.place_organization_id)
}

/// Habilitation: SAP roles need a SAP type, SPIP roles and SPIP local admins a SPIP type,
/// BEX roles a BEX type; central admins and TJ local admins any type.
fn habilitation<Id>(actor: &Actor<Id>, kind: AppointmentTypeKey) -> bool {
    match actor.role.group() {
        RoleGroup::Admin => true,
        RoleGroup::LocalAdmin => is_tj_local_admin(actor) || kind.in_spip_list(),
        RoleGroup::Bex => kind.in_bex_list(),
        RoleGroup::Sap => kind.in_sap_list(),
        RoleGroup::Spip => kind.in_spip_list(),
    }
}

/// Fulfilment: the place is my service's, never BEX; SAP roles on SAP types except Sortie
/// d'audience SPIP; SPIP roles and SPIP local admins on SPIP types.
fn fulfilment<Id: Copy + Eq>(actor: &Actor<Id>, facts: &AppointmentFacts<'_, Id>) -> bool {
    let by_type = match actor.role.group() {
        RoleGroup::Admin => true,
        RoleGroup::Bex => false,
        RoleGroup::Sap => {
            facts.kind.in_sap_list() && facts.kind != AppointmentTypeKey::SortieAudienceSpip
        }
        RoleGroup::LocalAdmin => is_tj_local_admin(actor) || facts.kind.in_spip_list(),
        RoleGroup::Spip => facts.kind.in_spip_list(),
    };
    by_type && actor.belongs_to(facts.place_organization_id)
}

/// Viewing: ownership and habilitation; otherwise the appointment is answered as absent.
pub fn view_appointment<Id: Copy + Eq>(
    actor: &Actor<Id>,
    facts: &AppointmentFacts<'_, Id>,
    jurisdiction: &[Id],
) -> Decision {
    require_charter(actor).and_then(|| {
        Decision::allow_if(
            ownership(actor, facts, jurisdiction) && habilitation(actor, facts.kind),
            DenialReason::OutOfScope,
        )
    })
}

/// Canceling: whoever may view it (state and timing are the state machine's business).
pub fn cancel_appointment<Id: Copy + Eq>(
    actor: &Actor<Id>,
    facts: &AppointmentFacts<'_, Id>,
    jurisdiction: &[Id],
) -> Decision {
    view_appointment(actor, facts, jurisdiction)
}

/// Rescheduling: whoever may view it, from the service of its place or the one that booked it.
pub fn reschedule_appointment<Id: Copy + Eq>(
    actor: &Actor<Id>,
    facts: &AppointmentFacts<'_, Id>,
    jurisdiction: &[Id],
) -> Decision {
    view_appointment(actor, facts, jurisdiction).and_then(|| {
        Decision::allow_if(
            actor.belongs_to(facts.place_organization_id)
                || actor.belongs_to(facts.creating_organization_id),
            DenialReason::Forbidden,
        )
    })
}

/// Honoré, Manqué, Excusé and back to Planifié: whoever may view it and meets the
/// fulfilment rule (never BEX roles).
pub fn record_attendance<Id: Copy + Eq>(
    actor: &Actor<Id>,
    facts: &AppointmentFacts<'_, Id>,
    jurisdiction: &[Id],
) -> Decision {
    view_appointment(actor, facts, jurisdiction)
        .and_then(|| Decision::allow_if(fulfilment(actor, facts), DenialReason::Forbidden))
}
