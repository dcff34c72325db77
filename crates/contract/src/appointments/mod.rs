//! Appointments ("convocations"): `/api/v1/appointments`.

mod requests;
mod views;

pub use requests::{
    CancelAppointment, ExcuseAppointment, MissAppointment, NewAppointment, RescheduleAppointment,
    SmsChoice,
};
pub use views::{
    Appointment, AppointmentActions, AppointmentPage, ConvictRef, LegalDelay, NamedRef,
    NotificationView,
};
