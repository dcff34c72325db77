//! The idle timer: after 60 minutes without user activity the session is dropped and the
//! agent sent to the sign-in page (« Votre session est expirée … »).

use super::{Session, SessionState};
use crate::api;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use std::time::Duration;

/// Inactivity after which the session ends (as the server refuses to refresh it).
const IDLE_LIMIT_MILLIS: f64 = 60.0 * 60.0 * 1000.0;

/// How often the idle time is checked.
const CHECK_EVERY: Duration = Duration::from_secs(15);

/// Events that count as user activity.
const ACTIVITY_EVENTS: [&str; 6] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "wheel",
    "touchstart",
    "scroll",
];

impl Session {
    /// Records user activity now.
    pub fn touch(&self) {
        self.last_activity.set_value(js_sys::Date::now());
    }

    /// Milliseconds since the last user activity.
    pub fn idle_millis(&self) -> f64 {
        js_sys::Date::now() - self.last_activity.get_value()
    }
}

/// Watches user activity and ends an idle session. Renders nothing; place it inside the router.
#[component]
pub fn IdleWatcher() -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    for event in ACTIVITY_EVENTS {
        let handle = window_event_listener_untyped(event, move |_| session.touch());
        on_cleanup(move || handle.remove());
    }
    let check = move || {
        let signed_in = matches!(session.state.get_untracked(), SessionState::SignedIn(_));
        if signed_in && session.idle_millis() >= IDLE_LIMIT_MILLIS {
            let token = session.token();
            session.expire();
            navigate(
                "/connexion",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
            spawn_local(async move {
                // The session is gone on this side whatever the answer; this revokes it.
                let _ = api::auth::logout(token).await;
            });
        }
    };
    if let Ok(handle) = set_interval_with_handle(check, CHECK_EVERY) {
        on_cleanup(move || handle.clear());
    }
}
