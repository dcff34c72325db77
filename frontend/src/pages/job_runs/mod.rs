//! « Tâches planifiées » (features §2.15): what each daily job did (slot generation,
//! transfers, purges, archiving and deletion of records), for the central admin.

mod list;

pub use list::JobRunList;
