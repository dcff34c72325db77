//! Appointments: who may see, book and change them (features §3.1, §3.3–§3.4, domain §4.6,
//! §4.12). The actor's *jurisdiction* (their service and the linked ones) is passed in.

mod actions;
mod create;
mod facts;
mod scope;

pub use actions::{AppointmentActions, appointment_actions};
pub use create::{BookingTarget, create_appointment};
pub use facts::{
    AppointmentFacts, cancel_appointment, record_attendance, reschedule_appointment,
    view_appointment,
};
pub use scope::{AppointmentScope, list_appointments};
