//! Appointment pages: list, detail, booking; the shared buttons, slot picker, print button
//! and history.

mod buttons;
mod detail;
mod list;
mod new;
mod print;
mod reschedule;
mod slots;
mod steps;
mod timeline;

pub use buttons::AppointmentButtons;
pub use detail::AppointmentDetail;
pub use list::AppointmentList;
pub use new::NewAppointmentPage;
pub use reschedule::RescheduleAppointmentPage;
pub use timeline::Timeline;
