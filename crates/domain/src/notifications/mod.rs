//! SMS notifications (SPEC §4).

mod kind;

pub use kind::NotificationKind;
