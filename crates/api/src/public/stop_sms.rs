//! STOP SMS (SPEC §4): `/s/{token}` (the short link ending every appointment SMS) leads to
//! `/stop-sms/{token}`, which asks for a confirmation (so that link previews change nothing),
//! then flags the person « refuse les SMS » and cancels their pending SMS.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use diesel_async::AsyncConnection;
use msj_domain::history::texts;

use super::page::html;
use super::text::escape;
use crate::ApiError;
use crate::app::AppState;
use crate::appointments::Writer;

const MAX_TOKEN_CHARS: usize = 64;

fn unknown() -> HttpResponse {
    html(
        StatusCode::NOT_FOUND,
        "Lien inconnu",
        "Ce lien d'arrêt des SMS n'existe pas.",
        r#"<p>Ce lien n'est pas valide. Vérifiez qu'il est complet, ou contactez le service qui vous suit.</p>"#,
    )
}

/// `/s/{token}` → `/stop-sms/{token}`.
#[get("/s/{token}")]
pub async fn short_link(token: web::Path<String>) -> HttpResponse {
    HttpResponse::Found()
        .insert_header(("location", format!("/stop-sms/{}", escape(&token))))
        .finish()
}

/// The confirmation page.
#[get("/stop-sms/{token}")]
pub async fn confirm(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    if token.chars().count() > MAX_TOKEN_CHARS {
        return Ok(unknown());
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    if msj_db::convicts::find_by_opt_out_token(&mut conn, &token)
        .await?
        .is_none()
    {
        return Ok(unknown());
    }
    let body = format!(
        r#"<p>Vous recevez des SMS de rappel de vos convocations à la justice. Si vous ne voulez plus les recevoir, confirmez ci-dessous.</p>
<div class="fr-alert fr-alert--warning fr-mb-4w"><p>Sans SMS, vous devez continuer à vous présenter à toutes vos convocations : les dates vous seront données par votre service.</p></div>
<form method="post" action="/stop-sms/{}"><button class="fr-btn" type="submit">Ne plus recevoir de SMS</button></form>"#,
        escape(&token)
    );
    Ok(html(
        StatusCode::OK,
        "Arrêter les SMS",
        "Ne plus recevoir les SMS de Mon Suivi Justice.",
        &body,
    ))
}

/// Applies the request.
#[post("/stop-sms/{token}")]
pub async fn stop(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    if token.chars().count() > MAX_TOKEN_CHARS {
        return Ok(unknown());
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let Some(convict) = msj_db::convicts::find_by_opt_out_token(&mut conn, &token).await? else {
        return Ok(unknown());
    };
    let now = state.clock.now();
    conn.transaction::<_, ApiError, _>(async move |conn| {
        let writer = Writer {
            actor_id: None,
            now,
        };
        writer
            .refuse_sms(conn, convict.id, texts::sms_refused())
            .await?;
        Ok(())
    })
    .await?;
    Ok(html(
        StatusCode::OK,
        "Vous ne recevrez plus de SMS",
        "Votre demande d'arrêt des SMS est enregistrée.",
        r#"<p>C'est enregistré : vous ne recevrez plus de SMS de rappel. Votre service peut les réactiver à votre demande.</p>
<p>Continuez à vous présenter à toutes vos convocations.</p>"#,
    ))
}
