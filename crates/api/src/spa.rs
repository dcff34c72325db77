//! The web applications (Leptos, built by Trunk into the static folder): files as they are;
//! `administration/index.html` (the administration app) for the other paths under
//! `/administration`, `portail/index.html` (the probationer portal) under `/portail`, and
//! `index.html` (the agents' app) for every other path outside `/api`, so that each
//! application's own routes load.

use std::path::PathBuf;

use actix_files::{Files, NamedFile};
use actix_web::dev::{HttpServiceFactory, ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};

use crate::ApiError;
use crate::app::AppState;
use crate::error::api_not_found;

/// Static files of the SPA, falling back to `index.html`.
pub fn files(static_dir: PathBuf) -> impl HttpServiceFactory {
    Files::new("/", static_dir)
        .prefer_utf8(true)
        .default_handler(fn_service(|request: ServiceRequest| async {
            let (request, _) = request.into_parts();
            let response = fallback(request.clone()).await;
            Ok(ServiceResponse::new(request, response))
        }))
}

/// The application's `index.html` (never cached, so that a new release shows at once), or a
/// problem+json 404 for unknown `/api` paths.
pub async fn fallback(request: HttpRequest) -> HttpResponse {
    if request.path() == "/api" || request.path().starts_with("/api/") {
        return api_not_found(request).await.error_response();
    }
    let Some(state) = request.app_data::<web::Data<AppState>>() else {
        return ApiError::not_found().error_response();
    };
    let under =
        |root: &str| request.path() == root || request.path().starts_with(&format!("{root}/"));
    let page = if under("/administration") {
        "administration/index.html"
    } else if under("/portail") {
        "portail/index.html"
    } else {
        "index.html"
    };
    match NamedFile::open(state.config.static_dir.join(page)) {
        Ok(file) => {
            let mut response = file.into_response(&request);
            response
                .headers_mut()
                .insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
        Err(_) => ApiError::new(
            StatusCode::NOT_FOUND,
            "web_app_not_built",
            "L'application web n'est pas construite sur ce serveur (lancez `just run`).",
        )
        .error_response(),
    }
}
