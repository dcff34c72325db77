//! SMS notifications (SPEC §4).

mod kind;
#[cfg(feature = "server")]
mod planning;
#[cfg(feature = "server")]
mod quiet_hours;

pub use kind::NotificationKind;
#[cfg(feature = "server")]
pub use planning::{
    LAST_CALL, PlanSettings, PlannedSms, REMINDER_DAYS, plan, reminder_due, too_late,
};
#[cfg(feature = "server")]
pub use quiet_hours::{QuietHours, first_valid_instant};
