//! An appointment loaded with everything its rules need.

use chrono_tz::Tz;
use msj_db::AsyncPgConnection;
use msj_db::appointments::AppointmentRow;
use msj_db::convicts::ConvictRow;
use msj_db::organizations::OrganizationRow;
use msj_domain::access::appointments::AppointmentFacts;
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::appointments::AppointmentState;
use msj_domain::notifications::{PlanSettings, QuietHours};
use msj_domain::sms::{StoredTemplate, resolve};
use msj_domain::territories::Territory;
use uuid::Uuid;

use crate::ApiError;
use crate::auth::principal::AgentPrincipal;
use crate::organizations::jurisdiction;
use msj_domain::access::convicts::view_convict;

/// An appointment, its probationer, the service of its place and the caller's jurisdiction.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The appointment.
    pub row: AppointmentRow,
    /// Its type.
    pub kind: AppointmentTypeKey,
    /// Its state.
    pub state: AppointmentState,
    /// The service owning its place.
    pub place_organization: OrganizationRow,
    /// The probationer.
    pub convict: ConvictRow,
    /// The services following the probationer.
    pub convict_organizations: Vec<Uuid>,
    /// The caller's service and the linked ones.
    pub jurisdiction: Vec<Uuid>,
}

impl Loaded {
    /// The facts the permission rules read.
    pub fn facts(&self) -> AppointmentFacts<'_, Uuid> {
        AppointmentFacts {
            kind: self.kind,
            place_organization_id: self.place_organization.id,
            creating_organization_id: self.row.creating_organization_id,
            convict_organizations: &self.convict_organizations,
        }
    }

    /// The zone of the place's service.
    pub fn zone(&self) -> Result<Tz, ApiError> {
        zone_of(&self.place_organization)
    }

    /// How its SMS are planned.
    pub async fn plan_settings(
        &self,
        conn: &mut AsyncPgConnection,
    ) -> Result<PlanSettings, ApiError> {
        plan_settings(conn, &self.place_organization, self.kind.key()).await
    }
}

/// The territory and zone of a service.
pub fn calendar_of(organization: &OrganizationRow) -> Result<(Territory, Tz), ApiError> {
    let territory: Territory = organization.territory.parse().map_err(ApiError::internal)?;
    let zone = territory
        .resolve_time_zone(&organization.time_zone)
        .map_err(ApiError::internal)?;
    Ok((territory, zone))
}

/// How the SMS of appointments of type `type_key` at a place of this service are planned:
/// its zone, its quiet hours and the reminder delay of the reminder template that applies.
pub async fn plan_settings(
    conn: &mut AsyncPgConnection,
    organization: &OrganizationRow,
    type_key: &str,
) -> Result<PlanSettings, ApiError> {
    let rows =
        msj_db::notifications::templates_for(conn, Some(organization.id), Some(type_key)).await?;
    let stored = |own: bool| {
        rows.iter()
            .find(|row| row.kind == "reminder" && row.organization_id.is_some() == own)
            .map(|row| StoredTemplate {
                text: row.template.clone(),
                reminder_days: row.reminder_days.and_then(|days| u8::try_from(days).ok()),
            })
    };
    let reminder = resolve("", stored(false).as_ref(), stored(true).as_ref());
    Ok(PlanSettings {
        zone: zone_of(organization)?,
        quiet_hours: QuietHours {
            start: organization.quiet_hours_start,
            end: organization.quiet_hours_end,
        },
        reminder_days: u64::from(reminder.reminder_days),
    })
}

/// The zone of a service.
pub fn zone_of(organization: &OrganizationRow) -> Result<Tz, ApiError> {
    calendar_of(organization).map(|(_, zone)| zone)
}

/// The instant of local midnight starting `date` in `zone` (the first instant of the day when
/// midnight does not exist).
pub fn local_midnight(date: chrono::NaiveDate, zone: Tz) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    let start = date.and_time(chrono::NaiveTime::MIN);
    (0..=120)
        .find_map(|minute| {
            zone.from_local_datetime(&(start + chrono::TimeDelta::minutes(minute)))
                .earliest()
        })
        .map(|at| at.with_timezone(&chrono::Utc))
        .unwrap_or_else(|| start.and_utc())
}

/// Parses a state stored in the database.
pub fn state_of(key: &str) -> Result<AppointmentState, ApiError> {
    AppointmentState::ALL
        .into_iter()
        .find(|state| state.key() == key)
        .ok_or_else(|| ApiError::internal(format!("unknown state {key}")))
}

/// A probationer the caller may book (BEX roles any record, others those their jurisdiction
/// follows; 404 otherwise), the services following them and the caller's jurisdiction.
pub async fn bookable_convict(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    convict_id: Uuid,
) -> Result<(ConvictRow, Vec<Uuid>, Vec<Uuid>), ApiError> {
    let convict = msj_db::convicts::find(conn, convict_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let organizations = followers(conn, convict.id).await?;
    let reach = jurisdiction(conn, agent.organization.id).await?;
    let in_reach = organizations.iter().any(|id| reach.contains(id));
    if !view_convict(&agent.actor(), &organizations).is_allowed() && !in_reach {
        return Err(ApiError::not_found());
    }
    Ok((convict, organizations, reach))
}

/// The services following a probationer.
pub async fn followers(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
) -> Result<Vec<Uuid>, ApiError> {
    Ok(msj_db::convicts::followers(conn, &[convict_id])
        .await?
        .into_iter()
        .map(|(_, organization, _, _)| organization)
        .collect())
}

/// Loads appointment `id` for a caller of service `organization_id`; 404 when absent.
pub async fn load(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    organization_id: Uuid,
) -> Result<Loaded, ApiError> {
    let (row, type_key, place_organization_id) = msj_db::appointments::find(conn, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let kind = type_key.parse().map_err(ApiError::internal)?;
    let state = state_of(&row.state)?;
    let place_organization = msj_db::organizations::find(conn, place_organization_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let convict = msj_db::convicts::find(conn, row.convict_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let convict_organizations = followers(conn, convict.id).await?;
    let jurisdiction = jurisdiction(conn, organization_id).await?;
    Ok(Loaded {
        row,
        kind,
        state,
        place_organization,
        convict,
        convict_organizations,
        jurisdiction,
    })
}
