//! Sending the portal's SMS: claimed by the SMS worker beside the appointment SMS, at once
//! (transactional: no quiet hours, no daily cap, sent even to someone who refused reminders).
//! A code is forgotten once sent, and never sent once it has expired.

use chrono::{DateTime, Utc};
use msj_db::portal::sms::{self, PortalSmsOutcome, PortalSmsRow};
use msj_db::{AsyncPgConnection, DbError};
use msj_domain::notifications::MAX_ATTEMPTS;
use msj_domain::portal::CODE_LIFETIME;

use crate::notifications::gateway::{GatewayAnswer, OutgoingSms, SmsGateway};
use crate::notifications::worker::LEASE;

/// Messages claimed at once.
const BATCH: i64 = 50;

async fn outcome<G: SmsGateway>(
    gateway: &G,
    message: &PortalSmsRow,
    now: DateTime<Utc>,
) -> PortalSmsOutcome {
    let is_code = message.kind == "portal_code";
    let Some(text) = message.content.as_deref() else {
        return PortalSmsOutcome::Failed("no_content".to_owned());
    };
    if is_code && now >= message.created_at + CODE_LIFETIME {
        return PortalSmsOutcome::Failed("too_late".to_owned());
    }
    let answer = gateway
        .send(OutgoingSms {
            client_reference: message.id,
            destination: &message.destination,
            sender: &message.sender,
            text,
            now,
        })
        .await;
    match answer {
        GatewayAnswer::Accepted(external_id) => PortalSmsOutcome::Sent {
            external_id,
            clear: is_code,
        },
        GatewayAnswer::Refused(code) => PortalSmsOutcome::Failed(code),
        GatewayAnswer::Unavailable(cause) if message.attempts >= MAX_ATTEMPTS => {
            PortalSmsOutcome::Failed(format!("unavailable: {cause}"))
        }
        GatewayAnswer::Unavailable(_) => PortalSmsOutcome::Retry,
    }
}

/// Sends the portal SMS waiting; returns how many were claimed.
pub async fn run_once<G: SmsGateway>(
    conn: &mut AsyncPgConnection,
    gateway: &G,
    now: DateTime<Utc>,
) -> Result<usize, DbError> {
    let claimed = sms::claim(conn, now, LEASE, BATCH).await?;
    let count = claimed.len();
    for message in claimed {
        let result = outcome(gateway, &message, now).await;
        if let PortalSmsOutcome::Failed(code) = &result {
            tracing::warn!(sms = %message.id, kind = %message.kind, %code, "portal SMS not sent");
        }
        sms::finish(conn, message.id, result, now).await?;
    }
    Ok(count)
}
