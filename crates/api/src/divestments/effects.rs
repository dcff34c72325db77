//! What a decided transfer changes (SPEC §5): the services following the probationer, the
//! referent CPIP, the town, the history and the requester's email.

use chrono::{DateTime, Utc};
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_db::divestments::{AnswerRow, DivestmentRow};
use msj_domain::divestments::AnswerState;
use msj_domain::divestments::organizations_after;
use msj_domain::history::{HistoryEvent, texts};
use uuid::Uuid;

use crate::ApiError;
use crate::appointments::Writer;
use crate::appointments::followers;
use crate::mail::divestment_texts::{divestment_accepted, divestment_refused};
use crate::mail::outbox::queue;
use crate::organizations::jurisdiction;

/// The states of `answers` once the answer `id` becomes `state`.
pub fn states_with(answers: &[AnswerRow], id: Uuid, state: AnswerState) -> Vec<AnswerState> {
    answers
        .iter()
        .map(|answer| match answer.id == id {
            true => state,
            false => AnswerState::from_key(&answer.state).unwrap_or(AnswerState::Pending),
        })
        .collect()
}

/// Who refused, for the requester: the agent's name, service and contact.
pub struct Refusal<'a> {
    /// « Prénom NOM (service, courriel, téléphone) ».
    pub by: &'a str,
    /// Their comment.
    pub comment: Option<&'a str>,
}

async fn requester(
    conn: &mut AsyncPgConnection,
    divestment: &DivestmentRow,
) -> Result<Option<(String, String)>, ApiError> {
    let Some(user) = divestment.user_id else {
        return Ok(None);
    };
    Ok(msj_db::users::find(conn, user)
        .await?
        .map(|user| (user.email, user.first_name)))
}

/// Applies the decision of `divestment` about `convict`: accepted (`refusal` = `None`) or
/// refused.
pub async fn apply(
    conn: &mut AsyncPgConnection,
    divestment: &DivestmentRow,
    convict: &ConvictRow,
    refusal: Option<Refusal<'_>>,
    automatically: bool,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let accepted = refusal.is_none();
    let target = msj_db::organizations::find(conn, divestment.organization_id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let target_jurisdiction = jurisdiction(conn, target.id).await?;
    let current = followers(conn, convict.id).await?;
    let after = organizations_after(accepted, &current, &target_jurisdiction);
    msj_db::divestments::set_followers(conn, convict.id, &after, now).await?;
    let city = match (accepted, target.use_inter_ressort) {
        (true, true) => convict.city_id,
        (true, false) => None,
        (false, _) => divestment.previous_city_id.or(convict.city_id),
    };
    msj_db::divestments::set_city(conn, convict.id, city, accepted, now).await?;
    let (event, text) = match &refusal {
        None => (
            HistoryEvent::AcceptDivestment,
            texts::divestment_accepted(&target.name, automatically),
        ),
        Some(refusal) => (
            HistoryEvent::RefuseDivestment,
            texts::divestment_refused(&target.name, refusal.by, refusal.comment),
        ),
    };
    let writer = Writer {
        actor_id: None,
        now,
    };
    writer
        .append(conn, writer.item(convict.id, None, event, text))
        .await?;
    if let Some((email, first_name)) = requester(conn, divestment).await? {
        let person = format!("{} {}", convict.first_name, convict.last_name);
        let link = format!("{}/dessaisissements", public_url.trim_end_matches('/'));
        let message = match &refusal {
            None => divestment_accepted(&first_name, &person, &link),
            Some(refusal) => {
                divestment_refused(&first_name, &person, refusal.by, refusal.comment, &link)
            }
        };
        let kind = if accepted {
            "divestment_accepted"
        } else {
            "divestment_refused"
        };
        queue(conn, kind, &email, message, now).await?;
    }
    Ok(())
}
