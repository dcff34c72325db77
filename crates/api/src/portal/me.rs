//! `GET /api/v1/portal/me` (the probationer, their referent's shared contact, their SMS
//! preference) and `PUT /api/v1/portal/me/sms` (stop or resume the SMS, as STOP SMS does and
//! as an agent's reactivation does).

use actix_web::http::StatusCode;
use actix_web::{get, put, web};
use diesel_async::AsyncConnection;
use msj_contract::Problem;
use msj_contract::portal::{PortalProfile, ReferentContact, SmsPreference};
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_domain::convicts::can_receive_sms;
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::phone::MobilePhone;

use super::principal::Probationer;
use crate::ApiError;
use crate::app::AppState;
use crate::appointments::Writer;
use crate::error::JsonBody;

async fn referent(
    conn: &mut AsyncPgConnection,
    convict: &ConvictRow,
) -> Result<Option<ReferentContact>, ApiError> {
    let Some(id) = convict.referent_id else {
        return Ok(None);
    };
    let Some((user, organization)) = msj_db::users::find_with_organization(conn, id).await? else {
        return Ok(None);
    };
    let (share_phone, share_email) = msj_db::portal::contacts::sharing(conn, id).await?;
    Ok(Some(ReferentContact {
        name: format!("{} {}", user.first_name, user.last_name),
        service: organization.name,
        phone: user.phone.filter(|_| share_phone),
        email: share_email.then_some(user.email),
    }))
}

fn profile(convict: &ConvictRow, referent: Option<ReferentContact>) -> PortalProfile {
    PortalProfile {
        first_name: convict.first_name.clone(),
        last_name: convict.last_name.clone(),
        phone_display: convict
            .phone
            .as_deref()
            .and_then(|phone| MobilePhone::from_e164(phone).ok())
            .map(|phone| phone.national_display()),
        receives_sms: can_receive_sms(
            convict.phone.as_deref(),
            convict.no_phone,
            convict.refused_phone,
        ),
        referent,
    }
}

/// The signed-in probationer's page.
#[utoipa::path(
    operation_id = "portal_me",
    tag = "portal",
    security(("portal" = [])),
    responses(
        (status = 200, description = "The probationer, whether SMS reach them, and their referent's contact as far as the referent shares it.", body = PortalProfile),
        (status = 401, description = "No portal session.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/portal/me")]
pub async fn me(
    Probationer(convict): Probationer,
    state: web::Data<AppState>,
) -> Result<web::Json<PortalProfile>, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let referent = referent(&mut conn, &convict).await?;
    Ok(web::Json(profile(&convict, referent)))
}

/// Stops or resumes the SMS about appointments. Stopping cancels the pending ones; resuming
/// plans the reminders of upcoming convocations again.
#[utoipa::path(
    operation_id = "portal_set_sms",
    tag = "portal",
    security(("portal" = [])),
    request_body(content = SmsPreference),
    responses(
        (status = 200, description = "The new preference is recorded (also when it did not change).", body = PortalProfile),
        (status = 401, description = "No portal session.", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`phone_required`: no number to write to.", body = Problem, content_type = "application/problem+json"),
    )
)]
#[put("/portal/me/sms")]
pub async fn set_sms(
    Probationer(convict): Probationer,
    state: web::Data<AppState>,
    body: JsonBody<SmsPreference>,
) -> Result<web::Json<PortalProfile>, ApiError> {
    if convict.phone.is_none() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "phone_required",
            "Aucun numéro de portable n'est enregistré : demandez à votre service de l'ajouter.",
        ));
    }
    let wanted = body.0.receives_sms;
    let now = state.clock.now();
    let writer = Writer {
        actor_id: None,
        now,
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let updated = conn
        .transaction::<_, ApiError, _>(async move |conn| {
            let id = convict.id;
            if !wanted && msj_db::convicts::refuse_sms(conn, id, now).await? {
                msj_db::appointments::cancel_pending(conn, id, now).await?;
                let item = writer.item(
                    id,
                    None,
                    HistoryEvent::RefusePhoneConvict,
                    texts::sms_refused_in_portal(),
                );
                writer.append(conn, item).await?;
            }
            if wanted
                && convict.refused_phone
                && let Some(updated) = msj_db::convicts::reactivate_sms(conn, id, now).await?
            {
                let item = writer.item(
                    id,
                    None,
                    HistoryEvent::AcceptPhoneConvict,
                    texts::sms_resumed_in_portal(),
                );
                writer.append(conn, item).await?;
                writer.follow_sms_ability(conn, &convict, &updated).await?;
            }
            msj_db::convicts::find(conn, id)
                .await?
                .ok_or_else(ApiError::not_found)
        })
        .await?;
    let referent = referent(&mut conn, &updated).await?;
    Ok(web::Json(profile(&updated, referent)))
}
