//! The daily run over pending transfers (SPEC §5): answers pending for 10 days are accepted
//! unless the probationer has appointments to come outside the requester's jurisdiction;
//! services with answers pending are reminded on the next run, then every 5 days.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use msj_db::AsyncPgConnection;
use msj_domain::divestments::{
    AUTO_ACCEPT_AFTER, AnswerState, DivestmentState, TEN_DAYS_COMMENT, may_auto_accept, overall,
    reminder_due,
};
use serde::Serialize;
use uuid::Uuid;

use super::effects::{apply, states_with};
use crate::ApiError;
use crate::mail::divestment_texts::divestment_reminder;
use crate::mail::outbox::queue;
use crate::organizations::jurisdiction;

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Stalled {
    /// Answers accepted after 10 days.
    pub auto_accepted: usize,
    /// Services reminded.
    pub reminded: usize,
}

/// Accepts one answer pending for 10 days, and the transfer when it was the last awaited.
async fn accept_late(
    conn: &mut AsyncPgConnection,
    answer_id: Uuid,
    divestment_id: Uuid,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    conn.transaction::<_, ApiError, _>(async |conn| {
        let Some(row) = msj_db::divestments::lock(conn, divestment_id).await? else {
            return Ok(false);
        };
        let convict = msj_db::convicts::find(conn, row.convict_id)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let target = jurisdiction(conn, row.organization_id).await?;
        let outside = msj_db::divestments::future_outside(conn, convict.id, &target, now).await?;
        let answers = msj_db::divestments::answers_of(conn, &[row.id]).await?;
        let still_pending = answers
            .iter()
            .any(|answer| answer.id == answer_id && answer.state == AnswerState::Pending.key());
        if row.state != DivestmentState::Pending.key()
            || !still_pending
            || !may_auto_accept(convict.archived_at.is_some(), outside)
        {
            return Ok(false);
        }
        let auto = AnswerState::AutoAccepted;
        msj_db::divestments::set_answer(
            conn,
            answer_id,
            auto.key(),
            Some(TEN_DAYS_COMMENT),
            None,
            now,
        )
        .await?;
        let states = states_with(&answers, answer_id, auto);
        if overall(&states) == DivestmentState::Accepted {
            msj_db::divestments::decide(conn, row.id, DivestmentState::AutoAccepted.key(), now)
                .await?;
            apply(conn, &row, &convict, None, true, public_url, now).await?;
        }
        Ok(true)
    })
    .await
}

/// One daily run.
pub async fn run(
    conn: &mut AsyncPgConnection,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<Stalled, ApiError> {
    let mut report = Stalled::default();
    for (answer, divestment) in msj_db::divestments::stalled(conn, now - AUTO_ACCEPT_AFTER).await? {
        if accept_late(conn, answer.id, divestment.id, public_url, now).await? {
            report.auto_accepted += 1;
        }
    }
    let mut waiting: BTreeMap<Uuid, Vec<Uuid>> = BTreeMap::new();
    for answer in msj_db::divestments::waiting(conn).await? {
        if reminder_due(answer.last_reminder_at, now) {
            waiting
                .entry(answer.organization_id)
                .or_default()
                .push(answer.id);
        }
    }
    let link = format!("{}/dessaisissements", public_url.trim_end_matches('/'));
    for (organization, answers) in waiting {
        let Some(service) = msj_db::organizations::find(conn, organization).await? else {
            continue;
        };
        conn.transaction::<_, ApiError, _>(async |conn| {
            for to in msj_db::divestments::reminder_recipients(conn, organization).await? {
                let message = divestment_reminder(&service.name, answers.len(), &link);
                queue(conn, "divestment_reminder", &to, message, now).await?;
            }
            Ok(msj_db::divestments::reminded(conn, &answers, now).await?)
        })
        .await?;
        report.reminded += 1;
    }
    Ok(report)
}
