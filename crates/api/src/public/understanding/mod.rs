//! `/comprendre-ma-peine`: the measures and the people of a sentence served outside prison,
//! in plain French, with what happens after a missed convocation and where to get help.

mod help;
mod measures;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, web};

use super::page::{Page, canonical};
use crate::app::AppState;

/// The table of contents: (anchor, heading).
const CONTENTS: [(&str, &str); 4] = [
    ("mesures", "Les mesures et les peines"),
    ("qui-fait-quoi", "Qui fait quoi ?"),
    ("absence", "Si vous manquez une convocation"),
    ("aide", "Où trouver de l'aide ?"),
];

/// The page.
#[get("/comprendre-ma-peine")]
pub async fn show(state: web::Data<AppState>) -> HttpResponse {
    let contents: String = CONTENTS
        .iter()
        .map(|(anchor, heading)| format!(r##"<li><a href="#{anchor}">{heading}</a></li>"##))
        .collect();
    let body = format!(
        r#"<p class="fr-text--lead">Un tribunal ou un juge a pris une décision qui vous concerne. Cette page explique avec des mots simples ce que cela veut dire, qui vous allez rencontrer, et ce que vous devez faire.</p>
<nav class="fr-summary fr-mb-4w" role="navigation" aria-labelledby="sommaire"><p class="fr-summary__title" id="sommaire">Sommaire</p><ol>{contents}</ol></nav>
{}{}"#,
        measures::MEASURES,
        help::PEOPLE_ABSENCE_HELP
    );
    Page {
        title: "Comprendre ma peine",
        description: "Sursis probatoire, TIG, bracelet électronique, libération conditionnelle : ce que cela veut dire, qui fait quoi, et où trouver de l'aide.",
        canonical: canonical(&state.config.public_url, "/comprendre-ma-peine"),
        body,
    }
    .respond(StatusCode::OK)
}
