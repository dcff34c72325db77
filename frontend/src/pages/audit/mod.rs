//! The audit log (features §2.15): who read or changed what, for the central admin.

mod journal;
mod rows;

pub use journal::AuditJournal;
