//! `GET /api/v1/convicts`.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use msj_contract::Problem;
use msj_contract::convicts::{ConvictDetails, ConvictPage, ConvictSummary};
use msj_db::convicts::ConvictFilter;
use msj_domain::access::Scope;
use msj_domain::access::convicts::{list_convicts, lists_summaries_only};
use msj_domain::convicts::SearchQuery;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::Agent;
use crate::organizations::jurisdiction;
use crate::pagination::Page;

/// Query of the probationer list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ConvictQuery {
    /// Start of a last name (ranked first), first name, full name, phone number (any
    /// formatting) or APPI number; accents and case ignored.
    #[param(example = "dupré")]
    q: Option<String>,
    /// « Mes probationnaires »: only those I am the referent of.
    #[serde(default)]
    mine: bool,
    /// « Mon ressort »: only those followed by my service or the linked ones.
    #[serde(default)]
    ressort: bool,
    /// Archived records too.
    #[serde(default)]
    archived: bool,
    /// Page number, from 1.
    page: Option<i64>,
    /// Page size, 1 to 100 (50 by default).
    per_page: Option<i64>,
}

/// Searches probationers: BEX agents nationwide (identity and services only), everyone else
/// among those their service follows.
#[utoipa::path(
    operation_id = "list_convicts",
    tag = "convicts",
    security(("bearer" = [])),
    params(ConvictQuery),
    responses(
        (status = 200, description = "A page of probationers.", body = ConvictPage),
        (status = 400, description = "Invalid query.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/convicts")]
pub async fn list(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    query: web::Query<ConvictQuery>,
) -> Result<web::Json<ConvictPage>, ApiError> {
    let page = Page::read(query.page, query.per_page)?;
    if query.q.as_ref().is_some_and(|q| q.chars().count() > 100) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            "q : 100 caractères au plus.",
        ));
    }
    let actor = agent.actor();
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let organizations = if query.ressort {
        Some(jurisdiction(&mut conn, agent.organization.id).await?)
    } else {
        match list_convicts(&actor) {
            Scope::Nationwide => None,
            Scope::Organizations(ids) => Some(ids),
            Scope::OwnOrganization => Some(vec![agent.organization.id]),
            Scope::Nothing => Some(Vec::new()),
        }
    };
    let typed = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty());
    let search = typed.map(SearchQuery::parse).unwrap_or_default();
    if typed.is_some() && search.is_empty() {
        return Ok(web::Json(ConvictPage {
            items: Vec::new(),
            total: 0,
            page: page.number,
            per_page: page.size,
        }));
    }
    let filter = ConvictFilter {
        organizations,
        referent: query.mine.then_some(agent.user.id),
        name_key: search.name_key,
        phone_prefix: search.phone_prefix,
        appi_prefix: search.appi_prefix,
        include_archived: query.archived,
    };
    let (rows, total) =
        msj_db::convicts::search(&mut conn, &filter, page.size, page.offset()).await?;
    crate::audit::record(
        &mut conn,
        &agent,
        state.clock.now(),
        "convict.list",
        "convict_list",
        None,
    )
    .await?;
    let ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let followers = dto::followers(&mut conn, &ids).await?;
    let summaries_only = lists_summaries_only(&actor);
    let items = rows
        .iter()
        .map(|row| {
            let organizations = followers
                .iter()
                .filter(|(id, _)| *id == row.id)
                .map(|(_, org)| org.clone())
                .collect();
            let full = dto::convict(row, Vec::new());
            ConvictSummary {
                id: full.id,
                first_name: full.first_name,
                last_name: full.last_name,
                date_of_birth: full.date_of_birth,
                organizations,
                details: (!summaries_only).then_some(ConvictDetails {
                    phone_display: full.phone_display,
                    appi_number: full.appi_number,
                    can_receive_sms: full.can_receive_sms,
                    archived: full.archived,
                }),
            }
        })
        .collect();
    Ok(web::Json(ConvictPage {
        items,
        total,
        page: page.number,
        per_page: page.size,
    }))
}
