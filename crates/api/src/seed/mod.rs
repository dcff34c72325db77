//! `msj seed --demo`: demonstration services, places, agendas, one agent per role per
//! service, probationers with their appointments, and the slots of the sorties d'audience.
//! Idempotent: ids derive from names, existing rows are left as they are.

mod agents;
mod appointments;
mod convicts;
mod divestments;
mod names;
mod public_info;
mod services;
mod sites;
mod slots;
mod sms;
mod srj;

use diesel_async::AsyncConnection;
use msj_db::migrations::{Direction, migrate_blocking};
use uuid::Uuid;

use crate::auth::password;
use crate::notifications::gateway::OutboxGateway;

/// Password of every demo agent unless `MSJ_DEMO_PASSWORD` says otherwise.
pub const DEFAULT_DEMO_PASSWORD: &str = "Demo-MSJ-2026!";

/// Namespace of the demo ids.
const NAMESPACE: Uuid = Uuid::from_u128(0x6d73_6a2d_6465_6d6f_0000_0000_0000_0001);

/// A stable id for a demo object.
fn id(name: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, name.as_bytes())
}

/// Seeds the demo data into `database_url`.
pub fn demo(database_url: &str, demo_password: &str, public_url: &str) -> Result<(), String> {
    migrate_blocking(database_url, Direction::Up).map_err(|error| error.to_string())?;
    let url = database_url.to_owned();
    let password = demo_password.to_owned();
    let public_url = public_url.to_owned();
    crate::cli::block_on(async move {
        let pool = msj_db::build_pool(&url, 2).map_err(|error| error.to_string())?;
        let mut conn = msj_db::pool::connection(&pool)
            .await
            .map_err(|error| error.to_string())?;
        let services = services::seed(&mut conn)
            .await
            .map_err(|error| error.to_string())?;
        println!(
            "seed: {} services with their places and agendas",
            services.len()
        );
        let resources = public_info::seed_resources(&mut conn)
            .await
            .map_err(|error| error.to_string())?;
        println!("seed: {resources} reinsertion resources in Paris, Hauts-de-Seine and La Réunion");
        let hash = password::hash_blocking(&password)?;
        let (created, total) = agents::seed(&mut conn, &services, &hash)
            .await
            .map_err(|error| error.to_string())?;
        println!("seed: {total} demo agents ({created} new); central admin: admin@demo.msj.test");
        let towns = srj::seed(&mut conn).await?;
        println!("seed: {towns} towns of the SRJ referential mapped to the demo services");
        let outbox = OutboxGateway::new(pool.clone());
        let seeded = convicts::seed(&mut conn, &services, &outbox, &public_url).await?;
        println!(
            "seed: {} demo probationers ({} new), {} new appointments, {} SMS sent to the development outbox",
            seeded.total, seeded.created, seeded.appointments, seeded.sms_sent
        );
        let seeded = conn
            .transaction::<_, crate::ApiError, _>(async |conn| {
                slots::seed(conn, &services, chrono::Utc::now()).await
            })
            .await
            .map_err(|error| error.to_string())?;
        println!(
            "seed: {} new slot templates, {} new slots, {} new sorties d'audience booked",
            seeded.templates, seeded.slots, seeded.bookings
        );
        let transfers = conn
            .transaction::<_, crate::ApiError, _>(async |conn| {
                divestments::seed(conn, &public_url, chrono::Utc::now()).await
            })
            .await
            .map_err(|error| error.to_string())?;
        println!("seed: {transfers} new pending transfers between SPIP 75 and SPIP 92");
        Ok(())
    })?
}
