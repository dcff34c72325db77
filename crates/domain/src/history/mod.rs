//! The business history ("Historique", domain §1.15, §2.8): append-only items per
//! probationer and per appointment, written once in French.

mod event;
mod sentences;

pub use event::{HistoryCategory, HistoryEvent};
pub use sentences::{AgentRef, Moment, texts};
