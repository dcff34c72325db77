//! While a transfer is pending, the probationer's record is frozen (features §2.8): edited
//! only by the agents who answer transfers, never archived or deleted, booked only by BEX
//! agents of the requesting service or of an inter-ressort court.

use actix_web::http::StatusCode;
use msj_db::AsyncPgConnection;
use msj_db::divestments::DivestmentRow;
use uuid::Uuid;

use crate::ApiError;

/// 409 `divestment_pending` when a transfer of `convict_id` is pending and `allowed` says no.
pub async fn unless_pending(
    conn: &mut AsyncPgConnection,
    convict_id: Uuid,
    allowed: impl FnOnce(&DivestmentRow) -> bool,
) -> Result<(), ApiError> {
    match msj_db::divestments::pending_for(conn, convict_id).await? {
        Some(pending) if !allowed(&pending) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "divestment_pending",
            "Un dessaisissement de ce probationnaire est en cours : attendez la réponse des services.",
        )),
        _ => Ok(()),
    }
}
