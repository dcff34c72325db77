//! Whose figures and which months a request asks for, once allowed: the caller's service by
//! default, another service (`organization_id`) or the country (`national=true`); the last
//! 12 months by default.

use actix_web::http::StatusCode;
use msj_db::organizations::OrganizationRow;
use msj_domain::access::stats::{read_national_stats, read_service_stats};
use msj_domain::stats::Period;
use serde::Deserialize;

use crate::ApiError;
use crate::appointments::{moment, zone_of};
use crate::auth::principal::AgentPrincipal;

/// Whose figures, over which months.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct StatsQuery {
    /// The service (id); the caller's own by default.
    organization_id: Option<String>,
    /// `true` for the national figures (central admins only).
    national: Option<bool>,
    /// First month, `AAAA-MM` (default: 11 months before `to`).
    from: Option<String>,
    /// Last month, `AAAA-MM`, included (default: the current month).
    to: Option<String>,
    /// `csv` for a CSV file (UTF-8 with BOM, `;` separator); `json` by default.
    pub format: Option<String>,
}

/// An allowed request: the service (`None`: national) and the period.
pub struct Target {
    /// The service, or `None` for the whole country.
    pub organization: Option<OrganizationRow>,
    /// The months.
    pub period: Period,
}

fn bad_query(code: &'static str, detail: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, code, detail)
}

impl StatsQuery {
    /// Checks the permission, the service and the months.
    pub async fn target(
        &self,
        agent: &AgentPrincipal,
        conn: &mut msj_db::pool::PooledConnection,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Target, ApiError> {
        let actor = agent.actor();
        let organization = match (self.national.unwrap_or(false), &self.organization_id) {
            (true, Some(_)) => {
                return Err(bad_query(
                    "invalid_query",
                    "Choisissez un service ou les chiffres nationaux, pas les deux.",
                ));
            }
            (true, None) => {
                read_national_stats(&actor).into_result()?;
                None
            }
            (false, None) => {
                read_service_stats(&actor, agent.organization.id).into_result()?;
                Some(agent.organization.clone())
            }
            (false, Some(text)) => {
                let id = uuid::Uuid::parse_str(text.trim())
                    .map_err(|_| bad_query("invalid_query", "Identifiant de service invalide."))?;
                read_service_stats(&actor, id).into_result()?;
                let found = msj_db::organizations::find(conn, id).await?;
                Some(found.ok_or_else(ApiError::not_found)?)
            }
        };
        let zone = zone_of(organization.as_ref().unwrap_or(&agent.organization))?;
        let today = moment(now, zone).date;
        let period = Period::resolve(self.from.as_deref(), self.to.as_deref(), today)
            .map_err(|error| bad_query(error.code(), error.to_string()))?;
        Ok(Target {
            organization,
            period,
        })
    }
}
