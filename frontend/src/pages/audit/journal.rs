//! `/administration/journal`: the audit log, newest first, 25 per page, filtered by agent,
//! object, action and dates; the filters live in the address (`?agent=&objet=&action=&du=&au=
//! &page=`), so that an agent's page can link to their activity.

use super::rows::{Events, Names, with_names};
use crate::api;
use crate::components::format::local_midnight;
use crate::components::{PageHeading, Pagination, RequireAgent, SelectField, TextField, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use msj_contract::audit::AuditPage;
use msj_domain::audit_actions::ACTIONS;

/// Events per page.
const PER_PAGE: i64 = 25;

/// The filters, as typed and as applied.
#[derive(Clone, Copy)]
struct Filters {
    agent: RwSignal<String>,
    object: RwSignal<String>,
    action: RwSignal<String>,
    from: RwSignal<String>,
    until: RwSignal<String>,
}

impl Filters {
    fn read(read: impl Fn(&str) -> String) -> Self {
        Self {
            agent: RwSignal::new(read("agent")),
            object: RwSignal::new(read("objet")),
            action: RwSignal::new(read("action")),
            from: RwSignal::new(read("du")),
            until: RwSignal::new(read("au")),
        }
    }

    fn copy_to(self, other: Self) {
        for (from, to) in self.signals().into_iter().zip(other.signals()) {
            to.set(from.get_untracked().trim().to_owned());
        }
    }

    fn signals(self) -> [RwSignal<String>; 5] {
        [self.agent, self.object, self.action, self.from, self.until]
    }
}

/// The audit log.
#[component]
pub fn AuditJournal() -> impl IntoView {
    view! { <RequireAgent><Journal /></RequireAgent> }
}

#[component]
fn Journal() -> impl IntoView {
    let session = Session::get();
    let query = use_query_map();
    let read = move |name: &str| query.with_untracked(|query| query.get(name).unwrap_or_default());
    let typed = Filters::read(read);
    let applied = Filters::read(read);
    let page = RwSignal::new(read("page").parse::<i64>().unwrap_or(1).max(1));
    let navigate = use_navigate();
    Effect::new(move || {
        let [agent, object, action, from, until] = applied.signals().map(|signal| signal.get());
        let pairs = [
            ("agent", agent),
            ("objet", object),
            ("action", action),
            ("du", from),
            ("au", until),
            ("page", page.get().to_string()),
        ];
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(
            &format!("/administration/journal{}", api::query(&pairs)),
            options,
        );
    });
    let events = LocalResource::new(move || {
        let [agent, object, action, from, until] = applied.signals().map(|signal| signal.get());
        let pairs = [
            ("actor_id", agent),
            ("object_id", object),
            ("action", action),
            ("from", local_midnight(&from, 0)),
            ("until", local_midnight(&until, 1)),
            ("page", page.get().to_string()),
            ("per_page", PER_PAGE.to_string()),
        ];
        with_names(session, api::query(&pairs))
    });
    let total = Signal::derive(move || {
        events
            .get()
            .and_then(Result::ok)
            .map_or(0, |(page, _)| page.total)
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        page.set(1);
        typed.copy_to(applied);
    };
    let reset = move |_| {
        for signal in typed.signals() {
            signal.set(String::new());
        }
        page.set(1);
        typed.copy_to(applied);
    };
    let none = Signal::derive(Vec::new);
    view! {
        <PageHeading title="Journal d'audit">"Journal d'audit"</PageHeading>
        <p>"Les consultations et modifications des agents, conservées un an, des plus récentes aux plus anciennes."</p>
        <form class="fr-mb-3w" aria-label="Filtres" on:submit=submit>
            <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-4">
                    <SelectField id="filtre-action" label="Action" value=typed.action placeholder="Toutes les actions"
                        options=Signal::derive(|| ACTIONS.iter().map(|(key, label)| ((*key).to_owned(), (*label).to_owned())).collect::<Vec<_>>()) />
                </div>
                <div class="fr-col-12 fr-col-md-4">
                    <TextField id="filtre-du" label="Du" kind="date" autocomplete="off" optional=true value=typed.from errors=none />
                </div>
                <div class="fr-col-12 fr-col-md-4">
                    <TextField id="filtre-au" label="Au" kind="date" autocomplete="off" optional=true value=typed.until errors=none />
                </div>
                <div class="fr-col-12 fr-col-md-6">
                    <TextField id="filtre-agent" label="Identifiant de l'agent" kind="text" autocomplete="off" optional=true
                        value=typed.agent errors=none />
                </div>
                <div class="fr-col-12 fr-col-md-6">
                    <TextField id="filtre-objet" label="Identifiant de l'objet" kind="text" autocomplete="off" optional=true
                        value=typed.object errors=none />
                </div>
            </div>
            <ul class="fr-btns-group fr-btns-group--inline-sm">
                <li><button type="submit" class="fr-btn">"Filtrer"</button></li>
                <li><button type="button" class="fr-btn fr-btn--tertiary" on:click=reset>"Supprimer les filtres"</button></li>
            </ul>
        </form>
        <div aria-live="polite">
            {fetched(events, |(page, names): (AuditPage, Names)| view! { <Events page names /> })}
        </div>
        <Pagination page total per_page=PER_PAGE />
    }
}
