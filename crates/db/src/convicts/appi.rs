//! Finding a probationer by APPI number (the APPI import).

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use super::ConvictRow;
use crate::schema::convicts;

/// The probationer with this (normalised) APPI number, locked for update.
pub async fn find_by_appi_for_update(
    conn: &mut AsyncPgConnection,
    appi_number: &str,
) -> QueryResult<Option<ConvictRow>> {
    convicts::table
        .filter(convicts::appi_number.eq(appi_number))
        .select(ConvictRow::as_select())
        .for_update()
        .first(conn)
        .await
        .optional()
}
