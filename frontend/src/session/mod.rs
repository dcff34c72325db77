//! The agent's session, held in memory only (never in web storage): the access token, the
//! signed-in agent, the time of the last user activity, and a notice for the next page.

mod actor;
mod idle;
mod state;

pub use actor::actor;
pub use idle::IdleWatcher;
pub use state::SessionState;

use crate::api::RefreshFlight;
use crate::components::Notice;
use leptos::prelude::*;
use msj_contract::auth::{CurrentUser, SessionResponse};

/// Handle on the session, provided as a Leptos context (cheap to copy).
#[derive(Clone, Copy)]
pub struct Session {
    state: RwSignal<SessionState>,
    token: StoredValue<Option<String>>,
    notice: StoredValue<Option<Notice>>,
    last_activity: StoredValue<f64>,
    refresh: StoredValue<Option<RefreshFlight>, LocalStorage>,
}

impl Session {
    /// Creates the session (restoring) and provides it to the components below.
    pub fn provide() -> Self {
        let session = Self {
            state: RwSignal::new(SessionState::Restoring),
            token: StoredValue::new(None),
            notice: StoredValue::new(None),
            last_activity: StoredValue::new(js_sys::Date::now()),
            refresh: StoredValue::new_local(None),
        };
        provide_context(session);
        session
    }

    /// The session provided by the application root.
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// Where the session stands (reactive).
    pub fn state(&self) -> SessionState {
        self.state.get()
    }

    /// The signed-in agent (reactive).
    pub fn user(&self) -> Option<CurrentUser> {
        self.state.with(|state| match state {
            SessionState::SignedIn(user) => Some(CurrentUser::clone(user)),
            _ => None,
        })
    }

    /// The access token, for the `Authorization` header.
    pub fn token(&self) -> Option<String> {
        self.token.get_value()
    }

    /// Opens a session after a sign-in: counts as user activity.
    pub fn start(&self, response: SessionResponse) {
        self.touch();
        self.open(response);
    }

    /// Stores a new access token and the agent it belongs to.
    pub fn open(&self, response: SessionResponse) {
        self.token.set_value(Some(response.access_token));
        self.state
            .set(SessionState::SignedIn(Box::new(response.user)));
    }

    /// Forgets the session, with a notice for the sign-in page.
    pub fn sign_out(&self, notice: Option<Notice>) {
        self.token.set_value(None);
        self.notice.set_value(notice);
        self.state.set(SessionState::SignedOut);
    }

    /// Forgets the session because it expired (idle, or refused by the server).
    pub fn expire(&self) {
        if self.token.with_value(Option::is_some) {
            self.sign_out(Some(Notice::expired()));
        }
    }

    /// Replaces the signed-in agent (after a change of service, or once the charter is accepted).
    pub fn replace_user(&self, user: CurrentUser) {
        self.state.set(SessionState::SignedIn(Box::new(user)));
    }

    /// Records that the current charter is (or is no longer) accepted.
    pub fn set_charter_accepted(&self, accepted: bool) {
        self.state.update(|state| {
            if let SessionState::SignedIn(user) = state {
                user.security_charter_accepted = accepted;
            }
        });
    }

    /// The server refused a call until the charter is accepted.
    pub fn require_charter(&self) {
        self.set_charter_accepted(false);
    }

    /// Leaves a notice for the next page that shows notices.
    pub fn set_notice(&self, notice: Notice) {
        self.notice.set_value(Some(notice));
    }

    /// Takes the pending notice, if any.
    pub fn take_notice(&self) -> Option<Notice> {
        self.notice.try_update_value(Option::take).flatten()
    }

    pub(crate) fn refresh_flight(&self) -> Option<RefreshFlight> {
        self.refresh.get_value()
    }

    pub(crate) fn set_refresh_flight(&self, flight: Option<RefreshFlight>) {
        self.refresh.set_value(flight);
    }
}
