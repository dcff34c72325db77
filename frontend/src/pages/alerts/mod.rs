//! « Alertes » (features §2.15): the central admin's broadcast alerts to the agents of a
//! service and/or a role: list, creation, change and deletion.

mod delete;
mod form;
mod list;

pub use list::AlertList;
