//! `/services`: the directory of services by département, with their places; and
//! `/services/{id}`: one service and its places.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, web};
use uuid::Uuid;

use super::directory::{self, Entry, code, heading};
use super::not_found::not_found;
use super::page::{Page, canonical};
use super::text::{escape, paragraph};
use crate::ApiError;
use crate::app::AppState;

/// The directory of services.
#[get("/services")]
pub async fn list(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let directory = directory::load(&mut conn).await?;
    let mut body = String::from(
        r#"<p class="fr-text--lead">Les services pénitentiaires d'insertion et de probation (SPIP) et les tribunaux qui utilisent Mon Suivi Justice, par département. Choisissez un lieu pour savoir comment vous y rendre et quoi apporter.</p>"#,
    );
    for (key, entries) in &directory {
        body += &format!("<h2>{}</h2>", escape(&heading(*key)));
        body += &entries.iter().map(entry).collect::<String>();
        if let Some(code) = code(*key) {
            body += &format!(
                r#"<p><a class="fr-link" href="/investir-ma-reinsertion/{code}">Aides à la réinsertion dans ce département</a></p>"#
            );
        }
    }
    Ok(Page {
        title: "Trouver mon service",
        description: "Les SPIP et les tribunaux par département, avec l'adresse de leurs lieux de convocation.",
        canonical: canonical(&state.config.public_url, "/services"),
        body,
    }
    .respond(StatusCode::OK))
}

/// A service and its places in the directory.
fn entry((service, places): &Entry) -> String {
    format!(
        r#"<h3 class="fr-h5"><a href="/services/{}">{}</a></h3>{}"#,
        service.id,
        escape(&service.name),
        place_list(places)
    )
}

/// The places with their address and « Préparer ma convocation » link.
fn place_list(places: &[msj_db::organizations::PlaceRow]) -> String {
    if places.is_empty() {
        return "<p>Aucun lieu de convocation n'est renseigné.</p>".to_owned();
    }
    let items: String = places
        .iter()
        .map(|place| {
            format!(
                r#"<li><a href="/p/{}">{}</a><br>{}</li>"#,
                escape(&place.code),
                escape(&place.name),
                paragraph(&place.address)
            )
        })
        .collect();
    format!("<ul>{items}</ul>")
}

/// One service.
#[get("/services/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let Ok(id) = Uuid::parse_str(&id) else {
        return Ok(not_found());
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let Some(service) = msj_db::organizations::find(&mut conn, id).await? else {
        return Ok(not_found());
    };
    let places = msj_db::organizations::list_places(&mut conn, Some(&[id])).await?;
    let kind = match service.kind.as_str() {
        "tj" => "Tribunal judiciaire : le juge de l'application des peines (JAP) et son greffe.",
        _ => {
            "Service pénitentiaire d'insertion et de probation : votre conseiller ou conseillère (CPIP) vous y reçoit."
        }
    };
    let email = service
        .structural_email
        .as_deref()
        .map_or(String::new(), |email| {
            format!(
                r#"<p>Courriel du service : <a href="mailto:{0}">{0}</a></p>"#,
                escape(email)
            )
        });
    let body = format!(
        r#"<p class="fr-text--lead">{kind}</p>{email}<h2>Lieux de convocation</h2>{}<p><a class="fr-link" href="/services">Tous les services</a></p>"#,
        place_list(&places)
    );
    let description = format!(
        "Les lieux de convocation de {} et leurs adresses.",
        service.name
    );
    Ok(Page {
        title: &service.name,
        description: &description,
        canonical: canonical(&state.config.public_url, &format!("/services/{id}")),
        body,
    }
    .respond(StatusCode::OK))
}
