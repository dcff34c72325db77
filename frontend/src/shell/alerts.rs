//! The broadcast alerts meant for the signed-in agent, at the top of every page until each is
//! marked read.

use crate::api;
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::alerts::Alert;

/// The unread alerts, each with « Marquer comme lue ».
#[component]
pub fn BroadcastAlerts() -> impl IntoView {
    let session = Session::get();
    let alerts = RwSignal::new(Vec::<Alert>::new());
    let ready = Memo::new(move |_| {
        session
            .user()
            .filter(|user| user.security_charter_accepted)
            .map(|user| user.id)
    });
    Effect::new(move || {
        if ready.get().is_none() {
            alerts.set(Vec::new());
            return;
        }
        spawn_local(async move {
            if let Ok(unread) = api::alerts::unread(session).await {
                alerts.try_set(unread);
            }
        });
    });
    let read = move |id: String| {
        spawn_local(async move {
            if api::alerts::mark_read(session, id.clone()).await.is_ok() {
                alerts.try_update(|list| list.retain(|alert| alert.id != id));
            }
        });
    };
    view! {
        <For each=move || alerts.get() key=|alert| alert.id.clone() let(alert)>
            <div class=format!("fr-alert fr-alert--{} fr-mb-3w", alert.kind) role="status">
                <h2 class="fr-alert__title">{alert.title.clone()}</h2>
                <p>{alert.text.clone()}</p>
                <button type="button" class="fr-btn--close fr-btn" title="Marquer comme lue"
                    on:click={
                        let id = alert.id.clone();
                        move |_| read(id.clone())
                    }>
                    "Marquer comme lue"<span class="fr-sr-only">{format!(" : {}", alert.title)}</span>
                </button>
            </div>
        </For>
    }
}
