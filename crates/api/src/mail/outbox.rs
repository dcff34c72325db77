//! Putting an email in the outbox.

use chrono::{DateTime, Utc};
use msj_db::AsyncPgConnection;
use msj_db::emails::{NewEmail, enqueue};
use uuid::Uuid;

use super::templates::Composed;
use crate::ApiError;

/// Queues `email` for `to`, due now. Call it inside the transaction that decides to send.
pub async fn queue(
    conn: &mut AsyncPgConnection,
    kind: &str,
    to: &str,
    email: Composed,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let row = NewEmail {
        id: Uuid::now_v7(),
        kind: kind.to_owned(),
        to_address: to.to_owned(),
        subject: email.subject,
        text_body: email.text,
        html_body: email.html,
        next_attempt_at: now,
        created_at: now,
    };
    enqueue(conn, &row).await.map_err(ApiError::internal)
}
