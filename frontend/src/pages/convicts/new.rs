//! `/probationnaires/nouveau`: « Nouveau probationnaire », with the duplicate cards
//! (« Forcer la création », transfer request) of features §2.2.

use super::form::{ConvictFields, ConvictFieldset};
use crate::api::{self, ApiError};
use crate::components::{ErrorAlert, Notice, PageHeading, RequireAgent};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

/// What the submit button asked for next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Then {
    Book,
    Profile,
}

/// The creation page.
#[component]
pub fn NewConvict() -> impl IntoView {
    view! { <RequireAgent><CreateForm /></RequireAgent> }
}

#[component]
fn CreateForm() -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let fields = ConvictFields::empty();
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let next = RwSignal::new(Then::Book);
    let save = move |force: bool| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            match api::convicts::create(session, fields.to_new(force)).await {
                Ok(convict) => {
                    let path = match next.get_untracked() {
                        Then::Book => {
                            format!("/convocations/nouvelle?probationnaire={}", convict.id)
                        }
                        Then::Profile => {
                            session
                                .set_notice(Notice::success("Le probationnaire a bien été créé."));
                            format!("/probationnaires/{}", convict.id)
                        }
                    };
                    navigate(&path, Default::default());
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let save_submit = save.clone();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        save_submit(false);
    };
    let duplicate = move || {
        error.with(|e| {
            e.as_ref()
                .filter(|e| matches!(e.code(), Some("duplicate" | "possible_duplicate")))
                .cloned()
        })
    };
    let alert = Signal::derive(move || {
        error.with(|e| {
            e.as_ref()
                .filter(|e| !matches!(e.code(), Some("duplicate" | "possible_duplicate")))
                .map(ApiError::message)
        })
    });
    view! {
        <PageHeading title="Nouveau probationnaire">"Nouveau probationnaire"</PageHeading>
        <ErrorAlert message=alert />
        {move || duplicate().map(|problem| view! { <DuplicateCard problem force=save.clone() /> })}
        <form on:submit=submit novalidate=true aria-label="Nouveau probationnaire">
            <ConvictFieldset fields error />
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get()
                    on:click=move |_| next.set(Then::Book)>"Enregistrer et convoquer"</button></li>
                <li><button class="fr-btn fr-btn--secondary" type="submit" disabled=move || pending.get()
                    on:click=move |_| next.set(Then::Profile)>"Enregistrer sans convoquer"</button></li>
            </ul>
        </form>
    }
}

/// The card shown when the person may already exist.
#[component]
fn DuplicateCard<F>(problem: ApiError, force: F) -> impl IntoView
where
    F: Fn(bool) + Clone + 'static,
{
    let session = Session::get();
    let certain = problem.code() == Some("duplicate");
    let existing = problem
        .problem
        .as_ref()
        .and_then(|problem| problem.instance.clone())
        .and_then(|path| path.rsplit('/').next().map(str::to_owned));
    let asked = RwSignal::new(None::<Result<(), ApiError>>);
    let ask = move |convict_id: String| {
        spawn_local(async move {
            asked.set(Some(
                api::divestments::create(session, convict_id)
                    .await
                    .map(drop),
            ));
        });
    };
    let title = if certain {
        "Attention : ce probationnaire existe déjà"
    } else {
        "Nous avons repéré un probationnaire similaire"
    };
    view! {
        <div class="fr-callout fr-callout--orange-terre-battue fr-mb-3w" role="alert">
            <h2 class="fr-callout__title fr-h5">{title}</h2>
            <p class="fr-callout__text">{problem.message()}</p>
            <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
                {(!certain).then(|| view! {
                    <li><button class="fr-btn" type="button" on:click=move |_| force(true)>"Forcer la création"</button></li>
                })}
                {existing.map(|id| {
                    let ask_id = id.clone();
                    view! {
                        <li><a class="fr-btn fr-btn--secondary" href=format!("/probationnaires/{id}")>"Voir le dossier existant"</a></li>
                        <li><button class="fr-btn fr-btn--tertiary" type="button" on:click=move |_| ask(ask_id.clone())>
                            "Demander un dessaisissement"</button></li>
                    }
                })}
            </ul>
            {move || asked.get().map(|result| match result {
                Ok(()) => view! { <p class="fr-message fr-message--valid" role="status">
                    "La demande de dessaisissement a été envoyée aux services qui suivent ce probationnaire."</p> }.into_any(),
                Err(error) => view! { <p class="fr-message fr-message--error" role="status">{error.message()}</p> }.into_any(),
            })}
        </div>
    }
}
