//! « Demandes de dessaisissement » (features §2.8): the requests addressed to the service
//! (« Entrantes ») and made by it (« Sortantes »), in progress or done, and the answer form.

mod answer;
mod inbox;
mod table;

pub use inbox::TransfersInbox;
