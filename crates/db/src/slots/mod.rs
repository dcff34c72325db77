//! Slot templates, slots and their seats.

mod context;
mod listing;
mod month;
mod rows;
mod seats;
mod templates;
mod writes;

pub use context::{SlotAgenda, slot_agendas};
pub use listing::{SlotFilter, SlotListed, list_slots};
pub use month::{SeatHolder, month_slots, seat_holders};
pub use rows::{SlotRow, SlotTemplateRow};
pub use seats::{free_seat, free_seats_of_convict, take_seat};
pub use templates::{
    TemplateToGenerate, delete_templates, find_template, insert_templates, last_generated,
    templates_of, templates_of_place, templates_to_generate, update_template,
};
pub use writes::{close_slots, find_slots, insert_slots, set_capacity};
