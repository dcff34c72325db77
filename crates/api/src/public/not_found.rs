//! The French « page introuvable » of the public pages (unknown place, service or
//! département).

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use super::page::Page;

/// 404 with the ways back.
pub fn not_found() -> HttpResponse {
    Page {
        title: "Page introuvable",
        description: "Cette page n'existe pas ou n'existe plus.",
        canonical: None,
        body: r#"<p class="fr-text--lead">Cette page n'existe pas ou n'existe plus.</p>
<p>Si vous avez suivi le lien d'un SMS, vérifiez qu'il est complet. Le lieu a peut-être changé : votre convocation indique toujours l'adresse où vous présenter.</p>
<ul>
<li><a href="/services">Trouver mon service et ses adresses</a></li>
<li><a href="/comprendre-ma-peine">Comprendre ma peine</a></li>
<li><a href="/investir-ma-reinsertion">Investir ma réinsertion</a></li>
</ul>"#
            .to_owned(),
    }
    .respond(StatusCode::NOT_FOUND)
}
