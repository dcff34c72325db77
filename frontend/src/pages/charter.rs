//! `/charte`: the security charter, to accept before anything else.

use crate::api;
use crate::components::{ErrorAlert, Notice, PageHeading, RequireAgent};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use msj_contract::charter::SecurityCharter;
use wasm_bindgen::JsValue;

/// The charter page (signed-in agents, accepted or not).
#[component]
pub fn Charter() -> impl IntoView {
    view! { <RequireAgent charter_page=true><CharterPage /></RequireAgent> }
}

#[component]
fn CharterPage() -> impl IntoView {
    let session = Session::get();
    let charter = LocalResource::new(move || api::charter::current(session));
    let must_accept = move || {
        session
            .user()
            .is_some_and(|user| !user.security_charter_accepted)
    };
    view! {
        <PageHeading title="Charte de sécurité">"Charte de sécurité"</PageHeading>
        <Show when=must_accept>
            <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
                <p>"Vous devez accepter la charte de sécurité pour continuer à utiliser Mon Suivi Justice."</p>
            </div>
        </Show>
        <Suspense fallback=|| view! { <p role="status">"Chargement de la charte…"</p> }>
            <ErrorBoundary fallback=|errors| view! {
                <ErrorAlert message=Signal::derive(move || errors.with(|e| e.iter().next().map(|(_, error)| error.to_string()))) />
            }>
                {move || Suspend::new(async move { charter.await.map(|charter| view! { <CharterText charter /> }) })}
            </ErrorBoundary>
        </Suspense>
    }
}

#[component]
fn CharterText(charter: SecurityCharter) -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<api::ApiError>);
    let pending = RwSignal::new(false);
    let version = charter.version;
    let accept = move |_| {
        pending.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::charter::accept(session, version).await {
                Ok(()) => {
                    match api::charter::agent(session).await {
                        Ok(user) => session.replace_user(user),
                        Err(_) => session.set_charter_accepted(true),
                    }
                    session.set_notice(Notice::success(
                        "Merci d'avoir accepté la charte de sécurité.",
                    ));
                    navigate("/", Default::default());
                }
                Err(failure) => {
                    error.set(Some(failure));
                    pending.set(false);
                }
            }
        });
    };
    let accepted_on = charter.accepted_at.as_deref().map(french_date);
    view! {
        <p class="fr-text--lead">{charter.title} " (version " {version} ")"</p>
        {charter.sections.into_iter().map(|section| view! {
            <h2 class="fr-h4 fr-mt-4w">{section.heading}</h2>
            {section.paragraphs.into_iter().map(|paragraph| view! { <p>{paragraph}</p> }).collect_view()}
        }).collect_view()}
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(api::ApiError::message))) />
        {match accepted_on {
            Some(date) => view! { <p class="fr-mt-4w">{format!("Vous avez accepté cette charte le {date}.")}</p> }.into_any(),
            None => view! {
                <ul class="fr-btns-group fr-mt-4w">
                    <li><button class="fr-btn" type="button" disabled=move || pending.get() on:click=accept>
                        "J'accepte la charte de sécurité"
                    </button></li>
                </ul>
            }.into_any(),
        }}
    }
}

/// « 5 mars 2026 » from an RFC 3339 timestamp, in the browser's time zone.
fn french_date(timestamp: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(timestamp));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(date.to_locale_date_string("fr-FR", &options))
}
