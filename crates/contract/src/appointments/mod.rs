//! Appointments ("convocations"): `/api/v1/appointments`.

mod options;
mod requests;
mod views;

pub use options::{BookingOptions, BookingPlace, BookingSlots, BookingType};
pub use requests::{
    CancelAppointment, ExcuseAppointment, MissAppointment, NewAppointment, RescheduleAppointment,
    SmsChoice,
};
pub use views::{
    Appointment, AppointmentActions, AppointmentPage, ConvictRef, LegalDelay, NamedRef,
    NotificationView,
};
