//! The actix application: routes, shared state, middleware.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, Error, web};
use actix_web_prom::PrometheusMetrics;
use msj_db::DbPool;
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::service_config::ServiceConfig;
use utoipa_actix_web::{AppExt, scope};
use utoipa_swagger_ui::SwaggerUi;

use crate::clock::Clock;
use crate::config::Config;
use crate::telemetry::{MsjRootSpan, expose_request_id};
use crate::{
    alerts, api_tokens, appointments, audit, auth, charter, cities, convicts, divestments, error,
    history, home, idempotency, impersonation, imports, job_runs, notifications, openapi,
    operations, organizations, place_moves, portal, public, reference, reinsertion, slots, spa,
    stats, users,
};

/// What every handler can reach.
pub struct AppState {
    /// Database connections.
    pub pool: DbPool,
    /// The server's configuration.
    pub config: Config,
    /// The time every rule reads.
    pub clock: Clock,
    /// The per-token rate limit of integrator API tokens (`config.api_token_rate_limit`).
    pub rate_limiter: api_tokens::RateLimiter,
}

impl AppState {
    /// The state of a process serving `config` on `pool`.
    pub fn new(pool: DbPool, config: Config, clock: Clock) -> Self {
        Self {
            rate_limiter: api_tokens::RateLimiter::per_minute(config.api_token_rate_limit),
            pool,
            config,
            clock,
        }
    }

    /// Whether cookies carry the `Secure` attribute (the public address is https).
    pub fn secure_cookies(&self) -> bool {
        self.config.public_url.starts_with("https://")
    }
}

/// Every documented route (they all appear in the OpenAPI document).
pub fn api_routes(cfg: &mut ServiceConfig) {
    cfg.service(operations::health)
        .service(operations::ready)
        .service(
            scope("/api/v1")
                .configure(auth::routes)
                .configure(charter::routes)
                .configure(users::routes)
                .configure(impersonation::routes)
                .configure(imports::routes)
                .configure(organizations::routes)
                .configure(convicts::routes)
                .configure(appointments::routes)
                .configure(history::routes)
                .configure(home::routes)
                .configure(audit::routes)
                .configure(notifications::routes)
                .configure(slots::routes)
                .configure(divestments::routes)
                .configure(cities::routes)
                .configure(portal::routes)
                .configure(reference::routes)
                .configure(reinsertion::routes)
                .configure(stats::routes)
                .configure(api_tokens::routes)
                .configure(job_runs::routes)
                .configure(alerts::routes)
                .configure(place_moves::routes),
        );
}

/// Builds the application. `extra` registers further routes (tests use it for probes).
pub fn build(
    state: web::Data<AppState>,
    metrics: PrometheusMetrics,
    extra: fn(&mut web::ServiceConfig),
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = Error,
        InitError = (),
    >,
> {
    let static_dir = state.config.static_dir.clone();
    let (app, document) = App::new()
        .into_utoipa_app()
        .openapi(openapi::base())
        .configure(api_routes)
        .split_for_parts();
    app.app_data(state)
        .configure(error::extractor_configs)
        .service(web::redirect("/api/docs", "/api/docs/"))
        .service(
            SwaggerUi::new("/api/docs/{_:.*}")
                .url("/api/openapi.json", openapi::complete(document)),
        )
        .configure(extra)
        .configure(public::routes)
        .route("/", web::get().to(spa::fallback))
        .route("/administration", web::get().to(spa::fallback))
        .route("/administration/", web::get().to(spa::fallback))
        .route("/portail", web::get().to(spa::fallback))
        .route("/portail/", web::get().to(spa::fallback))
        .service(spa::files(static_dir))
        .default_service(web::to(spa::fallback))
        .wrap(error::problem_for_bare_errors())
        .wrap(from_fn(idempotency::middleware))
        .wrap(Compress::default())
        .wrap(from_fn(expose_request_id))
        .wrap(TracingLogger::<MsjRootSpan>::new())
        .wrap(metrics)
}
