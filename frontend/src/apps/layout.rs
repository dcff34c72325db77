//! The shell around the routes of either application: session, router, header, main, footer;
//! and the fallback that hands a path over to the other application.

use crate::api;
use crate::components::FocusPolicy;
use crate::pages::NotFound;
use crate::session::{IdleWatcher, Session};
use crate::shell::{Footer, Header, ImpersonationBanner, SkipLink};
use leptos::html::Main;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

/// Where the administration app is served.
pub const ADMIN_PREFIX: &str = "/administration";

/// The session, the router and the DSFR shell around `children` (the routes).
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let session = Session::provide();
    FocusPolicy::provide();
    spawn_local(api::restore(session));
    let main = NodeRef::<Main>::new();
    view! {
        <Router>
            <IdleWatcher />
            <SkipLink main />
            <Header />
            <ImpersonationBanner />
            <main node_ref=main role="main" id="contenu" tabindex="-1" class="fr-container fr-py-6w">
                {children()}
            </main>
            <Footer />
        </Router>
    }
}

/// A path no route of this application matches: loaded from the server when the other
/// application owns it (`admin` tells which one this is), else « Page non trouvée ».
#[component]
pub fn Elsewhere(admin: bool) -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    let other = path.starts_with(ADMIN_PREFIX) != admin;
    if other {
        let target = format!("{path}{}", location.search.get_untracked());
        let _ = window().location().replace(&target);
        return ().into_any();
    }
    view! { <NotFound /> }.into_any()
}
