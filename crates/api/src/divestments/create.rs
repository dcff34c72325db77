//! `POST /api/v1/divestments`: the caller's service asks to follow a probationer (SPEC §5).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, post, web};
use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::divestments::{Divestment, NewDivestment};
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_db::divestments::{AnswerRow, DivestmentRow};
use msj_domain::access::divestments::create_divestment;
use msj_domain::divestments::{
    AUTO_COMMENT, AnswerState, ConvictFacts, Creation, DivestmentState, IGNORED_COMMENT,
    SourceService, decide, overall,
};
use msj_domain::roles::{OrganizationType, Role, RoleGroup};
use uuid::Uuid;

use super::effects::apply;
use super::view::render;
use crate::ApiError;
use crate::app::AppState;
use crate::appointments::followers;
use crate::appointments::zone_of;
use crate::audit;
use crate::auth::Agent;
use crate::error::JsonBody;
use crate::organizations::jurisdiction;

/// What a request needs to know about the services that follow the probationer.
async fn sources(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> Result<Vec<SourceService<Uuid>>, ApiError> {
    let services = msj_db::organizations::list(conn, Some(ids)).await?;
    let roles = msj_db::divestments::answering_roles(conn, ids).await?;
    let mut sources = Vec::with_capacity(services.len());
    for service in services {
        let has = |wanted: &dyn Fn(Role) -> bool| {
            roles.iter().any(|(organization, role)| {
                *organization == service.id && role.parse::<Role>().is_ok_and(wanted)
            })
        };
        sources.push(SourceService {
            id: service.id,
            is_spip: service.kind == OrganizationType::Spip.key(),
            has_answerers: has(&|role: Role| role.can_manage_divestments()),
            has_local_admin: has(&|role: Role| role == Role::LocalAdmin),
            linked: msj_db::organizations::linked(conn, service.id).await?,
        });
    }
    Ok(sources)
}

/// What is asked: the target service, the services that should follow the person (the
/// target's jurisdiction, or the services of a new town), who asks, and the town before.
pub struct Asked<'a> {
    /// The requesting service.
    pub target: Uuid,
    /// The services that should follow the person.
    pub destinations: &'a [Uuid],
    /// The requesting agent and role.
    pub requester: (Uuid, Role),
    /// The town before a change of town.
    pub previous_city_id: Option<Uuid>,
}

/// Asks for `convict` to be followed as `asked` says; returns the request, decided at once
/// when it can be, or `None` when the services asked for already follow the person alone.
pub async fn request(
    conn: &mut AsyncPgConnection,
    convict: &ConvictRow,
    asked: &Asked<'_>,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<Option<DivestmentRow>, ApiError> {
    let Asked {
        target,
        destinations,
        requester,
        previous_city_id,
    } = *asked;
    let current = followers(conn, convict.id).await?;
    let facts = ConvictFacts {
        archived: convict.archived_at.is_some(),
        japat: convict.japat,
        pending_divestment: msj_db::divestments::pending_for(conn, convict.id)
            .await?
            .is_some(),
        last_appointment: msj_db::divestments::last_appointment(conn, convict.id).await?,
    };
    let sources = sources(conn, &current).await?;
    let creation = decide(&facts, &current, destinations, &sources, now)
        .map_err(|error| ApiError::new(StatusCode::CONFLICT, error.code(), error.to_string()))?;
    let answers: Vec<(Uuid, AnswerState)> = match creation {
        Creation::Nothing => return Ok(None),
        Creation::AcceptedAtOnce { sources } => sources
            .into_iter()
            .map(|id| (id, AnswerState::AutoAccepted))
            .collect(),
        Creation::Pending { answers } => answers,
    };
    let states: Vec<AnswerState> = answers.iter().map(|(_, state)| *state).collect();
    let decided = overall(&states) == DivestmentState::Accepted;
    let row = DivestmentRow {
        id: Uuid::now_v7(),
        convict_id: convict.id,
        organization_id: target,
        user_id: Some(requester.0),
        state: if decided {
            DivestmentState::AutoAccepted
        } else {
            DivestmentState::Pending
        }
        .key()
        .to_owned(),
        previous_city_id,
        decided_at: decided.then_some(now),
        created_at: now,
        updated_at: now,
    };
    let answer_rows: Vec<AnswerRow> = answers
        .iter()
        .map(|(organization, state)| AnswerRow {
            id: Uuid::now_v7(),
            divestment_id: row.id,
            organization_id: *organization,
            state: state.key().to_owned(),
            comment: match state {
                AnswerState::AutoAccepted => Some(AUTO_COMMENT.to_owned()),
                AnswerState::Ignored => Some(IGNORED_COMMENT.to_owned()),
                _ => None,
            },
            answered_by: None,
            decided_at: (*state != AnswerState::Pending).then_some(now),
            last_reminder_at: None,
            created_at: now,
            updated_at: now,
        })
        .collect();
    if !msj_db::divestments::insert(conn, &row, &answer_rows).await? {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "divestment_not_allowed",
            "Un dessaisissement est déjà en cours pour ce probationnaire.",
        ));
    }
    if decided {
        apply(conn, &row, convict, None, true, public_url, now).await?;
    } else if requester.1.group() == RoleGroup::Bex {
        msj_db::convicts::attach(conn, convict.id, destinations, now).await?;
    }
    Ok(Some(row))
}

/// Asks that the caller's service (its jurisdiction) follow a probationer. Accepted at once
/// when the follow-up elsewhere is over (archived, no appointment, the last one 6 months ago
/// or more); otherwise each service following the person answers (10 days at most). A BEX
/// requester may book at once. 409 `divestment_not_allowed` for a JAPAT probationer or when
/// a request is pending.
#[utoipa::path(operation_id = "create_divestment", tag = "divestments", security(("bearer" = [])),
    request_body(content = NewDivestment),
    responses((status = 201, description = "The request, with one answer per source service.", body = Divestment),
        (status = 404, description = "Unknown probationer.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`divestment_not_allowed` or `divestment_not_needed`.", body = Problem, content_type = "application/problem+json")))]
#[post("/divestments")]
pub async fn create(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    body: JsonBody<NewDivestment>,
) -> Result<HttpResponse, ApiError> {
    let convict_id = ApiError::parse_id("/convict_id", &body.0.convict_id)?;
    let target = agent.organization.id;
    create_divestment(&agent.actor(), target, agent.organization.use_inter_ressort)
        .into_result()?;
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let convict = msj_db::convicts::find(&mut conn, convict_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let destinations = jurisdiction(&mut conn, target).await?;
    let now = state.clock.now();
    let public_url = state.config.public_url.clone();
    let row = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let asked = Asked {
                target,
                destinations: &destinations,
                requester: (agent.user.id, agent.role),
                previous_city_id: None,
            };
            let row = request(conn, &convict, &asked, &public_url, now)
                .await?
                .ok_or_else(|| {
                    ApiError::new(
                        StatusCode::CONFLICT,
                        "divestment_not_needed",
                        "Cette personne est déjà suivie par les services demandés.",
                    )
                })?;
            audit::record(
                conn,
                &agent,
                now,
                "divestment.create",
                "convict",
                Some(convict.id),
            )
            .await?;
            Ok(row)
        })
        .await?;
    let zone = zone_of(&agent.organization)?;
    let view = render(&mut conn, &[row], zone)
        .await?
        .pop()
        .ok_or_else(ApiError::not_found)?;
    Ok(HttpResponse::Created().json(view))
}
