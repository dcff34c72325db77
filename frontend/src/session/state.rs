//! Where the session stands.

use msj_contract::auth::CurrentUser;

/// Where the session stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionState {
    /// At start-up, while the refresh cookie is tried.
    Restoring,
    /// Nobody is signed in.
    SignedOut,
    /// An agent is signed in.
    SignedIn(Box<CurrentUser>),
}
