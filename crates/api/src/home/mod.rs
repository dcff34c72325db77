//! The agent's home page (`GET /api/v1/home`, features §2.1).

use actix_web::{get, web};
use chrono::Months;
use msj_contract::auth::OrganizationSummary;
use msj_contract::home::{Home, LocalAdmin, UnknownStatusWarning};
use msj_domain::appointments::{WaitingLineCount, unknown_status_warning, waiting_line_count};
use msj_domain::roles::Role;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::ApiError;
use crate::app::AppState;
use crate::appointments::moment;
use crate::auth::Agent;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(home);
}

/// Greeting, the local admins to turn to (with the headquarter's), and the « statut inconnu »
/// warning: CPIP and DPIP with more than 5 of their appointments of the last 3 months still
/// « Planifié », other roles when more than 20 % of the service's are (never BEX roles).
#[utoipa::path(operation_id = "get_home", tag = "home", security(("bearer" = [])),
    responses((status = 200, description = "The home page data.", body = Home)))]
#[get("/home")]
pub async fn home(
    Agent(agent): Agent,
    state: web::Data<AppState>,
) -> Result<web::Json<Home>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let local_admins = if agent.role == Role::LocalAdmin {
        Vec::new()
    } else {
        msj_db::users::local_admins(
            &mut conn,
            agent.organization.id,
            agent.organization.headquarter_id,
        )
        .await?
        .into_iter()
        .map(|(first, last, email, organization)| LocalAdmin {
            name: format!("{first} {last}"),
            email,
            organization,
        })
        .collect()
    };
    let count = waiting_line_count(agent.role);
    let zone = crate::appointments::zone_of(&agent.organization)?;
    let now = state.clock.now();
    let today = moment(now, zone).date;
    let start = today.checked_sub_months(Months::new(3)).unwrap_or(today);
    let midnight = |date: chrono::NaiveDate| crate::appointments::local_midnight(date, zone);
    let (from, until) = (midnight(start), midnight(today));
    let (booked, total) = match count {
        WaitingLineCount::Own => {
            msj_db::appointments::unknown_status_counts(
                &mut conn,
                None,
                Some(agent.user.id),
                from,
                until,
            )
            .await?
        }
        WaitingLineCount::Service => {
            msj_db::appointments::unknown_status_counts(
                &mut conn,
                Some(agent.organization.id),
                None,
                from,
                until,
            )
            .await?
        }
        WaitingLineCount::None => (0, 0),
    };
    let own_only = count == WaitingLineCount::Own;
    let unknown_status = unknown_status_warning(count, booked, total).then(|| UnknownStatusWarning {
        booked,
        total,
        own_only,
        message: if own_only {
            format!("Le statut de {booked} convocations que vous avez effectuées n'a pas été renseigné.")
        } else {
            format!("Le statut de {booked} convocations de votre service sur {total} n'a pas été renseigné.")
        },
    });
    Ok(web::Json(Home {
        greeting: format!(
            "Bonjour, {} {}",
            agent.user.first_name, agent.user.last_name
        ),
        organization: OrganizationSummary {
            id: agent.organization.id.to_string(),
            name: agent.organization.name.clone(),
            kind: agent.organization.kind.clone(),
        },
        local_admins,
        unknown_status,
    }))
}
