//! The SMS worker: claims due messages (SKIP LOCKED, 2-minute lease), the portal's first, and
//! sends them. It runs inside `msj serve` and, for a dedicated process, `msj worker`; any number may run at once.

use std::time::Duration;

use chrono::TimeDelta;
use msj_db::DbPool;

use super::gateway::SmsGateway;
use super::sending::process;
use crate::clock::Clock;

/// How long a claim lasts; a crashed worker's messages are taken again after it.
pub const LEASE: TimeDelta = TimeDelta::minutes(2);
/// Messages claimed at once.
const BATCH: i64 = 50;
/// Pause between polls when nothing is due.
const IDLE_POLL: Duration = Duration::from_secs(2);

/// Sends what is due, once. Returns how many messages were claimed.
pub async fn run_once<G: SmsGateway>(
    pool: &DbPool,
    gateway: &G,
    clock: &Clock,
    public_url: &str,
) -> Result<usize, msj_db::DbError> {
    let mut conn = msj_db::pool::connection(pool).await?;
    let portal = crate::portal::sending::run_once(&mut conn, gateway, clock.now()).await?;
    let claimed = msj_db::notifications::claim(&mut conn, clock.now(), LEASE, BATCH).await?;
    let count = claimed.len() + portal;
    for sms in claimed {
        let id = sms.notification.id;
        if let Err(error) = process(&mut conn, gateway, sms, public_url, clock.now()).await {
            tracing::error!(notification = %id, %error, "SMS worker");
        }
    }
    Ok(count)
}

/// Runs forever: sends due messages, then sleeps while there is nothing to do.
pub async fn run<G: SmsGateway>(pool: DbPool, gateway: G, clock: Clock, public_url: String) {
    loop {
        match run_once(&pool, &gateway, &clock, &public_url).await {
            Ok(0) => tokio::time::sleep(IDLE_POLL).await,
            Ok(_) => {}
            Err(error) => {
                tracing::error!(%error, "SMS worker");
                tokio::time::sleep(IDLE_POLL).await;
            }
        }
    }
}
