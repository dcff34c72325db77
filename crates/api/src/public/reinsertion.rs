//! « Investir ma réinsertion »: `/investir-ma-reinsertion` to choose a département (a plain
//! form, no JavaScript) and `/investir-ma-reinsertion/{departement}`: the resources the
//! services keep for it, by category, and the national numbers.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, web};
use msj_domain::departements::{self, DEPARTEMENTS};
use serde::Deserialize;

use super::not_found::not_found;
use super::page::{Page, canonical};
use super::resources::{NATIONAL, by_category};
use crate::ApiError;
use crate::app::AppState;

/// Most resources shown for one département.
const MAX_RESOURCES: i64 = 500;

/// The département chosen in the form.
#[derive(Debug, Deserialize)]
pub struct Choice {
    departement: Option<String>,
}

/// The choice of a département; with `?departement=`, a redirection to its page.
#[get("/investir-ma-reinsertion")]
pub async fn choose(
    state: web::Data<AppState>,
    choice: web::Query<Choice>,
) -> Result<HttpResponse, ApiError> {
    if let Some(code) = choice
        .departement
        .as_deref()
        .and_then(|c| departements::check(c).ok())
    {
        return Ok(HttpResponse::SeeOther()
            .insert_header(("location", format!("/investir-ma-reinsertion/{code}")))
            .finish());
    }
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let filled = msj_db::reinsertion::departements(&mut conn).await?;
    let options: String = DEPARTEMENTS
        .iter()
        .map(|(code, name)| format!(r#"<option value="{code}">{code} — {name}</option>"#))
        .collect();
    let links: String = filled
        .iter()
        .filter_map(|(code, count)| {
            let name = departements::name(code)?;
            Some(format!(
                r#"<li><a href="/investir-ma-reinsertion/{code}">{code} — {name}</a> ({count} adresse{})</li>"#,
                if *count > 1 { "s" } else { "" }
            ))
        })
        .collect();
    let body = format!(
        r#"<p class="fr-text--lead">Trouver un travail, un logement, se soigner, faire valoir ses droits : des organismes peuvent vous aider près de chez vous. Votre conseiller du SPIP peut aussi vous orienter.</p>
<form method="get" action="/investir-ma-reinsertion" class="fr-mb-4w"><div class="fr-select-group">
<label class="fr-label" for="departement">Votre département</label>
<select class="fr-select" id="departement" name="departement">{options}</select></div>
<button class="fr-btn" type="submit">Voir les aides</button></form>
<h2>Départements où des adresses sont renseignées</h2>
{}
{NATIONAL}"#,
        if links.is_empty() {
            "<p>Aucune adresse n'est encore renseignée.</p>".to_owned()
        } else {
            format!("<ul>{links}</ul>")
        }
    );
    Ok(Page {
        title: "Investir ma réinsertion",
        description: "Emploi, logement, santé, addictions, droits : les aides à la réinsertion près de chez vous, par département.",
        canonical: canonical(&state.config.public_url, "/investir-ma-reinsertion"),
        body,
    }
    .respond(StatusCode::OK))
}

/// The resources of one département; 404 for an unknown code.
#[get("/investir-ma-reinsertion/{departement}")]
pub async fn show(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (Ok(code), Some(name)) = (departements::check(&code), departements::name(&code)) else {
        return Ok(not_found());
    };
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let (rows, _) = msj_db::reinsertion::page(&mut conn, Some(code), MAX_RESOURCES, 0).await?;
    let title = format!("Investir ma réinsertion — {code} {name}");
    let description = format!(
        "Les aides à la réinsertion dans le département {code} ({name}) : emploi, logement, santé, addictions, droits."
    );
    let body = format!(
        r#"<p class="fr-text--lead">Des organismes qui peuvent vous aider dans le département {code} ({name}). Votre conseiller du SPIP peut vous orienter vers eux.</p>
{}
{NATIONAL}
<p><a class="fr-link" href="/investir-ma-reinsertion">Choisir un autre département</a></p>"#,
        by_category(&rows)
    );
    Ok(Page {
        title: &title,
        description: &description,
        canonical: canonical(
            &state.config.public_url,
            &format!("/investir-ma-reinsertion/{code}"),
        ),
        body,
    }
    .respond(StatusCode::OK))
}
