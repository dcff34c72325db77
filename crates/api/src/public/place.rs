//! `/p/{code}`: « Préparer ma convocation » at a place (the default `{lieu.lien_info}` of
//! the SMS): address and map link, access, opening hours, what to bring, how to reach the
//! service.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, web};
use msj_db::organizations::PlaceRow;
use msj_domain::map_link::map_url;
use msj_domain::places::ContactMethod;
use msj_domain::preparation::what_to_bring;

use super::not_found::not_found;
use super::page::{Page, canonical};
use super::text::{escape, paragraph, tel_link};
use crate::ApiError;
use crate::app::AppState;

/// Longest code looked up.
const MAX_CODE_CHARS: usize = 64;

/// The page of the place `code`; 404 for an unknown or archived place.
#[get("/p/{code}")]
pub async fn show(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    if code.chars().count() > MAX_CODE_CHARS {
        return Ok(not_found());
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let Some((place, false)) = msj_db::organizations::find_place_by_code(&mut conn, &code).await?
    else {
        return Ok(not_found());
    };
    let Some(service) = msj_db::organizations::find(&mut conn, place.organization_id).await? else {
        return Ok(not_found());
    };
    let title = format!("Préparer ma convocation — {}", place.name);
    let description = format!(
        "Adresse, accès, horaires et documents à apporter pour votre convocation à {}.",
        place.name
    );
    Ok(Page {
        title: &title,
        description: &description,
        canonical: canonical(&state.config.public_url, &format!("/p/{}", place.code)),
        body: body(&place, &service.name),
    }
    .respond(StatusCode::OK))
}

fn body(place: &PlaceRow, service: &str) -> String {
    let items: String = what_to_bring(place.what_to_bring.as_deref())
        .iter()
        .map(|item| format!("<li>{}</li>", escape(item)))
        .collect();
    let access = place.access_info.as_deref().map_or_else(
        || "Pour savoir comment venir, contactez le service.".to_owned(),
        paragraph,
    );
    let hours = place.opening_hours.as_deref().map_or_else(
        || "L'heure de votre rendez-vous est indiquée sur votre convocation.".to_owned(),
        paragraph,
    );
    format!(
        r#"<p class="fr-text--lead">Votre convocation a lieu à <strong>{name}</strong> ({service}). Voici ce qu'il faut savoir pour venir.</p>
<h2>Adresse</h2>
<p>{address}</p>
<p><a class="fr-link" href="{map}" rel="noopener">Voir l'adresse sur une carte (OpenStreetMap)</a></p>
<h2>Accès et transports</h2>
<p>{access}</p>
<h2>Horaires d'ouverture</h2>
<p>{hours}</p>
<h2>Ce qu'il faut apporter</h2>
<ul>{items}</ul>
<h2>Contacter le service</h2>
{contact}
<div class="fr-callout fr-my-4w"><h2 class="fr-callout__title">Vous ne pouvez pas venir ?</h2>
<p class="fr-callout__text">Prévenez le service <strong>avant</strong> le rendez-vous et gardez un justificatif (certificat médical, attestation de l'employeur…). Ne pas venir sans prévenir peut avoir des conséquences : <a href="/comprendre-ma-peine#absence">ce qui se passe si vous manquez une convocation</a>.</p></div>
<p><a class="fr-link" href="/services/{service_id}">Tous les lieux du service {service}</a></p>"#,
        name = escape(&place.name),
        service = escape(service),
        address = paragraph(&place.address),
        map = escape(&map_url(&place.address)),
        contact = contact(place),
        service_id = place.organization_id,
    )
}

/// Phone and email, the preferred one first.
fn contact(place: &PlaceRow) -> String {
    let phone = place.phone.as_deref().map(|phone| {
        format!(
            r#"<li>Par téléphone : <a href="{}">{}</a></li>"#,
            escape(&tel_link(phone)),
            escape(phone)
        )
    });
    let email = place.email.as_deref().map(|email| {
        format!(
            r#"<li>Par courriel : <a href="mailto:{0}">{0}</a></li>"#,
            escape(email)
        )
    });
    let mut ways = [phone, email];
    if place.main_contact_method.parse() == Ok(ContactMethod::Email) {
        ways.reverse();
    }
    let ways: String = ways.into_iter().flatten().collect();
    if ways.is_empty() {
        return "<p>Les coordonnées du service figurent sur votre convocation.</p>".to_owned();
    }
    format!("<ul>{ways}</ul>")
}
