//! SMS templates and the SMS outbox.

mod dispatch;
mod templates;

pub use dispatch::{ClaimedSms, Outcome, claim, finish, outbox_accept, record_receipt, sent_since};
pub use templates::{TemplateRow, clear_template, save_template, templates_for};
