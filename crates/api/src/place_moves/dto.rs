//! A recorded move as the API shows it.

use msj_contract::place_moves::PlaceMove;
use msj_db::place_moves::PlaceMoveRow;

/// `row` with the names of its old and new places.
pub fn place_move(row: &PlaceMoveRow, old_name: String, new_name: String) -> PlaceMove {
    PlaceMove {
        id: row.id.to_string(),
        old_place_id: row.old_place_id.to_string(),
        old_place_name: old_name,
        new_place_id: row.new_place_id.to_string(),
        new_place_name: new_name,
        date: row.move_date,
        created_at: row.created_at,
        agendas: row.agendas,
        slot_templates: row.slot_templates,
        slots: row.slots,
        appointments: row.appointments,
    }
}
