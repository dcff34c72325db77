//! Services and places as the API shows them.

use msj_contract::organizations::{Agenda, Organization, Place};
use msj_db::organizations::{AgendaRow, OrganizationRow, PlaceRow};
use uuid::Uuid;

/// The API view of a service, with the services linked to it among `links` (SPIP, TJ).
pub fn organization(row: &OrganizationRow, links: &[(Uuid, Uuid)]) -> Organization {
    let linked = links
        .iter()
        .filter_map(|&(spip, tj)| match row.id {
            id if id == spip => Some(tj),
            id if id == tj => Some(spip),
            _ => None,
        })
        .map(|id| id.to_string())
        .collect();
    Organization {
        id: row.id.to_string(),
        name: row.name.clone(),
        kind: row.kind.clone(),
        territory: row.territory.clone(),
        time_zone: row.time_zone.clone(),
        structural_email: row.structural_email.clone(),
        headquarter_id: row.headquarter_id.map(|id| id.to_string()),
        use_inter_ressort: row.use_inter_ressort,
        is_japat_court: row.is_japat_court,
        quiet_hours_start: row.quiet_hours_start.format("%H:%M").to_string(),
        quiet_hours_end: row.quiet_hours_end.format("%H:%M").to_string(),
        sms_sender: row.sms_sender.clone(),
        linked_organization_ids: linked,
    }
}

/// The API view of a place, with its types (place, key) and agendas among those given.
pub fn place(row: &PlaceRow, types: &[(Uuid, String)], agendas: &[AgendaRow]) -> Place {
    Place {
        id: row.id.to_string(),
        organization_id: row.organization_id.to_string(),
        name: row.name.clone(),
        address: row.address.clone(),
        phone: row.phone.clone(),
        email: row.email.clone(),
        code: row.code.clone(),
        main_contact_method: row.main_contact_method.clone(),
        information_url: row.information_url.clone(),
        valid_from: row.valid_from,
        valid_until: row.valid_until,
        access_info: row.access_info.clone(),
        opening_hours: row.opening_hours.clone(),
        what_to_bring: row.what_to_bring.clone(),
        appointment_types: types
            .iter()
            .filter(|(id, _)| *id == row.id)
            .map(|(_, key)| key.clone())
            .collect(),
        agendas: agendas
            .iter()
            .filter(|agenda| agenda.place_id == row.id)
            .map(|agenda| Agenda {
                id: agenda.id.to_string(),
                name: agenda.name.clone(),
            })
            .collect(),
        actions: None,
    }
}
