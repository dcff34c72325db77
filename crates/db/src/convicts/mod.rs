//! Probationers and the services that follow them.

mod appi;
mod duplicates;
pub mod merging;
mod rows;
mod search;

pub use appi::find_by_appi_for_update;
pub use duplicates::{exact_matches, similar_matches};
pub use rows::ConvictRow;
pub use search::{ConvictFilter, search};

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::schema::{convict_organizations, convicts, organizations};

/// Inserts a probationer and attaches them to `organization_ids`; `None` when the phone, the
/// APPI number or the token is already taken (a duplicate that raced the checks).
pub async fn insert(
    conn: &mut AsyncPgConnection,
    convict: &ConvictRow,
    organization_ids: &[Uuid],
    now: DateTime<Utc>,
) -> QueryResult<Option<ConvictRow>> {
    let row = diesel::insert_into(convicts::table)
        .values(convict)
        .on_conflict_do_nothing()
        .returning(ConvictRow::as_returning())
        .get_result(conn)
        .await
        .optional()?;
    if row.is_some() {
        let links: Vec<_> = organization_ids
            .iter()
            .map(|id| {
                (
                    convict_organizations::convict_id.eq(convict.id),
                    convict_organizations::organization_id.eq(*id),
                    convict_organizations::created_at.eq(now),
                )
            })
            .collect();
        diesel::insert_into(convict_organizations::table)
            .values(links)
            .execute(conn)
            .await?;
    }
    Ok(row)
}

/// The probationer with this id.
pub async fn find(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<Option<ConvictRow>> {
    convicts::table
        .find(id)
        .select(ConvictRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// (probationer, service id, service name, service kind) for these probationers, by name.
pub async fn followers(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> QueryResult<Vec<(Uuid, Uuid, String, String)>> {
    convict_organizations::table
        .inner_join(organizations::table)
        .filter(convict_organizations::convict_id.eq_any(ids.to_vec()))
        .order(organizations::name)
        .select((
            convict_organizations::convict_id,
            organizations::id,
            organizations::name,
            organizations::kind,
        ))
        .load(conn)
        .await
}

/// Archives (`Some(now)`) or unarchives (`None`) a probationer; `false` when it already was.
pub async fn set_archived(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    archived_at: Option<DateTime<Utc>>,
) -> QueryResult<bool> {
    let target = convicts::table.find(id);
    let changed = match archived_at {
        Some(_) => {
            diesel::update(target.filter(convicts::archived_at.is_null()))
                .set(convicts::archived_at.eq(archived_at))
                .execute(conn)
                .await?
        }
        None => {
            diesel::update(target.filter(convicts::archived_at.is_not_null()))
                .set(convicts::archived_at.eq(archived_at))
                .execute(conn)
                .await?
        }
    };
    Ok(changed > 0)
}

/// Deletes a probationer who is not archived; `false` otherwise.
pub async fn delete_unarchived(conn: &mut AsyncPgConnection, id: Uuid) -> QueryResult<bool> {
    diesel::delete(
        convicts::table
            .find(id)
            .filter(convicts::archived_at.is_null()),
    )
    .execute(conn)
    .await
    .map(|deleted| deleted > 0)
}

/// Makes `referent` the referent CPIP if there is none yet (`false` otherwise), or removes
/// the referent (`referent` = `None`).
pub async fn set_referent(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    referent: Option<Uuid>,
) -> QueryResult<bool> {
    let target = convicts::table.find(id);
    let changed = match referent {
        Some(_) => {
            diesel::update(target.filter(convicts::referent_id.is_null()))
                .set(convicts::referent_id.eq(referent))
                .execute(conn)
                .await?
        }
        None => {
            diesel::update(target)
                .set(convicts::referent_id.eq(referent))
                .execute(conn)
                .await?
        }
    };
    Ok(changed > 0)
}

/// The editable fields of a probationer, all written at once.
#[derive(Debug, Clone, PartialEq, Eq, AsChangeset)]
#[diesel(table_name = convicts, treat_none_as_null = true)]
pub struct ConvictChanges {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub date_of_birth: chrono::NaiveDate,
    /// Mobile phone (E.164).
    pub phone: Option<String>,
    /// No mobile phone.
    pub no_phone: bool,
    /// Refuses SMS.
    pub refused_phone: bool,
    /// APPI number.
    pub appi_number: Option<String>,
    /// Town of residence.
    pub city_id: Option<Uuid>,
    /// Homeless.
    pub homeless: bool,
    /// Lives abroad.
    pub lives_abroad: bool,
    /// Followed by the anti-terrorism JAP.
    pub japat: bool,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// Writes the changes of a record that is not archived; `Ok(None)` when the phone or the
/// APPI number belongs to someone else, or the record is archived or gone.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    changes: &ConvictChanges,
) -> QueryResult<Option<ConvictRow>> {
    let result = diesel::update(
        convicts::table
            .find(id)
            .filter(convicts::archived_at.is_null()),
    )
    .set(changes)
    .returning(ConvictRow::as_returning())
    .get_result(conn)
    .await
    .optional();
    match result {
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(None),
        other => other,
    }
}

/// Adds services to those following a probationer (never removes any).
pub async fn attach(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    organization_ids: &[Uuid],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let links: Vec<_> = organization_ids
        .iter()
        .map(|organization| {
            (
                convict_organizations::convict_id.eq(id),
                convict_organizations::organization_id.eq(*organization),
                convict_organizations::created_at.eq(now),
            )
        })
        .collect();
    diesel::insert_into(convict_organizations::table)
        .values(links)
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(drop)
}

/// Re-enables SMS for a person who refused them and still has a number; `None` otherwise.
pub async fn reactivate_sms(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<Option<ConvictRow>> {
    diesel::update(
        convicts::table
            .find(id)
            .filter(convicts::refused_phone.eq(true))
            .filter(convicts::phone.is_not_null()),
    )
    .set((
        convicts::refused_phone.eq(false),
        convicts::updated_at.eq(now),
    ))
    .returning(ConvictRow::as_returning())
    .get_result(conn)
    .await
    .optional()
}

/// The probationer of an opt-out token.
pub async fn find_by_opt_out_token(
    conn: &mut AsyncPgConnection,
    token: &str,
) -> QueryResult<Option<ConvictRow>> {
    convicts::table
        .filter(convicts::opt_out_token.eq(token))
        .select(ConvictRow::as_select())
        .first(conn)
        .await
        .optional()
}

/// Flags « refuse les SMS » (the number is kept, so that an agent can re-enable them);
/// `false` when it already was.
pub async fn refuse_sms(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(
        convicts::table
            .find(id)
            .filter(convicts::refused_phone.eq(false)),
    )
    .set((
        convicts::refused_phone.eq(true),
        convicts::updated_at.eq(now),
    ))
    .execute(conn)
    .await
    .map(|changed| changed > 0)
}

/// « Prénom NOM » of the probationers `ids`.
pub async fn names(conn: &mut AsyncPgConnection, ids: &[Uuid]) -> QueryResult<Vec<(Uuid, String)>> {
    let rows: Vec<(Uuid, String, String)> = convicts::table
        .filter(convicts::id.eq_any(ids))
        .select((convicts::id, convicts::first_name, convicts::last_name))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, first, last)| (id, format!("{first} {last}")))
        .collect())
}
