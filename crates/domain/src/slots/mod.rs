//! Slots of the slot-system appointment types (the two sorties d'audience and SAP DDSE):
//! times of recurring templates and of one-off bulk creations, generation of the slots of
//! the next six months, capacities, the legal delays of a sortie d'audience and its extra fields.

mod capacity;
mod extra_fields;
mod generation;
mod legal_delay;
mod times;

pub use capacity::{check_capacity, free_seats};
pub use extra_fields::{
    ExtraFieldScope, ExtraFieldType, MAX_FIELDS_PER_TYPE, booking_fields_required,
    check_field_name, check_room, check_value,
};
pub use generation::{
    GeneratedSlot, HORIZON_MONTHS, PlaceCalendar, SlotTemplate, generate, horizon,
};
pub use legal_delay::{LegalWindow, legal_delay_days, legal_window, outside_window};
pub use times::{MAX_INTERVAL_MIN, TimeRange, batch_times, template_times};
