//! SMS templates and the SMS outbox.

mod dispatch;
mod templates;

pub use dispatch::{
    ClaimedSms, FailingNumber, OutboxMessage, Outcome, claim, failing_numbers, finish,
    outbox_accept, outbox_page, record_receipt, sent_since,
};
pub use templates::{TemplateRow, clear_template, save_template, templates_for};
