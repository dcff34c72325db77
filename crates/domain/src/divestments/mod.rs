//! Transfers of a probationer between services ("dessaisissements", SPEC §5, domain §1.16,
//! §1.17, §3.3, §4.3): the decision at creation, the answers of the source services and the
//! transfer's outcome, the 10-day automatic acceptance and the reminders, the comments.

mod answers;
mod comments;
mod creation;
mod error;
mod outcome;
mod states;
mod timer;

pub use answers::{after_refusal, overall};
pub use comments::{
    ADMIN_COMMENT, AUTO_COMMENT, IGNORED_AFTER_REFUSAL, IGNORED_COMMENT, MAX_COMMENT_CHARS,
    TEN_DAYS_COMMENT, check_comment,
};
pub use creation::{ConvictFacts, Creation, SourceService, decide};
pub use error::DivestmentError;
pub use outcome::{organizations_after, town_requester};
pub use states::{AnswerState, DivestmentState};
pub use timer::{
    AUTO_ACCEPT_AFTER, REMINDER_EVERY, auto_accept_due, may_auto_accept, reminder_due,
};
