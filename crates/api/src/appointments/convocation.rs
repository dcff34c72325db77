//! `GET /api/v1/appointments/{id}/convocation`: the one-page « avis de convocation » handed
//! to the person at the end of the hearing (SPEC §3), printable from the browser.

use actix_web::http::header::ContentType;
use actix_web::{HttpResponse, get, web};
use msj_contract::Problem;
use msj_domain::access::appointments::view_appointment;
use msj_domain::dates::{french_date, french_time};
use uuid::Uuid;

use super::context::load;
use super::effects::reachable;
use crate::ApiError;
use crate::app::AppState;
use crate::audit;
use crate::auth::Agent;
use crate::public::escape;

const STYLE: &str = "@page{size:A4;margin:18mm}body{font-family:Marianne,Arial,sans-serif;color:#161616;\
font-size:11pt;line-height:1.45;max-width:180mm;margin:0 auto}h1{font-size:20pt;margin:.2em 0 .6em}\
.entete{display:flex;justify-content:space-between;border-bottom:2px solid #000091;padding-bottom:6pt}\
.quand{font-size:15pt;font-weight:700;margin:.6em 0}.bloc{border:1px solid #929292;padding:8pt 10pt;\
margin:10pt 0}h2{font-size:12pt;margin:0 0 4pt}.petit{font-size:9pt;color:#3a3a3a}";

/// The avis de convocation of an appointment, as a printable HTML page (A4, French), for
/// whoever may see the appointment.
#[utoipa::path(operation_id = "get_convocation", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id.")),
    responses((status = 200, description = "The printable avis de convocation.", content_type = "text/html", body = String),
        (status = 404, description = "Unknown, or outside the caller's scope.", body = Problem, content_type = "application/problem+json")))]
#[get("/appointments/{id}/convocation")]
pub async fn convocation(
    Agent(agent): Agent,
    state: web::Data<AppState>,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let loaded = load(&mut conn, id.into_inner(), agent.organization.id).await?;
    view_appointment(&agent.actor(), &loaded.facts(), &loaded.jurisdiction).into_result()?;
    let listed = msj_db::appointments::find_listed(&mut conn, loaded.row.id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let place = msj_db::organizations::find_place(&mut conn, loaded.row.place_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let now = state.clock.now();
    audit::record(
        &mut conn,
        &agent,
        now,
        "appointment.print",
        "appointment",
        Some(loaded.row.id),
    )
    .await?;
    let zone = loaded.zone()?;
    let local = loaded.row.starts_at.with_timezone(&zone);
    let convict = &loaded.convict;
    let public = state.config.public_url.trim_end_matches('/');
    let contact = [place.phone.as_deref(), place.email.as_deref()]
        .into_iter()
        .flatten()
        .map(escape)
        .collect::<Vec<_>>()
        .join(" — ");
    let info = place
        .information_url
        .clone()
        .unwrap_or_else(|| format!("{public}/p/{}", place.code));
    let sms = if reachable(convict) {
        format!(
            "Vous recevrez un rappel par SMS avant la convocation. Pour ne plus recevoir ces SMS : {}/s/{}.",
            escape(public),
            escape(&convict.opt_out_token)
        )
    } else {
        "Vous ne recevrez pas de rappel par SMS : notez bien cette date.".to_owned()
    };
    let parquet = loaded
        .row
        .prosecutor_number
        .as_deref()
        .map(|number| format!("<p>N° de parquet : {}</p>", escape(number)))
        .unwrap_or_default();
    let page = format!(
        r#"<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de convocation — {name}</title><style>{STYLE}</style></head>
<body>
<div class="entete"><strong>Ministère de la Justice</strong><span>{service}</span></div>
<h1>Avis de convocation</h1>
<p>{name}, né(e) le {birth}</p>
<p>Vous êtes convoqué(e) pour : <strong>{kind}</strong></p>
<p class="quand">Le {date} à {time}</p>
{parquet}
<div class="bloc"><h2>Lieu</h2><p>{place}<br>{address}</p><p>{contact}</p></div>
<div class="bloc"><h2>À apporter</h2><p>Une pièce d'identité, le jugement ou l'ordonnance si vous l'avez, et vos justificatifs de domicile, de ressources et d'emploi.</p></div>
<p>En cas d'empêchement, prévenez le service au plus tôt. Si vous ne vous présentez pas sans motif, le juge de l'application des peines en sera informé.</p>
<p>{sms}</p>
<p>Préparer ma convocation : {info}</p>
<p class="petit">Remis le {today}.</p>
</body></html>"#,
        name = escape(&format!("{} {}", convict.first_name, convict.last_name)),
        service = escape(&loaded.place_organization.name),
        birth = convict.date_of_birth.format("%d/%m/%Y"),
        kind = escape(&listed.type_name),
        date = french_date(local.date_naive()),
        time = french_time(local.time()),
        place = escape(&place.name),
        address = escape(&place.address),
        info = escape(&info),
        today = french_date(now.with_timezone(&zone).date_naive()),
    );
    Ok(HttpResponse::Ok()
        .content_type(ContentType::html())
        .body(page))
}
