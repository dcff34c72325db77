//! The frame of a public page: French, DSFR, no JavaScript.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// A page titled `title` (already plain text) with `body` (HTML) inside the DSFR layout.
pub fn html(status: StatusCode, title: &str, description: &str, body: &str) -> HttpResponse {
    let title = escape(title);
    let description = escape(description);
    let page = format!(
        r#"<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description}">
<title>{title} — Mon Suivi Justice</title>
<link rel="stylesheet" href="/dsfr/dsfr.main.min.css">
</head>
<body>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container">
<div class="fr-header__body-row"><div class="fr-header__brand"><div class="fr-header__brand-top">
<div class="fr-header__logo"><p class="fr-logo">Ministère<br>de la Justice</p></div></div>
<div class="fr-header__service"><p class="fr-header__service-title">Mon Suivi Justice</p></div>
</div></div></div></div></header>
<main role="main" id="contenu" class="fr-container fr-py-6w">
<h1>{title}</h1>
{body}
</main>
</body>
</html>"#
    );
    HttpResponse::build(status)
        .content_type(ContentType::html())
        .body(page)
}
