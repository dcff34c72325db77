//! `/convocations`: the appointment list (features §2.3) with its filters, sort, status
//! badges and attendance shortcuts; `?statut_inconnu=1` is the « statut inconnu » view. The
//! filters live in the address, so back, forward and shared links keep them.

use super::buttons::AppointmentButtons;
use crate::api;
use crate::components::format::{french_time, person, short_date, today};
use crate::components::{
    PageHeading, Pagination, RequireAgent, SelectField, SessionNotice, StateBadge, TableFrame,
    fetched, options_from,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use msj_contract::appointments::{Appointment, AppointmentPage};

/// Appointments per page.
const PER_PAGE: i64 = 25;

/// (value, label) of the sort select.
const SORTS: [(&str, &str); 5] = [
    ("starts_at", "Date (la plus proche d'abord)"),
    ("-starts_at", "Date (la plus lointaine d'abord)"),
    ("place", "Lieu"),
    ("agenda", "Agenda"),
    ("type", "Type de convocation"),
];

/// The appointment list.
#[component]
pub fn AppointmentList() -> impl IntoView {
    view! { <RequireAgent><ListPage /></RequireAgent> }
}

#[component]
fn ListPage() -> impl IntoView {
    let session = Session::get();
    let query = use_query_map();
    let read = move |name: &str| query.with_untracked(|query| query.get(name).unwrap_or_default());
    let unknown = read("statut_inconnu") == "1";
    let date = RwSignal::new(if unknown {
        String::new()
    } else {
        Some(read("date"))
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| today().to_string())
    });
    let place = RwSignal::new(read("lieu"));
    let kind = RwSignal::new(read("type"));
    let sort = RwSignal::new(
        Some(read("tri"))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "starts_at".to_owned()),
    );
    let mine = RwSignal::new(read("referent") == "moi");
    let page = RwSignal::new(read("page").parse::<i64>().unwrap_or(1).max(1));
    let navigate = use_navigate();
    Effect::new(move || {
        let pairs = [
            (
                "statut_inconnu",
                if unknown {
                    "1".to_owned()
                } else {
                    String::new()
                },
            ),
            ("date", date.get()),
            ("lieu", place.get()),
            ("type", kind.get()),
            ("tri", sort.get()),
            (
                "referent",
                if mine.get() {
                    "moi".to_owned()
                } else {
                    String::new()
                },
            ),
            ("page", page.get().to_string()),
        ];
        navigate(
            &format!("/convocations{}", crate::api::query(&pairs)),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let version = RwSignal::new(0_u32);
    let appointments = LocalResource::new(move || {
        version.track();
        let day = date.get();
        let mut pairs = vec![
            ("from", day.clone()),
            ("to", day),
            ("place_id", place.get()),
            ("appointment_type", kind.get()),
            ("sort", sort.get()),
            ("page", page.get().to_string()),
            ("per_page", PER_PAGE.to_string()),
        ];
        if unknown {
            pairs.push(("unknown_status", "true".to_owned()));
        }
        if mine.get() {
            pairs.push(("assigned_agent_id", "me".to_owned()));
        }
        api::appointments::list(session, crate::api::query(&pairs))
    });
    let places = LocalResource::new(move || api::places::list(session));
    let types = LocalResource::new(move || api::places::types(session));
    let place_options = options_from(places, |p| (p.id.clone(), p.name.clone()));
    let type_options = options_from(types, |t| (t.key.clone(), t.name.clone()));
    let sort_options = Signal::derive(|| {
        SORTS
            .iter()
            .map(|(key, label)| ((*key).to_owned(), (*label).to_owned()))
            .collect::<Vec<_>>()
    });
    let total = Signal::derive(move || {
        appointments
            .get()
            .and_then(Result::ok)
            .map_or(0, |page| page.total)
    });
    let changed = Callback::new(move |()| version.update(|version| *version += 1));
    let follows = session
        .user()
        .is_some_and(|user| user.menu.my_convicts_filter);
    let title = if unknown {
        "Convocations au statut inconnu"
    } else {
        "Convocations"
    };
    let reset = move |_| {
        date.set(if unknown {
            String::new()
        } else {
            today().to_string()
        });
        place.set(String::new());
        kind.set(String::new());
        mine.set(false);
        page.set(1);
    };
    view! {
        <PageHeading title=title>{title}</PageHeading>
        <SessionNotice />
        {unknown.then(|| view! { <p>"Les convocations passées dont la présence n'a pas encore été renseignée."</p> })}
        <form class="fr-mb-3w msj-no-print" aria-label="Filtres" on:submit=|event| event.prevent_default()>
            <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-3">
                    <div class="fr-input-group">
                        <label class="fr-label" for="filtre-date">"Date"</label>
                        <input class="fr-input" type="date" id="filtre-date"
                            on:change=move |event| { page.set(1); date.set(event_target_value(&event)); } prop:value=move || date.get() />
                    </div>
                </div>
                <div class="fr-col-12 fr-col-md-3">
                    <SelectField id="filtre-lieu" label="Lieu de la convocation" value=place options=place_options placeholder="Tous les lieux" />
                </div>
                <div class="fr-col-12 fr-col-md-3">
                    <SelectField id="filtre-type" label="Type de convocation" value=kind options=type_options placeholder="Tous les types" />
                </div>
                <div class="fr-col-12 fr-col-md-3">
                    <SelectField id="tri" label="Trier par" value=sort options=sort_options />
                </div>
            </div>
            {follows.then(|| view! {
                <crate::components::Checkbox id="filtre-referent" label="Uniquement les convocations dont je suis l'agent référent" checked=mine />
            })}
            <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                <li><button type="button" class="fr-btn fr-btn--tertiary" on:click=reset>"Supprimer les filtres"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| { let _ = window().print(); }>"Imprimer"</button></li>
            </ul>
        </form>
        <div aria-live="polite">
            {fetched(appointments, move |page: AppointmentPage| view! { <Rows page changed /> })}
        </div>
        <Pagination page total per_page=PER_PAGE />
    }
}

#[component]
fn Rows(page: AppointmentPage, changed: Callback<()>) -> impl IntoView {
    if page.items.is_empty() {
        return view! { <p>"Aucune convocation ne correspond à ces critères."</p> }.into_any();
    }
    let caption = match page.total {
        1 => "1 convocation".to_owned(),
        n => format!("{n} convocations"),
    };
    view! {
        <TableFrame label="Liste des convocations">
            <table>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">"Date"</th><th scope="col">"Heure"</th><th scope="col">"Probationnaire"</th>
                    <th scope="col">"Type"</th><th scope="col">"Lieu"</th><th scope="col">"Agenda"</th>
                    <th scope="col">"Statut"</th><th scope="col">"Détail"</th>
                </tr></thead>
                <tbody>{page.items.into_iter().map(|appointment| view! { <Row appointment changed /> }).collect_view()}</tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}

#[component]
fn Row(appointment: Appointment, changed: Callback<()>) -> impl IntoView {
    let name = person(
        &appointment.convict.first_name,
        &appointment.convict.last_name,
    );
    let shortcuts = appointment
        .actions
        .is_some_and(|actions| actions.attendance);
    let status = if shortcuts {
        view! { <AppointmentButtons appointment=appointment.clone() changed /> }.into_any()
    } else {
        view! { <StateBadge state=appointment.state.clone() label=appointment.state_label.clone() /> }.into_any()
    };
    view! {
        <tr>
            <td>{short_date(appointment.local_date)}</td>
            <td>{french_time(&appointment.local_time)}</td>
            <td><a class="fr-link" href=format!("/probationnaires/{}", appointment.convict.id)>{name}</a></td>
            <td>{appointment.appointment_type.name.clone()}</td>
            <td>{appointment.place.name.clone()}</td>
            <td>{appointment.agenda.name.clone()}</td>
            <td>{status}</td>
            <td><a class="fr-link" href=format!("/convocations/{}", appointment.id)>
                "Voir" <span class="fr-sr-only">{format!(" la convocation du {}", short_date(appointment.local_date))}</span></a></td>
        </tr>
    }
}
