//! `/mentions-legales`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, web};

use super::page::{Page, canonical};
use crate::app::AppState;

const BODY: &str = r#"<h2>Éditeur</h2>
<p>Ministère de la Justice<br>13 place Vendôme, 75042 Paris Cedex 01<br>Standard : 01 44 77 60 60</p>
<h2>Directeur de la publication</h2>
<p>Le secrétaire général du ministère de la Justice.</p>
<h2>Hébergement</h2>
<p>Le service est hébergé en France, sur l'infrastructure choisie par le ministère de la Justice.</p>
<h2>Objet du service</h2>
<p>Mon Suivi Justice permet aux services pénitentiaires d'insertion et de probation (SPIP) et aux tribunaux de convoquer les personnes qu'ils suivent et de leur rappeler leurs rendez-vous par SMS. Ces pages publiques aident ces personnes à préparer leurs rendez-vous. Elles ne remplacent ni votre convocation ni les conseils de votre avocat.</p>
<h2>Réutilisation des contenus</h2>
<p>Les textes de ces pages peuvent être réutilisés librement selon la <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">Licence Ouverte 2.0</a>, en citant la source. Le code source du service est publié sous la licence EUPL 1.2. La marque de l'État et la Marianne ne peuvent pas être réutilisées.</p>
<h2>Liens</h2>
<p>Les liens vers d'autres sites (OpenStreetMap, organismes d'aide) sont donnés pour vous être utiles ; leur contenu n'engage pas le ministère de la Justice.</p>
<h2>Données personnelles et accessibilité</h2>
<p>Voir la page <a href="/confidentialite">Données personnelles</a> et la <a href="/accessibilite">déclaration d'accessibilité</a>. Ces pages publiques ne déposent aucun cookie et ne mesurent pas votre navigation.</p>"#;

/// The page.
#[get("/mentions-legales")]
pub async fn show(state: web::Data<AppState>) -> HttpResponse {
    Page {
        title: "Mentions légales",
        description: "Éditeur, directeur de la publication, hébergement et réutilisation des contenus de Mon Suivi Justice.",
        canonical: canonical(&state.config.public_url, "/mentions-legales"),
        body: BODY.to_owned(),
    }
    .respond(StatusCode::OK)
}
