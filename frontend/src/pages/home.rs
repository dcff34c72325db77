//! `/`: the agent's home page (features §2.1): « Bonjour, Prénom NOM », the local admins to
//! turn to, the « statut inconnu » warning, the service's last 3 months of statistics (for
//! those who read them), the probationer search and the service switch.

use crate::api::{self, ApiError};
use crate::components::{PageHeading, RequireAgent, SelectField, SessionNotice, fetched};
use crate::pages::convicts::ConvictSearch;
use crate::pages::stats::RecentStats;
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::home::Home as HomeData;
use msj_contract::organizations::Organization;

/// The home page (signed-in agents who accepted the charter).
#[component]
pub fn Home() -> impl IntoView {
    view! { <RequireAgent><Welcome /></RequireAgent> }
}

#[component]
fn Welcome() -> impl IntoView {
    let session = Session::get();
    let home = LocalResource::new(move || api::home::home(session));
    let switch = session.user().is_some_and(|user| user.menu.switch_service);
    let statistics = session.user().is_some_and(|user| user.menu.statistics);
    view! {
        <PageHeading title="Accueil">{move || home.get().and_then(Result::ok).map(|home| home.greeting)
            .unwrap_or_else(|| "Accueil".to_owned())}</PageHeading>
        <SessionNotice />
        {fetched(home, |home: HomeData| view! { <Summary home /> })}
        {statistics.then(|| view! { <RecentStats /> })}
        <h2 class="fr-h4 fr-mt-4w">"Rechercher un probationnaire"</h2>
        <p><a class="fr-btn fr-btn--secondary" href="/probationnaires/nouveau">"Nouveau probationnaire"</a></p>
        <ConvictSearch />
        {switch.then(|| view! { <ServiceSwitch /> })}
    }
}

#[component]
fn Summary(home: HomeData) -> impl IntoView {
    let session = Session::get();
    let role = session
        .user()
        .map(|user| user.role_label)
        .unwrap_or_default();
    view! {
        <p class="fr-text--lead fr-mb-1w">{role}</p>
        <p>"Service : " {home.organization.name.clone()}</p>
        {(!home.local_admins.is_empty()).then(|| view! {
            <p>"Votre admin local : "
                {home.local_admins.iter().map(|admin| format!("{} ({}, {})", admin.name, admin.email, admin.organization))
                    .collect::<Vec<_>>().join(" ; ")}</p>
        })}
        {home.unknown_status.map(|warning| view! {
            <div class="fr-alert fr-alert--warning fr-mb-3w">
                <h2 class="fr-alert__title">"Convocations au statut inconnu"</h2>
                <p>{warning.message}</p>
                <p><a class="fr-link" href="/convocations?statut_inconnu=1">"Cliquez ici pour le renseigner simplement"</a></p>
            </div>
        })}
    }
}

/// « Changer d'antenne » (« Changer de service » for the central admin).
#[component]
fn ServiceSwitch() -> impl IntoView {
    let session = Session::get();
    let admin = session.user().is_some_and(|user| user.role == "admin");
    let label = if admin {
        "Changer de service"
    } else {
        "Changer d'antenne"
    };
    let organizations = LocalResource::new(move || api::home::switch_targets(session));
    let chosen = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Result<String, ApiError>>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let target = chosen.get_untracked();
        if target.is_empty() {
            return;
        }
        spawn_local(async move {
            match api::home::switch_service(session, target).await {
                Ok(user) => {
                    message.set(Some(Ok("Le service a bien été mis à jour.".to_owned())));
                    session.replace_user(user);
                }
                Err(failure) => message.set(Some(Err(failure))),
            }
        });
    };
    view! {
        <h2 class="fr-h4 fr-mt-4w">{label}</h2>
        {fetched(organizations, move |list: Vec<Organization>| {
            let own = session.user().map(|user| user.organization.id).unwrap_or_default();
            let options: Vec<(String, String)> = list.into_iter().filter(|o| o.id != own).map(|o| (o.id, o.name)).collect();
            view! {
                <form on:submit=submit aria-label=label>
                    <SelectField id="nouveau-service" label="Service" value=chosen options=Signal::derive(move || options.clone()) placeholder="Choisir un service" />
                    <button class="fr-btn fr-btn--secondary" type="submit">{label}</button>
                </form>
            }
        })}
        {move || message.get().map(|result| match result {
            Ok(text) => view! { <p class="fr-message fr-message--valid" role="status">{text}</p> }.into_any(),
            Err(error) => view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> }.into_any(),
        })}
    }
}
