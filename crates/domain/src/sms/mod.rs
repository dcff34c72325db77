//! SMS templates (SPEC §4, §10; domain §6): the allowed placeholders and the check of a
//! template, the rendering of an appointment SMS with its STOP SMS line, the GSM-7 / UCS-2
//! length in parts, the sender name, and the national default texts of the 16 appointment types.

mod defaults;
mod placeholders;
mod render;
mod resolution;
mod segments;
mod sender;

pub use defaults::default_template;
pub use placeholders::{MAX_TEMPLATE_CHARS, Placeholder, TemplateError, check_template};
pub use render::{SmsValues, render, sms_date, sms_time, with_stop_line};
pub use resolution::{
    DEFAULT_REMINDER_DAYS, ResolvedTemplate, StoredTemplate, TemplateSource, check_reminder_days,
    resolve,
};
pub use segments::{Encoding, SmsLength, is_gsm7, measure};
pub use sender::{MAX_SENDER_CHARS, SenderError, check_sender_name};
