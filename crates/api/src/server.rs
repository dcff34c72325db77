//! `msj serve`: migrate, then serve the API and the SPA.

use std::io;
use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::{HttpServer, web};
use msj_db::migrations::{Direction, migrate_blocking};
use secrecy::ExposeSecret;

use crate::app::{self, AppState};
use crate::clock::Clock;
use crate::config::Config;
use crate::mail::{self, Mailer};
use crate::notifications::{self, gateway::Gateway};
use crate::{jobs, operations};

/// `msj worker`: the email and SMS workers and the periodic jobs without the HTTP server, for
/// a dedicated process.
pub fn work(config: Config) -> io::Result<()> {
    let database_url = config.database_url.expose_secret().to_owned();
    migrate_blocking(&database_url, Direction::Up).map_err(io::Error::other)?;
    let pool = msj_db::build_pool(&database_url, 4).map_err(io::Error::other)?;
    let mailer = Mailer::new(&config.mail).map_err(io::Error::other)?;
    let gateway = Gateway::new(&config.sms, pool.clone()).map_err(io::Error::other)?;
    let clock = Clock::default();
    tracing::info!("MSJ workers started");
    actix_web::rt::System::new().block_on(async move {
        tokio::join!(
            mail::worker::run(pool.clone(), mailer, clock.clone()),
            jobs::run(pool.clone(), clock.clone(), config.public_url.clone()),
            notifications::worker::run(pool, gateway, clock, config.public_url.clone()),
        );
        Ok(())
    })
}

/// Applies pending migrations (under the advisory lock, so replicas starting together migrate
/// once), then serves until interrupted.
pub fn serve(config: Config) -> io::Result<()> {
    let database_url = config.database_url.expose_secret().to_owned();
    let applied = migrate_blocking(&database_url, Direction::Up).map_err(io::Error::other)?;
    tracing::info!(applied = applied.len(), "database migrated");
    if !config.static_dir.join("index.html").exists() {
        tracing::warn!(dir = %config.static_dir.display(), "web application not built: only the API is served");
    }
    let pool = msj_db::build_pool(&database_url, config.db_pool_size).map_err(io::Error::other)?;
    let listener = TcpListener::bind(config.bind)?;
    let public_url = config.public_url.clone();
    let state = web::Data::new(AppState::new(pool, config, Clock::default()));
    actix_web::rt::System::new().block_on(async move {
        let server = start(state, listener, |_| {})?;
        tracing::info!("MSJ is listening on {public_url}");
        server.await
    })
}

/// Starts serving on `listener`, the email worker and (unless switched off) the periodic jobs
/// and the SMS worker,
/// inside an actix system. `extra` registers further routes.
pub fn start(
    state: web::Data<AppState>,
    listener: TcpListener,
    extra: fn(&mut web::ServiceConfig),
) -> io::Result<Server> {
    let metrics = operations::prometheus().map_err(io::Error::other)?;
    let mailer = Mailer::new(&state.config.mail).map_err(io::Error::other)?;
    actix_web::rt::spawn(mail::worker::run(
        state.pool.clone(),
        mailer,
        state.clock.clone(),
    ));
    if state.config.jobs {
        actix_web::rt::spawn(jobs::run(
            state.pool.clone(),
            state.clock.clone(),
            state.config.public_url.clone(),
        ));
    }
    if state.config.sms_worker {
        let gateway =
            Gateway::new(&state.config.sms, state.pool.clone()).map_err(io::Error::other)?;
        actix_web::rt::spawn(notifications::worker::run(
            state.pool.clone(),
            gateway,
            state.clock.clone(),
            state.config.public_url.clone(),
        ));
    }
    // Without TCP_NODELAY, a gzip answer (sent in chunks) waits for the client's delayed ACK:
    // ≈ 40 ms per request and 360 requests/s at most on a keep-alive connection.
    Ok(
        HttpServer::new(move || app::build(state.clone(), metrics.clone(), extra))
            .tcp_nodelay(true)
            .listen(listener)?
            .run(),
    )
}
