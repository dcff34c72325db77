//! « Créneaux » (features §2.7): the open slots to come with their filters, closing one or a
//! selection, changing a capacity; « Nouveaux créneaux » creates them in bulk.

mod batch;
mod batch_times;
mod capacity;
mod list;
mod table;

pub use batch::NewSlots;
pub use list::SlotList;
