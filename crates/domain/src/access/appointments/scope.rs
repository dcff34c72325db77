//! Which appointments an actor's lists contain (features §3.1, domain §4.12).

use crate::access::Actor;
use crate::appointment_types::AppointmentTypeKey;
use crate::roles::{OrganizationType, RoleGroup};

/// The appointments a list may contain: those matching any of the clauses that are set.
/// msj-db turns it into SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppointmentScope<Id> {
    /// Held at the places of this service.
    PlacesOf(Id),
    /// Of these types for a probationer followed in `jurisdiction`, or booked by
    /// `creating_organization` (of these types too when `created_types_only`).
    Jurisdiction {
        /// The actor's service and the linked ones.
        jurisdiction: Vec<Id>,
        /// The types seen through the jurisdiction.
        types: Vec<AppointmentTypeKey>,
        /// The actor's service.
        creating_organization: Id,
        /// Whether the appointments booked by the service are limited to `types` too.
        created_types_only: bool,
    },
    /// None.
    Nothing,
}

/// BEX roles: BEX types in their jurisdiction, or booked by their service. TJ local admins:
/// SAP types in their jurisdiction, or booked by their service. SAP roles: SAP types in their
/// jurisdiction or booked by their service. Everyone else (SPIP roles, SPIP local admins,
/// central admins): the places of their service.
pub fn list_appointments<Id: Copy + Eq>(
    actor: &Actor<Id>,
    jurisdiction: &[Id],
) -> AppointmentScope<Id> {
    let types = |filter: fn(AppointmentTypeKey) -> bool| -> Vec<AppointmentTypeKey> {
        AppointmentTypeKey::ALL
            .into_iter()
            .filter(|kind| filter(*kind))
            .collect()
    };
    let scope = |types, created_types_only| AppointmentScope::Jurisdiction {
        jurisdiction: jurisdiction.to_vec(),
        types,
        creating_organization: actor.organization_id,
        created_types_only,
    };
    if !actor.charter_accepted {
        return AppointmentScope::Nothing;
    }
    match actor.role.group() {
        RoleGroup::Bex => scope(types(AppointmentTypeKey::in_bex_list), false),
        RoleGroup::Sap => scope(types(AppointmentTypeKey::in_sap_list), true),
        RoleGroup::LocalAdmin if actor.organization_type == OrganizationType::Tj => {
            scope(types(AppointmentTypeKey::in_sap_list), false)
        }
        _ => AppointmentScope::PlacesOf(actor.organization_id),
    }
}
