//! The 16 appointment types of the reference (domain §2.3) and the lists that drive
//! permissions (features §3.1, §3.3–§3.4).

mod key;
mod lists;

pub use key::{AppointmentTypeKey, UnknownAppointmentType};
pub use lists::bookable_by;
