//! The probationer portal (SPEC §7): invitations, one-time sign-in codes, sessions and the
//! SMS texts that carry them.

mod invitation;
mod one_time_code;
mod status;
mod texts;

pub use invitation::{InvitationRefusal, MAX_INVITATIONS, invitation_refusal};
pub use one_time_code::{
    CODE_DIGITS, CODE_LIFETIME, CodeAttempt, CodeRefusal, MAX_CODE_ATTEMPTS, MAX_CODES_PER_HOUR,
    check_code, is_well_formed, may_send_code,
};
pub use status::status_label;
pub use texts::{code_text, invitation_text};

use chrono::TimeDelta;

/// How long a device stays signed in without a new code: the refresh token's lifetime.
pub const SESSION_LIFETIME: TimeDelta = TimeDelta::days(30);

/// How long a planned convocation stays "upcoming" after its start (the person may be there).
pub const STILL_UPCOMING: TimeDelta = TimeDelta::hours(2);
