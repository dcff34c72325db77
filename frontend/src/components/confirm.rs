//! The confirmation of an action chosen in a list (« Archiver » a place, « Supprimer » a
//! resource): it opens when an item is chosen, shows the API's refusal, and on success
//! closes, reports the outcome and bumps the list's version so that it reloads.

use crate::api::ApiError;
use crate::components::{ErrorAlert, Modal};
use crate::session::Session;
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The action confirmed: its success message, or the API's refusal.
pub type Confirmed<T> = fn(Session, T) -> LocalBoxFuture<'static, Result<String, ApiError>>;

/// A confirmation dialog for the item in `chosen`.
#[component]
pub fn ConfirmDialog<T>(
    /// The item; the dialog opens when it is set.
    chosen: RwSignal<Option<T>>,
    /// Id of the dialog.
    id: &'static str,
    /// Title, from the item.
    title: fn(&T) -> String,
    /// What the action will do.
    text: &'static str,
    /// Label of the confirming button.
    confirm_label: &'static str,
    /// The action.
    act: Confirmed<T>,
    /// Receives the success message.
    done: RwSignal<Option<String>>,
    /// Bumped after a success, to reload the list.
    version: RwSignal<u32>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let session = Session::get();
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move || {
        if chosen.with(Option::is_some) {
            error.set(None);
            open.set(true);
        }
    });
    Effect::new(move || {
        if !open.get() {
            chosen.set(None);
        }
    });
    let confirm = move |_| {
        let Some(item) = chosen.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match act(session, item).await {
                Ok(message) => {
                    done.set(Some(message));
                    open.set(false);
                    version.update(|version| *version += 1);
                }
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let heading =
        Signal::derive(move || chosen.with(|item| item.as_ref().map(title).unwrap_or_default()));
    view! {
        <Modal open id=id title=heading>
            <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
            <p>{text}</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm>{confirm_label}</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
}
