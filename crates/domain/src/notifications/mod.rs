//! SMS notifications (SPEC §4).

#[cfg(feature = "server")]
mod dispatch;
mod kind;
#[cfg(feature = "server")]
mod planning;
#[cfg(feature = "server")]
mod quiet_hours;
#[cfg(feature = "server")]
mod receipts;

#[cfg(feature = "server")]
pub use dispatch::{
    DAILY_CAP, DueSms, MAX_ATTEMPTS, PERMANENT_CODES, UnsentReason, backoff, guard, is_permanent,
};
pub use kind::NotificationKind;
#[cfg(feature = "server")]
pub use planning::{
    LAST_CALL, PlanSettings, PlannedSms, REMINDER_DAYS, plan, reminder_due, too_late,
};
#[cfg(feature = "server")]
pub use quiet_hours::{QuietHours, first_valid_instant};
#[cfg(feature = "server")]
pub use receipts::{RECEIPT_WINDOW, ReceiptStatus, within_window};
