//! The outbox worker: claims due emails (SKIP LOCKED, 5-minute lease), sends them, and
//! retries failures with exponential backoff, 5 attempts in all.

use std::time::Duration;

use chrono::TimeDelta;
use msj_db::DbPool;

use super::Mailer;
use crate::clock::Clock;

/// Attempts before an email is given up.
pub const MAX_ATTEMPTS: i32 = 5;
/// How long a claim lasts; a crashed worker's emails are taken again after it.
const LEASE: TimeDelta = TimeDelta::minutes(5);
/// Pause between polls when the outbox is empty.
const IDLE_POLL: Duration = Duration::from_secs(2);

/// Delay before attempt `attempts + 1`: 1, 4, 16, 64 minutes.
pub fn backoff(attempts: i32) -> TimeDelta {
    TimeDelta::minutes(
        4_i64.pow(
            u32::try_from(attempts.saturating_sub(1))
                .unwrap_or(0)
                .min(6),
        ),
    )
}

/// Sends what is due, once. Returns how many emails were claimed.
pub async fn run_once(
    pool: &DbPool,
    mailer: &Mailer,
    clock: &Clock,
) -> Result<usize, msj_db::DbError> {
    let mut conn = msj_db::pool::connection(pool).await?;
    let now = clock.now();
    let claimed = msj_db::emails::claim_due(&mut conn, now, now + LEASE, 10).await?;
    for email in &claimed {
        match mailer.send(email).await {
            Ok(()) => msj_db::emails::mark_sent(&mut conn, email.id, clock.now()).await?,
            Err(error) => {
                let retry_at =
                    (email.attempts < MAX_ATTEMPTS).then(|| clock.now() + backoff(email.attempts));
                tracing::warn!(email = %email.id, kind = %email.kind, attempts = email.attempts, "email not sent");
                msj_db::emails::mark_failed_attempt(
                    &mut conn,
                    email.id,
                    &error,
                    clock.now(),
                    retry_at,
                )
                .await?;
            }
        }
    }
    Ok(claimed.len())
}

/// Runs forever: sends due emails, then sleeps while there is nothing to do.
pub async fn run(pool: DbPool, mailer: Mailer, clock: Clock) {
    loop {
        match run_once(&pool, &mailer, &clock).await {
            Ok(0) => tokio::time::sleep(IDLE_POLL).await,
            Ok(_) => {}
            Err(error) => {
                tracing::error!(%error, "email worker");
                tokio::time::sleep(IDLE_POLL).await;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::backoff;

    #[test]
    fn backoff_grows_exponentially() {
        let delays: Vec<TimeDelta> = (1..=4).map(backoff).collect();
        assert_eq!(delays, [1, 4, 16, 64].map(TimeDelta::minutes));
    }
}
