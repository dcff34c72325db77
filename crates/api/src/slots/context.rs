//! Where slots and templates go: the agenda, its place and service, the slot-system type, and
//! whether the caller may manage them there.

use chrono::NaiveTime;
use chrono_tz::Tz;
use msj_db::AsyncPgConnection;
use msj_db::slots::SlotAgenda;
use msj_domain::access::slots::{SlotTarget, manage_slot_templates, manage_slots};
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::roles::OrganizationType;
use msj_domain::territories::Territory;
use uuid::Uuid;

use crate::ApiError;
use crate::appointments::calendar_of;
use crate::auth::principal::AgentPrincipal;

/// Which rule the caller must pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Managing<'a> {
    /// Weekly templates (own service).
    Templates,
    /// Slots (own service; the central admin this jurisdiction, read once per request).
    Slots(&'a [Uuid]),
}

/// An agenda ready to hold slots of one type.
#[derive(Debug, Clone)]
pub struct Target {
    /// The agenda, its place and service.
    pub agenda: SlotAgenda,
    /// The slot-system type.
    pub kind: AppointmentTypeKey,
    /// Its row id.
    pub type_id: Uuid,
    /// The service's territory (public holidays).
    pub territory: Territory,
    /// The service's zone.
    pub zone: Tz,
}

/// A local time `HH:MM`, or 422 `invalid_time` at `pointer`.
pub fn local_time(pointer: &str, text: &str) -> Result<NaiveTime, ApiError> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
        ApiError::invalid_field(pointer, "invalid_time", "Heure attendue au format HH:MM.")
    })
}

/// Checks that the caller may manage slots of the service owning `agenda`, of type `kind`.
pub fn allow(
    agent: &AgentPrincipal,
    agenda: &SlotAgenda,
    kind: AppointmentTypeKey,
    managing: Managing<'_>,
) -> Result<(), ApiError> {
    let organization_type: OrganizationType = agenda
        .organization
        .kind
        .parse()
        .map_err(ApiError::internal)?;
    let target = SlotTarget {
        organization_id: agenda.organization.id,
        organization_type,
        kind,
    };
    let actor = agent.actor();
    let decision = match managing {
        Managing::Templates => manage_slot_templates(&actor, &target),
        Managing::Slots(reach) => manage_slots(&actor, &target, reach),
    };
    Ok(decision.into_result()?)
}

/// The agenda `agenda_text` for slots of `type_key`: 422 for an unknown agenda, a type that is
/// not a slot-system type or not offered at the place; 403/404 when the caller may not.
pub async fn target(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    agenda_text: &str,
    type_key: &str,
    managing: Managing<'_>,
) -> Result<Target, ApiError> {
    let agenda_id = ApiError::parse_id("/agenda_id", agenda_text)?;
    let kind: AppointmentTypeKey = type_key
        .parse()
        .ok()
        .filter(|kind: &AppointmentTypeKey| kind.is_slot_system())
        .ok_or_else(|| {
            ApiError::invalid_field(
                "/appointment_type",
                "not_slot_type",
                "Type attendu : sortie_audience_sap, sortie_audience_spip ou sap_ddse.",
            )
        })?;
    let agenda = msj_db::slots::slot_agendas(conn, &[agenda_id])
        .await?
        .pop()
        .ok_or_else(|| {
            ApiError::invalid_field("/agenda_id", "unknown_agenda", "Agenda inconnu ou archivé.")
        })?;
    allow(agent, &agenda, kind, managing)?;
    let offered = msj_db::organizations::offered_types(conn, &[agenda.place.id]).await?;
    if !offered.iter().any(|(_, key)| key == kind.key()) {
        return Err(ApiError::invalid_field(
            "/appointment_type",
            "type_not_offered",
            "Ce type de convocation n'est pas possible dans ce lieu.",
        ));
    }
    let type_id = msj_db::appointments::type_id(conn, kind.key())
        .await?
        .ok_or_else(|| ApiError::internal("missing appointment type"))?;
    let (territory, zone) = calendar_of(&agenda.organization)?;
    Ok(Target {
        agenda,
        kind,
        type_id,
        territory,
        zone,
    })
}
