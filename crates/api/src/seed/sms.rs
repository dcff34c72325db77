//! The demo SMS history: the messages due before now leave through the development outbox,
//! each at its own minute, in order; the outbox refuses
//! [`UNREACHABLE_NUMBER`](crate::notifications::gateway::UNREACHABLE_NUMBER), so one demo
//! probationer shows a failing number; the others' messages get their delivery receipt.

use chrono::{DateTime, TimeDelta, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use msj_db::schema::notifications;
use msj_db::{AsyncPgConnection, DbError};

use crate::notifications::gateway::OutboxGateway;
use crate::notifications::sending::process;
use crate::notifications::worker::LEASE;

/// Messages claimed at once.
const BATCH: i64 = 500;
/// Delay between a message's sending and its (simulated) delivery receipt.
const DELIVERY: TimeDelta = TimeDelta::seconds(7);

/// Sends every message due at `now` as the worker would have at its due time; messages sent
/// more than ten minutes ago are then delivered. Returns how many were sent.
pub async fn replay(
    conn: &mut AsyncPgConnection,
    outbox: &OutboxGateway,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, DbError> {
    let mut sent = 0;
    loop {
        let claimed = msj_db::notifications::claim(conn, now, LEASE, BATCH).await?;
        if claimed.is_empty() {
            break;
        }
        for sms in claimed {
            let at = sms.notification.due_at.min(now);
            sent += usize::from(process(conn, outbox, sms, public_url, at).await?);
        }
    }
    let before = now - TimeDelta::minutes(10);
    diesel::update(
        notifications::table
            .filter(notifications::state.eq("sent"))
            .filter(notifications::sent_at.lt(before)),
    )
    .set((
        notifications::state.eq("delivered"),
        notifications::receipt_at.eq(notifications::sent_at + DELIVERY),
        notifications::updated_at.eq(now),
    ))
    .execute(conn)
    .await?;
    Ok(sent)
}
