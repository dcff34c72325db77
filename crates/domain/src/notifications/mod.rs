//! SMS notifications (SPEC §4).

mod kind;
#[cfg(feature = "server")]
mod planning;

pub use kind::NotificationKind;
#[cfg(feature = "server")]
pub use planning::{PlannedSms, REMINDER_DAYS, plan, reminder_due};
