//! Outgoing email: French text + HTML bodies, written to the outbox table in the transaction
//! that decides to send, then delivered by the worker loop (SMTP relay in production, one
//! `.eml` file per message under the data folder in development).

pub mod divestment_texts;
mod html;
mod mailer;
pub mod mutation_texts;
pub mod outbox;
pub mod templates;
pub mod worker;

pub use mailer::Mailer;
