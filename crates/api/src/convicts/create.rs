//! `POST /api/v1/convicts`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use chrono::Datelike;
use diesel_async::{AsyncConnection, RunQueryDsl};
use msj_contract::Problem;
use msj_contract::convicts::{Convict, NewConvict};
use msj_db::convicts::ConvictRow;
use msj_domain::access::convicts::create_convict;
use msj_domain::convicts::{
    ConvictInput, Residence, SIMILARITY_THRESHOLD, ValidConvict, ValidationContext,
    attached_organizations, duplicate_verdict,
};
use msj_domain::roles::OrganizationType;
use msj_domain::territories::Territory;
use uuid::Uuid;

use super::dto;
use crate::ApiError;
use crate::app::AppState;
use crate::auth::principal::AgentPrincipal;
use crate::auth::{Agent, secret_token};
use crate::error::JsonBody;
use crate::organizations::jurisdiction;

/// The residence chosen among a town, « sans domicile fixe » and « habite à l'étranger ».
pub(super) fn residence(
    city_id: Option<&str>,
    homeless: bool,
    lives_abroad: bool,
) -> Result<Option<Residence<Uuid>>, ApiError> {
    let city = city_id
        .map(|text| ApiError::parse_id("/city_id", text))
        .transpose()?;
    Ok(Residence::from_choice(city, homeless, lives_abroad)?)
}

fn input(request: &NewConvict, residence: Option<Residence<Uuid>>) -> ConvictInput<Uuid> {
    ConvictInput {
        first_name: request.first_name.clone(),
        last_name: request.last_name.clone(),
        date_of_birth: request.date_of_birth,
        phone: request.phone.clone(),
        no_phone: request.no_phone,
        refused_phone: request.refused_phone,
        appi_number: request.appi_number.clone(),
        residence,
    }
}

pub(super) fn context(
    agent: &AgentPrincipal,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ValidationContext, ApiError> {
    let territory: Territory = agent
        .organization
        .territory
        .parse()
        .map_err(ApiError::internal)?;
    let zone = territory
        .resolve_time_zone(&agent.organization.time_zone)
        .unwrap_or_else(|_| territory.time_zone());
    Ok(ValidationContext {
        today: now.with_timezone(&zone).date_naive(),
        territory,
        residence_required: agent
            .role
            .can_use_inter_ressort(agent.organization.use_inter_ressort),
    })
}

/// Creates a probationer, attached to the services of their town when those use MSJ, else to
/// the caller's service and the linked ones (a JAPAT probationer goes to the JAPAT court
/// instead of any other TJ). Refused when the same person exists (409 `duplicate`); a similar
/// one (same date of birth, close name) answers 409 `possible_duplicate` unless `force`.
#[utoipa::path(
    operation_id = "create_convict",
    tag = "convicts",
    security(("bearer" = [])),
    request_body(content = NewConvict),
    responses(
        (status = 201, description = "Created.", body = Convict),
        (status = 409, description = "`duplicate` or `possible_duplicate`; the detail names the services that follow the person and `instance` the existing record (to ask for its transfer with `POST /api/v1/divestments`).", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields (all listed in `errors`).", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/convicts")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<NewConvict>,
) -> Result<HttpResponse, ApiError> {
    create_convict(&agent.actor()).into_result()?;
    let request = body.0;
    let now = state.clock.now();
    let valid = msj_domain::convicts::validate(
        input(
            &request,
            residence(
                request.city_id.as_deref(),
                request.homeless,
                request.lives_abroad,
            )?,
        ),
        context(&agent, now)?,
    )?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (row, followers) = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            // Serialises the creations of people born the same day, so the checks below hold.
            diesel::sql_query(format!(
                "SELECT pg_advisory_xact_lock({})",
                valid.date_of_birth.num_days_from_ce()
            ))
            .execute(conn)
            .await?;
            let organizations = attachment(conn, &agent, &valid, request.japat).await?;
            check_duplicates(conn, &valid, request.force).await?;
            let row = ConvictRow {
                id: Uuid::now_v7(),
                first_name: valid.first_name.clone(),
                last_name: valid.last_name.clone(),
                date_of_birth: valid.date_of_birth,
                phone: valid.phone.as_ref().map(|phone| phone.e164().to_owned()),
                no_phone: valid.no_phone,
                refused_phone: valid.refused_phone,
                appi_number: valid
                    .appi_number
                    .as_ref()
                    .map(|appi| appi.as_str().to_owned()),
                city_id: match valid.residence {
                    Some(Residence::Town(city)) => Some(city),
                    _ => None,
                },
                homeless: valid.residence == Some(Residence::Homeless),
                lives_abroad: valid.residence == Some(Residence::Abroad),
                japat: request.japat,
                referent_id: None,
                creating_organization_id: Some(agent.organization.id),
                created_by: Some(agent.user.id),
                opt_out_token: secret_token::short(8),
                archived_at: None,
                created_at: now,
                updated_at: now,
            };
            let created = msj_db::convicts::insert(conn, &row, &organizations, now)
                .await?
                .ok_or_else(|| {
                    ApiError::new(
                        StatusCode::CONFLICT,
                        "duplicate",
                        "Cette personne existe déjà (même téléphone ou même numéro APPI).",
                    )
                })?;
            crate::audit::record(
                conn,
                &agent,
                now,
                "convict.create",
                "convict",
                Some(created.id),
            )
            .await?;
            let followers = dto::followers(conn, &[created.id])
                .await?
                .into_iter()
                .map(|(_, org)| org)
                .collect();
            Ok((created, followers))
        })
        .await?;
    Ok(HttpResponse::Created().json(dto::convict(&row, followers)))
}

pub(super) async fn attachment(
    conn: &mut msj_db::AsyncPgConnection,
    agent: &AgentPrincipal,
    valid: &ValidConvict<Uuid>,
    japat: bool,
) -> Result<Vec<Uuid>, ApiError> {
    let kinds = |rows: Vec<(Uuid, String)>| -> Vec<(Uuid, OrganizationType)> {
        rows.into_iter()
            .filter_map(|(id, kind)| kind.parse().ok().map(|kind| (id, kind)))
            .collect()
    };
    let town =
        match valid.residence {
            Some(Residence::Town(city)) => msj_db::cities::services_of(conn, city)
                .await?
                .ok_or_else(|| {
                    ApiError::invalid_field("/city_id", "unknown_city", "Commune inconnue.")
                })?,
            _ => Vec::new(),
        };
    let reach = jurisdiction(conn, agent.organization.id).await?;
    let creator = msj_db::organizations::list(conn, Some(&reach))
        .await?
        .into_iter()
        .map(|org| (org.id, org.kind))
        .collect();
    let court = msj_db::organizations::japat_court(conn).await?;
    if japat && court.is_none() {
        return Err(ApiError::invalid_field(
            "/japat",
            "japat_court_missing",
            "La juridiction JAPAT n'est pas configurée.",
        ));
    }
    Ok(attached_organizations(
        &kinds(town),
        &kinds(creator),
        japat,
        court,
    ))
}

async fn check_duplicates(
    conn: &mut msj_db::AsyncPgConnection,
    valid: &ValidConvict<Uuid>,
    force: bool,
) -> Result<(), ApiError> {
    let phone = valid.phone.as_ref().map(|phone| phone.e164());
    let appi = valid.appi_number.as_ref().map(|appi| appi.as_str());
    let exact = msj_db::convicts::exact_matches(
        conn,
        phone,
        appi,
        &valid.last_name,
        &valid.first_name,
        valid.date_of_birth,
    )
    .await?;
    let similar = if exact.is_empty() {
        msj_db::convicts::similar_matches(
            conn,
            &valid.last_name,
            &valid.first_name,
            valid.date_of_birth,
            SIMILARITY_THRESHOLD,
        )
        .await?
    } else {
        Vec::new()
    };
    let Err(verdict) = duplicate_verdict(!exact.is_empty(), !similar.is_empty(), force) else {
        return Ok(());
    };
    let ids = if exact.is_empty() { similar } else { exact };
    let mut services: Vec<String> = dto::followers(conn, &ids)
        .await?
        .into_iter()
        .map(|(_, org)| org.name)
        .collect();
    services.dedup();
    let who = if services.is_empty() {
        "aucun service".to_owned()
    } else {
        services.join(", ")
    };
    let detail = match verdict {
        msj_domain::convicts::DuplicateVerdict::Duplicate => {
            format!("Cette personne existe déjà ; elle est suivie par : {who}.")
        }
        msj_domain::convicts::DuplicateVerdict::PossibleDuplicate => {
            format!(
                "Une personne au nom proche, née le même jour, existe déjà (suivie par : {who}). Confirmez avec « force » s'il s'agit d'une autre personne."
            )
        }
    };
    let error = ApiError::new(StatusCode::CONFLICT, verdict.code(), detail);
    Err(match <[Uuid]>::first(&ids) {
        Some(id) => error.about(format!("/api/v1/convicts/{id}")),
        None => error,
    })
}
