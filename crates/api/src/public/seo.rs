//! `robots.txt` and `sitemap.xml`: the public pages, places and services included, are
//! indexable; the applications, the API and the STOP SMS links are not.

use actix_web::http::header::ContentType;
use actix_web::{HttpResponse, get, web};

use super::text::escape;
use crate::ApiError;
use crate::app::AppState;

/// The public pages that do not depend on data.
const STATIC_PAGES: [&str; 6] = [
    "/services",
    "/comprendre-ma-peine",
    "/investir-ma-reinsertion",
    "/mentions-legales",
    "/accessibilite",
    "/confidentialite",
];

fn base(state: &AppState) -> &str {
    state.config.public_url.trim_end_matches('/')
}

/// `robots.txt`.
#[get("/robots.txt")]
pub async fn robots(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::plaintext())
        .body(format!(
            "User-agent: *\nDisallow: /api/\nDisallow: /administration\nDisallow: /stop-sms/\nDisallow: /s/\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
            base(&state)
        ))
}

/// `sitemap.xml`: the static pages, the services, the open places and the départements that
/// have reinsertion resources.
#[get("/sitemap.xml")]
pub async fn sitemap(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let mut conn = msj_db::pool::connection(&state.pool).await?;
    let services = msj_db::organizations::list(&mut conn, None).await?;
    let places = msj_db::organizations::list_places(&mut conn, None).await?;
    let departements = msj_db::reinsertion::departements(&mut conn).await?;
    let paths = STATIC_PAGES
        .iter()
        .map(|path| (*path).to_owned())
        .chain(
            services
                .iter()
                .map(|service| format!("/services/{}", service.id)),
        )
        .chain(places.iter().map(|place| format!("/p/{}", place.code)))
        .chain(
            departements
                .iter()
                .map(|(code, _)| format!("/investir-ma-reinsertion/{code}")),
        );
    let urls: String = paths
        .map(|path| format!("<url><loc>{}{}</loc></url>\n", base(&state), escape(&path)))
        .collect();
    Ok(HttpResponse::Ok()
        .content_type(ContentType::xml())
        .body(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
        )))
}
