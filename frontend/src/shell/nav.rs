//! The main navigation (features §2.1): Accueil, Probationnaires, Convocations; the current
//! page is marked with `aria-current`.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use msj_contract::auth::CurrentUser;

/// Entries of the main menu: (path, label).
const ENTRIES: [(&str, &str); 3] = [
    ("/", "Accueil"),
    ("/probationnaires", "Probationnaires"),
    ("/convocations", "Convocations"),
];

/// The DSFR main navigation of a signed-in agent who accepted the charter.
#[component]
pub fn MainNav(user: CurrentUser) -> impl IntoView {
    let pathname = use_location().pathname;
    let current = move |path: &'static str| {
        let here = pathname.get();
        let active = if path == "/" {
            here == "/"
        } else {
            here.starts_with(path)
        };
        active.then_some("page")
    };
    user.security_charter_accepted.then(|| {
        view! {
            <nav class="fr-nav" id="navigation-principale" role="navigation" aria-label="Menu principal">
                <ul class="fr-nav__list">
                    {ENTRIES.into_iter().map(|(path, label)| view! {
                        <li class="fr-nav__item">
                            <a class="fr-nav__link" href=path aria-current=move || current(path)>{label}</a>
                        </li>
                    }).collect_view()}
                </ul>
            </nav>
        }
    })
}
