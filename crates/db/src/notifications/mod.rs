//! SMS templates and the SMS outbox.

mod dispatch;
mod receipts;
mod templates;

pub use dispatch::{
    ClaimedSms, FailingNumber, OutboxMessage, Outcome, claim, failing_numbers, finish,
    outbox_accept, outbox_page, sent_since,
};
pub use receipts::{recipient, record_receipt};
pub use templates::{TemplateRow, clear_template, save_template, templates_for};
