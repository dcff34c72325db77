//! Access guards: who may see a page, and where the others go.

use crate::session::{Session, SessionState};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::Redirect;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    Pending,
    SignIn,
    Charter,
    Granted,
}

/// Shows its children to a signed-in agent who accepted the security charter. Others go to
/// `/connexion`, or to `/charte` (unless `charter_page`, the page where it is accepted).
#[component]
pub fn RequireAgent(
    /// The charter page itself: reachable before the charter is accepted.
    #[prop(optional)]
    charter_page: bool,
    /// The page.
    children: ChildrenFn,
) -> impl IntoView {
    let session = Session::get();
    let access = Memo::new(move |_| match session.state() {
        SessionState::Restoring => Access::Pending,
        SessionState::SignedOut => Access::SignIn,
        SessionState::SignedIn(user) if !user.security_charter_accepted && !charter_page => {
            Access::Charter
        }
        SessionState::SignedIn(_) => Access::Granted,
    });
    move || match access.get() {
        Access::Pending => {
            view! { <p class="fr-sr-only" role="status">"Chargement…"</p> }.into_any()
        }
        Access::SignIn => view! { <Redirect path="/connexion" options=replace() /> }.into_any(),
        Access::Charter => view! { <Redirect path="/charte" options=replace() /> }.into_any(),
        Access::Granted => children().into_any(),
    }
}

/// Sends a signed-in agent from a sign-in page to the home page.
#[component]
pub fn RedirectIfSignedIn() -> impl IntoView {
    let session = Session::get();
    let signed_in = Memo::new(move |_| matches!(session.state(), SessionState::SignedIn(_)));
    move || {
        signed_in
            .get()
            .then(|| view! { <Redirect path="/" options=replace() /> })
    }
}

fn replace() -> NavigateOptions {
    NavigateOptions {
        replace: true,
        ..Default::default()
    }
}
