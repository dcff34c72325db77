//! SMS administration (features §2.9): « Modèles SMS » with a live preview and the number of
//! SMS parts, « Numéros en échec », and the development gateway's « SMS envoyés ».

mod editor;
mod failing;
mod outbox;
mod templates;

pub use failing::FailingNumbers;
pub use outbox::Outbox;
pub use templates::SmsTemplates;
