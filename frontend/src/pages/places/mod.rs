//! Administration of places (features §2.6): list, creation, edition with the agendas, and
//! the recurring slots of an agenda (§2.7).

mod add_row;
mod agendas;
mod archive;
mod batch;
mod edit;
mod form;
mod list;
mod moving;
mod new;
mod page;
mod recurring;
mod weekday;

pub use edit::EditPlacePage;
pub use list::PlaceList;
pub use moving::MovePlacePage;
pub use new::NewPlacePage;
pub use recurring::RecurringSlotsPage;
