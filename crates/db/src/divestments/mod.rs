//! Transfers between services: requests, answers, and the facts their rules read.

mod facts;
mod rows;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{divestments, organization_divestments};

pub use facts::{
    answering_roles, future_outside, last_appointment, reminder_recipients, set_city, set_followers,
};
pub use rows::{AnswerRow, DivestmentRow};

/// Inserts a request with its answers; `false` when the probationer already has a pending one
/// (the partial unique index decides between concurrent requests).
pub async fn insert(
    conn: &mut AsyncPgConnection,
    row: &DivestmentRow,
    answers: &[AnswerRow],
) -> QueryResult<bool> {
    let inserted = diesel::insert_into(divestments::table)
        .values(row)
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    if inserted == 0 {
        return Ok(false);
    }
    diesel::insert_into(organization_divestments::table)
        .values(answers)
        .execute(conn)
        .await?;
    Ok(true)
}

/// The pending request about a probationer, if any.
pub async fn pending_for(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
) -> QueryResult<Option<DivestmentRow>> {
    divestments::table
        .filter(divestments::convict_id.eq(convict_id))
        .filter(divestments::state.eq("pending"))
        .select(DivestmentRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// A request.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<DivestmentRow>> {
    divestments::table
        .find(id)
        .select(DivestmentRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// A request, locked until the end of the transaction (answers are decided one at a time).
pub async fn lock(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<DivestmentRow>> {
    divestments::table
        .find(id)
        .for_update()
        .select(DivestmentRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// The answers of the requests `ids`.
pub async fn answers_of(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> QueryResult<Vec<AnswerRow>> {
    organization_divestments::table
        .filter(organization_divestments::divestment_id.eq_any(ids))
        .order((
            organization_divestments::divestment_id,
            organization_divestments::created_at,
        ))
        .select(AnswerRow::as_select())
        .load(conn)
        .await
}

/// Records an answer's new state.
pub async fn set_answer(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    state: &str,
    comment: Option<&str>,
    by: Option<Uuid>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(organization_divestments::table.find(id))
        .set((
            organization_divestments::state.eq(state),
            organization_divestments::comment.eq(comment),
            organization_divestments::answered_by.eq(by),
            organization_divestments::decided_at.eq(now),
            organization_divestments::updated_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Records a request's decision.
pub async fn decide(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    state: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(divestments::table.find(id))
        .set((
            divestments::state.eq(state),
            divestments::decided_at.eq(now),
            divestments::updated_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Requests made by (`outgoing`) or addressed to (incoming) a service, pending or decided,
/// most recent first, with how many there are.
pub async fn list(
    conn: &mut AsyncPgConnection,
    organization_id: Uuid,
    outgoing: bool,
    pending: bool,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<DivestmentRow>, i64)> {
    let query = || {
        let mut query = divestments::table.into_boxed();
        query = if outgoing {
            query.filter(divestments::organization_id.eq(organization_id))
        } else {
            query.filter(
                divestments::id.eq_any(
                    organization_divestments::table
                        .filter(organization_divestments::organization_id.eq(organization_id))
                        .select(organization_divestments::divestment_id),
                ),
            )
        };
        if pending {
            query.filter(divestments::state.eq("pending"))
        } else {
            query.filter(divestments::state.ne("pending"))
        }
    };
    let total = query().count().get_result(conn).await?;
    let rows = query()
        .order((divestments::created_at.desc(), divestments::id))
        .limit(limit)
        .offset(offset)
        .select(DivestmentRow::as_select())
        .load(conn)
        .await?;
    Ok((rows, total))
}

/// Pending answers of pending requests made before `before`, with their request.
pub async fn stalled(
    conn: &mut AsyncPgConnection,
    before: DateTime<Utc>,
) -> QueryResult<Vec<(AnswerRow, DivestmentRow)>> {
    organization_divestments::table
        .inner_join(divestments::table)
        .filter(organization_divestments::state.eq("pending"))
        .filter(divestments::state.eq("pending"))
        .filter(divestments::created_at.le(before))
        .select((AnswerRow::as_select(), DivestmentRow::as_select()))
        .load(conn)
        .await
}

/// Pending answers of pending requests, to remind their services of.
pub async fn waiting(conn: &mut AsyncPgConnection) -> QueryResult<Vec<AnswerRow>> {
    organization_divestments::table
        .inner_join(divestments::table)
        .filter(organization_divestments::state.eq("pending"))
        .filter(divestments::state.eq("pending"))
        .select(AnswerRow::as_select())
        .load(conn)
        .await
}

/// Notes that the services of the answers `ids` were reminded at `now`.
pub async fn reminded(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(organization_divestments::table.filter(organization_divestments::id.eq_any(ids)))
        .set(organization_divestments::last_reminder_at.eq(now))
        .execute(conn)
        .await
        .map(drop)
}
