//! `/probationnaires/:id`: a probationer's profile (features §2.2): banners (attendance to
//! record, archived, pending transfer, SMS refused), the record with its buttons, the next
//! appointments and the history.

use super::portal_invite::PortalInvite;
use crate::api::{self, ApiError};
use crate::components::format::{french_time, long_date, person, short_date, today};
use crate::components::{
    ErrorAlert, Modal, Notice, PageHeading, RequireAgent, SessionNotice, StateBadge, TableFrame,
    fetched,
};
use crate::pages::appointments::{AppointmentButtons, Timeline};
use crate::session::Session;
use gloo_net::http::Method;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use msj_contract::appointments::{Appointment, AppointmentPage};
use msj_contract::convicts::Convict;

/// The profile page.
#[component]
pub fn ConvictProfile() -> impl IntoView {
    view! { <RequireAgent><Profile /></RequireAgent> }
}

#[component]
fn Profile() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let id = move || params.with(|params| params.get("id").unwrap_or_default());
    let version = RwSignal::new(0_u32);
    let convict = LocalResource::new(move || {
        version.track();
        api::convicts::get(session, id())
    });
    let changed = Callback::new(move |()| version.update(|version| *version += 1));
    view! {
        <PageHeading title="Probationnaire">{move || convict.get().and_then(Result::ok)
            .map(|convict| person(&convict.first_name, &convict.last_name))
            .unwrap_or_else(|| "Probationnaire".to_owned())}</PageHeading>
        <SessionNotice />
        {fetched(convict, move |convict: Convict| view! { <ProfileBody convict changed /> })}
    }
}

#[component]
fn ProfileBody(convict: Convict, changed: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let id = convict.id.clone();
    let waiting = {
        let id = id.clone();
        LocalResource::new(move || {
            let query = format!("?convict_id={id}&unknown_status=true&per_page=20");
            api::appointments::list(session, query)
        })
    };
    let next = {
        let id = id.clone();
        LocalResource::new(move || {
            let query = format!("?convict_id={id}&from={}&per_page=20", today());
            api::appointments::list(session, query)
        })
    };
    let refresh = Callback::new(move |()| {
        waiting.refetch();
        next.refetch();
        changed.run(());
    });
    let actions = convict.actions.unwrap_or_default();
    let name = person(&convict.first_name, &convict.last_name);
    view! {
        {fetched(waiting, move |page: AppointmentPage| view! { <AttendanceBanners page changed=refresh /> })}
        {convict.archived.then(|| view! {
            <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w"><p>"Ce probationnaire est archivé."</p></div>
        })}
        {convict.pending_divestment.clone().map(|pending| view! {
            <div class="fr-alert fr-alert--warning fr-mb-2w">
                <h2 class="fr-alert__title">"Dessaisissement en cours"</h2>
                <p>{format!("{} a demandé à suivre ce probationnaire. Tant que la demande n'est pas traitée, il ne peut être ni convoqué, ni modifié, ni archivé.", pending.requested_by)}</p>
                {pending.awaiting_my_answer.then(|| view! {
                    <p class="fr-text--bold">"Votre service doit répondre à cette demande. "
                        <a href="/administration/dessaisissements">"Voir les demandes de dessaisissement"</a></p>
                })}
            </div>
        })}
        {(convict.refused_phone && actions.reactivate_sms).then(|| view! { <SmsRefused id=id.clone() changed /> })}
        <div class="fr-card fr-mb-4w"><div class="fr-card__body"><div class="fr-card__content">
            <h2 class="fr-card__title">"Informations"</h2>
            <dl class="fr-card__desc">
                <dt class="fr-text--bold">"Date de naissance"</dt><dd>{short_date(convict.date_of_birth)}</dd>
                <dt class="fr-text--bold">"Téléphone"</dt><dd>{phone_text(&convict)}</dd>
                <dt class="fr-text--bold">"N° dossier APPI"</dt><dd>{convict.appi_number.clone().unwrap_or_else(|| "Non renseigné".to_owned())}</dd>
                <dt class="fr-text--bold">"CPIP"</dt><dd><Referent convict=convict.clone() changed /></dd>
                <dt class="fr-text--bold">"Suivi par"</dt>
                <dd>{convict.organizations.iter().map(|organization| organization.name.clone()).collect::<Vec<_>>().join(", ")}</dd>
                <dt class="fr-text--bold">"Espace personnel"</dt><dd><PortalInvite convict=convict.clone() changed /></dd>
            </dl>
        </div></div></div>
        <RecordButtons convict=convict.clone() name changed />
        <h2 class="fr-h4">"Prochaines convocations"</h2>
        {fetched(next, |page: AppointmentPage| view! { <NextAppointments page /> })}
        <h2 class="fr-h4 fr-mt-4w">"Historique"</h2>
        <Timeline key="convict_id" id=id />
    }
}

fn phone_text(convict: &Convict) -> String {
    match (
        &convict.phone_display,
        convict.no_phone,
        convict.refused_phone,
    ) {
        (_, true, _) => "Ne possède pas de téléphone portable".to_owned(),
        (Some(phone), _, true) => format!("{phone} (refuse de recevoir des SMS)"),
        (None, _, true) => "Refuse de recevoir des SMS".to_owned(),
        (Some(phone), _, _) => phone.clone(),
        (None, _, _) => "Non renseigné".to_owned(),
    }
}

/// « Est-ce que X s'est présenté … ? » for each past appointment still « Planifié ».
#[component]
fn AttendanceBanners(page: AppointmentPage, changed: Callback<()>) -> impl IntoView {
    page.items
        .into_iter()
        .filter(|appointment| {
            appointment
                .actions
                .is_some_and(|actions| actions.attendance)
        })
        .map(|appointment| {
            let question = format!(
                "Est-ce que {} s'est présenté au {} le {} à {} ?",
                person(
                    &appointment.convict.first_name,
                    &appointment.convict.last_name
                ),
                appointment.place.name,
                long_date(appointment.local_date),
                french_time(&appointment.local_time)
            );
            view! {
                <div class="fr-alert fr-alert--warning fr-mb-2w">
                    <p class="fr-mb-1w">{question}</p>
                    <AppointmentButtons appointment changed />
                </div>
            }
        })
        .collect_view()
}

#[component]
fn SmsRefused(id: String, changed: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let error = RwSignal::new(None::<ApiError>);
    let reactivate = move |_| {
        let id = id.clone();
        spawn_local(async move {
            match api::convicts::act(session, id, Method::POST, Some("sms/reactivate")).await {
                Ok(()) => changed.run(()),
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    view! {
        <div class="fr-alert fr-alert--warning fr-mb-2w">
            <h2 class="fr-alert__title">"Ce probationnaire refuse de recevoir des SMS"</h2>
            <p>"Il ne reçoit ni convocation ni rappel par SMS."</p>
            <button type="button" class="fr-btn fr-btn--sm fr-mt-1w" on:click=reactivate>"Réactiver la réception des SMS"</button>
            {move || error.get().map(|error| view! { <p class="fr-message fr-message--error">{error.message()}</p> })}
        </div>
    }
}

/// The referent CPIP, « S'attribuer ce probationnaire » and its removal.
#[component]
fn Referent(convict: Convict, changed: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let actions = convict.actions.unwrap_or_default();
    let id = convict.id.clone();
    let act = move |method: Method| {
        let id = id.clone();
        spawn_local(async move {
            if api::convicts::act(session, id, method, Some("referent"))
                .await
                .is_ok()
            {
                changed.run(());
            }
        });
    };
    let take = act.clone();
    view! {
        {convict.referent.map(|referent| referent.name).unwrap_or_else(|| "Suivi affecté au service".to_owned())}
        {actions.become_referent.then(|| view! {
            " " <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" on:click=move |_| take(Method::POST)>
                "S'attribuer ce probationnaire"</button>
        })}
        {actions.remove_referent.then(|| view! {
            " " <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline" on:click=move |_| act(Method::DELETE)>
                "Retirer le CPIP"</button>
        })}
    }
}

/// Convoquer, Modifier, Archiver, Désarchiver, Supprimer.
#[component]
fn RecordButtons(convict: Convict, name: String, changed: Callback<()>) -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let actions = convict.actions.unwrap_or_default();
    let id = convict.id.clone();
    let error = RwSignal::new(None::<ApiError>);
    let archive_open = RwSignal::new(false);
    let delete_open = RwSignal::new(false);
    let act = move |method: Method, action: Option<&'static str>| {
        let id = id.clone();
        let navigate = navigate.clone();
        archive_open.set(false);
        delete_open.set(false);
        spawn_local(async move {
            match api::convicts::act(session, id, method, action).await {
                Ok(()) if action.is_none() => {
                    session.set_notice(Notice::success("Le probationnaire a bien été supprimé."));
                    navigate("/probationnaires", Default::default());
                }
                Ok(()) => changed.run(()),
                Err(failure) => error.set(Some(failure)),
            }
        });
    };
    let (archive, unarchive, delete) = (act.clone(), act.clone(), act);
    view! {
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mb-4w">
            {actions.book.then(|| view! {
                <li><a class="fr-btn" href=format!("/convocations/nouvelle?probationnaire={}", convict.id)>"Convoquer"</a></li>
            })}
            {actions.edit.then(|| view! {
                <li><a class="fr-btn fr-btn--secondary" href=format!("/probationnaires/{}/modifier", convict.id)>"Modifier"</a></li>
            })}
            {actions.archive.then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| archive_open.set(true)>"Archiver"</button></li>
            })}
            {actions.unarchive.then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| unarchive(Method::POST, Some("unarchive"))>"Désarchiver"</button></li>
            })}
            {actions.delete.then(|| view! {
                <li><button type="button" class="fr-btn fr-btn--tertiary" on:click=move |_| delete_open.set(true)>"Supprimer"</button></li>
            })}
        </ul>
        <Modal open=archive_open id="archiver" title=format!("Archiver {name}")>
            <p>"Ce probationnaire restera accessible pendant 6 mois avant d'être définitivement supprimé."</p>
            <button type="button" class="fr-btn" on:click={let archive = archive.clone(); move |_| archive(Method::POST, Some("archive"))}>"Archiver"</button>
        </Modal>
        <Modal open=delete_open id="supprimer" title=format!("Supprimer {name}")>
            <p>"Le dossier, ses convocations et son historique seront supprimés définitivement."</p>
            <button type="button" class="fr-btn" on:click={let delete = delete.clone(); move |_| delete(Method::DELETE, None)}>"Supprimer définitivement"</button>
        </Modal>
    }
}

#[component]
fn NextAppointments(page: AppointmentPage) -> impl IntoView {
    if page.items.is_empty() {
        return view! { <p>"Aucune convocation à venir."</p> }.into_any();
    }
    view! {
        <TableFrame label="Prochaines convocations">
            <table>
                <caption class="fr-sr-only">"Prochaines convocations"</caption>
                <thead><tr><th scope="col">"Date"</th><th scope="col">"Heure"</th><th scope="col">"Type"</th>
                    <th scope="col">"Lieu"</th><th scope="col">"Statut"</th><th scope="col">"Détail"</th></tr></thead>
                <tbody>{page.items.into_iter().map(|appointment: Appointment| view! {
                    <tr>
                        <td>{long_date(appointment.local_date)}</td>
                        <td>{french_time(&appointment.local_time)}</td>
                        <td>{appointment.appointment_type.name.clone()}</td>
                        <td>{appointment.place.name.clone()}</td>
                        <td><StateBadge state=appointment.state.clone() label=appointment.state_label.clone() /></td>
                        <td><a class="fr-link" href=format!("/convocations/{}", appointment.id)>
                            "Voir" <span class="fr-sr-only">{format!(" la convocation du {}", long_date(appointment.local_date))}</span></a></td>
                    </tr>
                }).collect_view()}</tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}
