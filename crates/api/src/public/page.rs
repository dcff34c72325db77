//! The frame of a public page: French, DSFR, no JavaScript; skip links, a header with the
//! public menu, a footer with the legal pages, and each page's title, description and
//! canonical address.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;

use super::text::escape;

/// The public menu: (path, label).
const MENU: [(&str, &str); 3] = [
    ("/comprendre-ma-peine", "Comprendre ma peine"),
    ("/services", "Trouver mon service"),
    ("/investir-ma-reinsertion", "Investir ma réinsertion"),
];

/// One public page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<'a> {
    /// Title (plain text), also the `<h1>`.
    pub title: &'a str,
    /// Summary for search engines (plain text).
    pub description: &'a str,
    /// Its own address (absolute); `None`: a page not to index.
    pub canonical: Option<String>,
    /// Content after the `<h1>` (HTML).
    pub body: String,
}

impl Page<'_> {
    /// The page as an answer with `status`.
    pub fn respond(&self, status: StatusCode) -> HttpResponse {
        HttpResponse::build(status)
            .content_type(ContentType::html())
            .body(self.render())
    }

    fn render(&self) -> String {
        let title = escape(self.title);
        let description = escape(self.description);
        let head_extra = match &self.canonical {
            Some(url) => format!(r#"<link rel="canonical" href="{}">"#, escape(url)),
            None => r#"<meta name="robots" content="noindex">"#.to_owned(),
        };
        let current = self.canonical.as_deref().unwrap_or_default();
        let menu: String = MENU
            .iter()
            .map(|(path, label)| {
                let here = if current.ends_with(path) {
                    r#" aria-current="page""#
                } else {
                    ""
                };
                format!(r#"<li><a class="fr-tag" href="{path}"{here}>{label}</a></li>"#)
            })
            .collect();
        format!(
            r##"<!DOCTYPE html>
<html lang="fr" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — Mon Suivi Justice</title>
<meta name="description" content="{description}">
{head_extra}
<link rel="stylesheet" href="/dsfr/dsfr.main.min.css">
</head>
<body>
<div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list">
<li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#pied-de-page">Pied de page</a></li></ul></nav></div>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container">
<div class="fr-header__body-row"><div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top">
<div class="fr-header__logo"><p class="fr-logo">Ministère<br>de la Justice</p></div></div>
<div class="fr-header__service"><a href="/services" title="Accueil — Mon Suivi Justice"><p class="fr-header__service-title">Mon Suivi Justice</p></a>
<p class="fr-header__service-tagline">Informations pour les personnes suivies par la justice</p></div>
</div></div></div></div>
<nav class="fr-container fr-pb-1w" role="navigation" aria-label="Menu principal"><ul class="fr-tags-group">{menu}</ul></nav>
</header>
<main role="main" id="contenu" class="fr-container fr-py-6w">
<h1>{title}</h1>
{body}
</main>
<footer class="fr-footer" role="contentinfo" id="pied-de-page"><div class="fr-container">
<div class="fr-footer__body"><div class="fr-footer__brand"><p class="fr-logo">Ministère<br>de la Justice</p></div>
<div class="fr-footer__content"><p class="fr-footer__content-desc">Mon Suivi Justice rappelle leurs convocations aux personnes suivies par un service pénitentiaire d'insertion et de probation (SPIP) ou un tribunal, et les aide à s'y préparer.</p>
<ul class="fr-footer__content-list"><li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.justice.fr">justice.fr</a></li>
<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.service-public.fr">service-public.fr</a></li></ul></div></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list">
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/accessibilite">Accessibilité : partiellement conforme</a></li>
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li>
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/confidentialite">Données personnelles</a></li>
</ul></div></div></footer>
</body>
</html>"##,
            body = self.body
        )
    }
}

/// A page not to index (the STOP SMS pages), answered with `status`.
pub fn html(status: StatusCode, title: &str, description: &str, body: &str) -> HttpResponse {
    Page {
        title,
        description,
        canonical: None,
        body: body.to_owned(),
    }
    .respond(status)
}

/// The absolute address of `path` on this server (its public address).
pub fn canonical(public_url: &str, path: &str) -> Option<String> {
    Some(format!("{}{path}", public_url.trim_end_matches('/')))
}
