//! SMS templates (and, with the SMS engine, the outbox).

mod templates;

pub use templates::{TemplateRow, clear_template, save_template, templates_for};
