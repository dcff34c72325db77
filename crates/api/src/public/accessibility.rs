//! `/accessibilite`: the accessibility statement (RGAA 4.1).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, web};

use super::page::{Page, canonical};
use crate::app::AppState;

const BODY: &str = r#"<p>Le ministère de la Justice s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.</p>
<p>Cette déclaration d'accessibilité s'applique aux pages publiques de Mon Suivi Justice (« Préparer ma convocation », « Comprendre ma peine », « Investir ma réinsertion », annuaire des services, arrêt des SMS et pages légales).</p>
<h2>État de conformité</h2>
<p>Mon Suivi Justice est <strong>partiellement conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des non-conformités et des dérogations énumérées ci-dessous.</p>
<h2>Résultats des tests</h2>
<p>Aucun audit complet par un organisme indépendant n'a encore été réalisé. Chaque page est vérifiée automatiquement (axe-core) à chaque évolution du service, et relue à la main : structure des titres, liens explicites, contrastes du Système de design de l'État, usage au clavier et sans JavaScript.</p>
<h2>Contenus non accessibles</h2>
<h3>Non-conformités</h3>
<ul>
<li>Les textes saisis par les services (accès, horaires, descriptions des aides) peuvent contenir des abréviations non expliquées.</li>
<li>Certains liens mènent vers des sites extérieurs dont l'accessibilité n'est pas garantie.</li>
</ul>
<h3>Dérogations</h3>
<ul>
<li>Cartes : le lien « Voir l'adresse sur une carte » ouvre OpenStreetMap. Les cartes en ligne sont exemptées ; l'adresse est toujours donnée en texte sur la page.</li>
</ul>
<h2>Établissement de cette déclaration</h2>
<p>Cette déclaration a été établie le 22 novembre 2026. Technologies utilisées : HTML5 et CSS (Système de design de l'État). Les pages publiques fonctionnent sans JavaScript.</p>
<h2>Retour d'information et contact</h2>
<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez nous le signaler pour que l'on vous oriente vers une alternative accessible ou obtenir le contenu sous une autre forme : écrivez au ministère de la Justice, Mon Suivi Justice, 13 place Vendôme, 75042 Paris Cedex 01, ou demandez à votre SPIP de nous transmettre votre message.</p>
<h2>Voies de recours</h2>
<p>Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service, et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :</p>
<ul>
<li>écrire un message au <a href="https://formulaire.defenseurdesdroits.fr/">Défenseur des droits</a> ;</li>
<li>contacter <a href="https://www.defenseurdesdroits.fr/saisir/delegues">le délégué du Défenseur des droits dans votre région</a> ;</li>
<li>envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
</ul>"#;

/// The page.
#[get("/accessibilite")]
pub async fn show(state: web::Data<AppState>) -> HttpResponse {
    Page {
        title: "Déclaration d'accessibilité",
        description: "Mon Suivi Justice est partiellement conforme au RGAA 4.1 : non-conformités, dérogations, contact et voies de recours.",
        canonical: canonical(&state.config.public_url, "/accessibilite"),
        body: BODY.to_owned(),
    }
    .respond(StatusCode::OK)
}
