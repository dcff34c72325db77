//! Slot-system appointments: the slot chosen, and the answer when its last seat is gone.

use actix_web::http::StatusCode;
use msj_db::AsyncPgConnection;
use msj_db::slots::{SlotAgenda, SlotRow};
use msj_domain::appointment_types::AppointmentTypeKey;

use crate::ApiError;

/// 409 `slot_full`.
pub fn slot_full() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "slot_full",
        "Ce créneau est complet : choisissez-en un autre.",
    )
}

/// The open slot `text` of type `kind`, with its agenda, place and service; 422 otherwise.
pub async fn chosen_slot(
    conn: &mut AsyncPgConnection,
    text: Option<&str>,
    kind: AppointmentTypeKey,
) -> Result<(SlotRow, SlotAgenda), ApiError> {
    let text = text.ok_or_else(|| {
        ApiError::invalid_field(
            "/slot_id",
            "slot_required",
            "Ce type de convocation se réserve sur un créneau : choisissez-en un.",
        )
    })?;
    let id = ApiError::parse_id("/slot_id", text)?;
    let unknown =
        || ApiError::invalid_field("/slot_id", "unknown_slot", "Créneau inconnu ou fermé.");
    let (slot, key) = msj_db::slots::find_slots(conn, &[id])
        .await?
        .pop()
        .ok_or_else(unknown)?;
    if key != kind.key() {
        return Err(ApiError::invalid_field(
            "/slot_id",
            "slot_type_mismatch",
            "Ce créneau est prévu pour un autre type de convocation.",
        ));
    }
    if !slot.open {
        return Err(unknown());
    }
    let agenda = msj_db::slots::slot_agendas(conn, &[slot.agenda_id])
        .await?
        .pop()
        .ok_or_else(unknown)?;
    Ok((slot, agenda))
}
