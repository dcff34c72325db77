//! Agent account rules (SPEC §6, features §4.2–§4.4): password strength, lockout after failed
//! sign-ins, and token lifetimes. Time is always passed in: no clock here.

mod email;
mod lock_state;
mod lockout;
mod password;
mod password_problem;
mod tokens;

pub use email::{InvalidEmail, normalize_email};
pub use lock_state::{LOCK_DURATION, LockState, MAX_FAILED_ATTEMPTS};
pub use lockout::{LoginAttempt, LoginOutcome, login_outcome};
pub use password::{PASSWORD_HINT, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, check_password};
pub use password_problem::PasswordProblem;
pub use tokens::{
    ACCESS_TOKEN_LIFETIME, INVITATION_LIFETIME, PASSWORD_RESET_LIFETIME, REFRESH_IDLE_TIMEOUT,
    is_expired,
};
