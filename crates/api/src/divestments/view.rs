//! Transfer requests as the API shows them.

use chrono_tz::Tz;
use msj_contract::divestments::{Divestment, SourceAnswer};
use msj_db::AsyncPgConnection;
use msj_db::divestments::DivestmentRow;
use msj_domain::divestments::{AnswerState, DivestmentState};
use uuid::Uuid;

use crate::ApiError;

/// The views of `rows`, their dates in `zone`.
pub async fn render(
    conn: &mut AsyncPgConnection,
    rows: &[DivestmentRow],
    zone: Tz,
) -> Result<Vec<Divestment>, ApiError> {
    let ids: Vec<Uuid> = rows.iter().map(|row| row.id).collect();
    let answers = msj_db::divestments::answers_of(conn, &ids).await?;
    let mut services: Vec<Uuid> = rows.iter().map(|row| row.organization_id).collect();
    services.extend(answers.iter().map(|answer| answer.organization_id));
    let services = msj_db::organizations::list(conn, Some(&services)).await?;
    let name = |id: Uuid| {
        services
            .iter()
            .find(|service| service.id == id)
            .map(|service| service.name.clone())
            .unwrap_or_default()
    };
    let people = msj_db::convicts::names(
        conn,
        &rows.iter().map(|row| row.convict_id).collect::<Vec<_>>(),
    )
    .await?;
    let at = |instant: chrono::DateTime<chrono::Utc>| instant.with_timezone(&zone).fixed_offset();
    Ok(rows
        .iter()
        .map(|row| {
            let state = DivestmentState::from_key(&row.state).unwrap_or(DivestmentState::Pending);
            Divestment {
                id: row.id.to_string(),
                convict_id: row.convict_id.to_string(),
                convict_name: people
                    .iter()
                    .find(|(id, _)| *id == row.convict_id)
                    .map(|(_, name)| name.clone())
                    .unwrap_or_default(),
                organization_id: row.organization_id.to_string(),
                organization_name: name(row.organization_id),
                state: state.key().to_owned(),
                state_label: state.label().to_owned(),
                created_at: at(row.created_at),
                decided_at: row.decided_at.map(at),
                answers: answers
                    .iter()
                    .filter(|answer| answer.divestment_id == row.id)
                    .map(|answer| {
                        let state =
                            AnswerState::from_key(&answer.state).unwrap_or(AnswerState::Pending);
                        SourceAnswer {
                            organization_id: answer.organization_id.to_string(),
                            organization_name: name(answer.organization_id),
                            state: state.key().to_owned(),
                            state_label: state.label().to_owned(),
                            comment: answer.comment.clone(),
                            decided_at: answer.decided_at.map(at),
                        }
                    })
                    .collect(),
            }
        })
        .collect())
}
