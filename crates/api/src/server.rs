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
use crate::operations;

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
    let state = web::Data::new(AppState {
        pool,
        config,
        clock: Clock::default(),
    });
    actix_web::rt::System::new().block_on(async move {
        let server = start(state, listener, |_| {})?;
        tracing::info!("MSJ is listening on {public_url}");
        server.await
    })
}

/// Starts serving on `listener`, and the email worker (inside an actix system). `extra`
/// registers further routes.
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
    Ok(
        HttpServer::new(move || app::build(state.clone(), metrics.clone(), extra))
            .listen(listener)?
            .run(),
    )
}
