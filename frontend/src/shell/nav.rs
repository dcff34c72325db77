//! The main navigation (features §2.1): Accueil, Probationnaires, Convocations, the sortie
//! d'audience month views, « Statistiques » and the « Administration » drop-down the agent's
//! role opens (`menu` of `GET /auth/me`); the current page is marked with `aria-current`.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use msj_contract::auth::{AgentMenu, CurrentUser};

/// Entries of the main menu: (path, label).
const ENTRIES: [(&str, &str); 3] = [
    ("/", "Accueil"),
    ("/probationnaires", "Probationnaires"),
    ("/convocations", "Convocations"),
];

/// Month views: (`menu.month_views` key, path, label).
pub const MONTH_VIEWS: [(&str, &str, &str); 3] = [
    (
        "sortie_audience_sap",
        "/sorties-audience/jap",
        "Sortie d'audience JAP",
    ),
    ("sap_ddse", "/sorties-audience/ddse", "SAP DDSE"),
    (
        "sortie_audience_spip",
        "/sorties-audience/spip",
        "Sortie d'audience SPIP",
    ),
];

/// The « Administration » entries the menu allows: (path, label).
fn administration(menu: &AgentMenu) -> Vec<(&'static str, &'static str)> {
    [
        (
            menu.sms_templates,
            "/administration/modeles-sms",
            "Modèles SMS",
        ),
        (
            menu.sms_templates,
            "/administration/sms-envoyes",
            "SMS envoyés",
        ),
        (
            menu.failing_numbers,
            "/administration/numeros-en-echec",
            "Numéros en échec",
        ),
        (menu.places, "/administration/lieux", "Lieux"),
        (menu.slots, "/administration/creneaux", "Créneaux"),
        (menu.agents, "/administration/agents", "Agents"),
        (menu.services, "/administration/services", "Services"),
        (
            menu.reinsertion_resources,
            "/administration/ressources-reinsertion",
            "Ressources de réinsertion",
        ),
        (
            menu.transfers,
            "/administration/dessaisissements",
            "Demandes de dessaisissement",
        ),
        (menu.audit, "/administration/journal", "Journal d'audit"),
        (
            menu.job_runs,
            "/administration/taches-planifiees",
            "Tâches planifiées",
        ),
        (menu.alerts, "/administration/alertes", "Alertes"),
        (
            menu.api_tokens,
            "/administration/jetons-api",
            "Jetons d'API",
        ),
        (
            menu.convict_operations,
            "/administration/fusion-probationnaires",
            "Fusionner des probationnaires",
        ),
        (
            menu.convict_operations,
            "/administration/import-appi",
            "Import APPI",
        ),
    ]
    .into_iter()
    .filter_map(|(allowed, path, label)| allowed.then_some((path, label)))
    .collect()
}

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
    let mut entries: Vec<(&'static str, &'static str)> = ENTRIES.to_vec();
    entries.extend(
        MONTH_VIEWS
            .into_iter()
            .filter(|(key, _, _)| user.menu.month_views.iter().any(|view| view == key))
            .map(|(_, path, label)| (path, label)),
    );
    if user.menu.statistics {
        entries.push(("/statistiques", "Statistiques"));
    }
    let admin = administration(&user.menu);
    user.security_charter_accepted.then(|| {
        view! {
            <nav class="fr-nav" id="navigation-principale" role="navigation" aria-label="Menu principal">
                <ul class="fr-nav__list">
                    {entries.into_iter().map(|(path, label)| view! {
                        <li class="fr-nav__item">
                            <a class="fr-nav__link" href=path aria-current=move || current(path)>{label}</a>
                        </li>
                    }).collect_view()}
                    {(!admin.is_empty()).then(|| view! { <AdminMenu entries=admin /> })}
                </ul>
            </nav>
        }
    })
}

/// The « Administration » drop-down: opened by its button, closed by Escape or a new page.
#[component]
fn AdminMenu(entries: Vec<(&'static str, &'static str)>) -> impl IntoView {
    let pathname = use_location().pathname;
    let open = RwSignal::new(false);
    Effect::new(move || {
        pathname.track();
        open.set(false);
    });
    let here = move || pathname.get().starts_with("/administration");
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" {
            open.set(false);
        }
    };
    view! {
        <li class="fr-nav__item" on:keydown=on_key>
            <button class="fr-nav__btn" type="button" aria-controls="menu-administration"
                aria-expanded=move || open.get().to_string() aria-current=move || here().then_some("true")
                on:click=move |_| open.update(|open| *open = !*open)>"Administration"</button>
            <div class="fr-collapse fr-menu" class:fr-collapse--expanded=move || open.get() id="menu-administration">
                <ul class="fr-menu__list">
                    {entries.into_iter().map(|(path, label)| view! {
                        <li><a class="fr-nav__link" href=path
                            aria-current=move || pathname.get().starts_with(path).then_some("page")>{label}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        </li>
    }
}
