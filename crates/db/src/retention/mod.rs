//! Data retention, set-based (SPEC §9): archiving idle records, deleting records archived
//! long ago with everything that hangs on them, purging old audit entries. Each batch is one
//! statement, hence one transaction: nothing is half-written.

mod archive;
mod delete;

pub use archive::{ArchiveBatch, ArchiveItem, archive_batch};
pub use delete::{DeleteBatch, delete_batch, purge_audit_batch};
