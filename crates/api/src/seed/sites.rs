//! Where the demo appointments take place: the first place of each demo service, one of its
//! agendas, the free-time types it offers and the demo agent who books there.

use chrono_tz::Tz;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use msj_db::AsyncPgConnection;
use msj_db::schema::{appointment_types, place_appointment_types, places, users};
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::roles::{OrganizationType, Role};
use msj_domain::territories::Territory;
use uuid::Uuid;

use super::id;
use super::services::Service;

/// Free-time types booked at a SPIP, repeated by frequency.
const SPIP_TYPES: &[&str] = &[
    "suivi_spip",
    "suivi_spip",
    "suivi_spip",
    "suivi_spip",
    "premier_suivi_spip",
    "convocation_741_1",
    "rdv_telephonique",
    "rdv_telephonique",
];
/// Free-time types booked at a court, repeated by frequency.
const COURT_TYPES: &[&str] = &["suivi_jap", "suivi_jap", "sap_debat_contradictoire"];

/// One place of a demo service.
#[derive(Debug, Clone)]
pub struct Site {
    /// The service.
    pub organization_id: Uuid,
    /// Its territory (working days).
    pub territory: Territory,
    /// Its zone.
    pub zone: Tz,
    /// The SPIP (assignable types are assigned there).
    pub spip: bool,
    /// The place.
    pub place_id: Uuid,
    /// Its name.
    pub place_name: String,
    /// An agenda of the place.
    pub agenda_id: Uuid,
    /// Free-time types offered there, repeated by frequency.
    pub types: Vec<(Uuid, AppointmentTypeKey)>,
    /// The demo agent booking there (CPIP or SAP clerk), when seeded.
    pub booker: Option<Uuid>,
}

/// A demo SPIP and the courts linked to it.
#[derive(Debug, Clone)]
pub struct Follow {
    /// The SPIP.
    pub spip: Site,
    /// Its linked courts that have a place.
    pub courts: Vec<Site>,
}

/// The sites of `spip` and of its linked courts.
pub async fn follow(
    conn: &mut AsyncPgConnection,
    spip: &Service,
    services: &[Service],
) -> Result<Follow, String> {
    let error = |error: diesel::result::Error| error.to_string();
    let spip_site = site(conn, spip)
        .await?
        .ok_or_else(|| format!("no place with an agenda for {}", spip.name))?;
    let linked = msj_db::organizations::linked(conn, id(spip.name))
        .await
        .map_err(error)?;
    let mut courts = Vec::new();
    for court in services
        .iter()
        .filter(|s| s.kind == OrganizationType::Tj && linked.contains(&id(s.name)))
    {
        courts.extend(site(conn, court).await?);
    }
    Ok(Follow {
        spip: spip_site,
        courts,
    })
}

/// The first open place of `service` with an agenda, or `None`.
async fn site(conn: &mut AsyncPgConnection, service: &Service) -> Result<Option<Site>, String> {
    let error = |error: diesel::result::Error| error.to_string();
    let organization_id = id(service.name);
    let Some(organization) = msj_db::organizations::find(conn, organization_id)
        .await
        .map_err(error)?
    else {
        return Ok(None);
    };
    let territory: Territory = organization
        .territory
        .parse()
        .map_err(|e: msj_domain::territories::TerritoryError| e.to_string())?;
    let zone = territory
        .resolve_time_zone(&organization.time_zone)
        .map_err(|e| e.to_string())?;
    let Some((place_id, place_name)) = places::table
        .filter(places::organization_id.eq(organization_id))
        .filter(places::archived_at.is_null())
        .order(places::name)
        .select((places::id, places::name))
        .first::<(Uuid, String)>(conn)
        .await
        .optional()
        .map_err(error)?
    else {
        return Ok(None);
    };
    let agendas = msj_db::organizations::agendas_of(conn, &[place_id])
        .await
        .map_err(error)?;
    let Some(agenda) = agendas.into_iter().next() else {
        return Ok(None);
    };
    let offered: Vec<(Uuid, String)> = place_appointment_types::table
        .inner_join(appointment_types::table)
        .filter(place_appointment_types::place_id.eq(place_id))
        .filter(appointment_types::slot_system.eq(false))
        .select((appointment_types::id, appointment_types::key))
        .load(conn)
        .await
        .map_err(error)?;
    let spip = service.kind == OrganizationType::Spip;
    let wanted = if spip { SPIP_TYPES } else { COURT_TYPES };
    let types = wanted
        .iter()
        .filter_map(|key| offered.iter().find(|(_, offered)| offered == key))
        .filter_map(|(type_id, key)| Some((*type_id, key.parse().ok()?)))
        .collect();
    let role = if spip { Role::Cpip } else { Role::GreffSap };
    let booker = users::table
        .find(id(&super::agents::email(role, service.slug)))
        .select(users::id)
        .first::<Uuid>(conn)
        .await
        .optional()
        .map_err(error)?;
    Ok(Some(Site {
        organization_id,
        territory,
        zone,
        spip,
        place_id,
        place_name,
        agenda_id: agenda.id,
        types,
        booker,
    }))
}
