//! `/convocations/:id/replanifier`: « Replanifier » a booked, future appointment (SPEC §2):
//! a new date and time in the same agenda (or a free slot of it for slot-system types), the
//! SMS choice, then the new appointment's page.

use super::slots::SlotPicker;
use super::steps::{FreeTime, SmsStep};
use crate::api::{self, ApiError};
use crate::components::format::{french_time, long_date, person};
use crate::components::{ErrorAlert, Notice, PageHeading, RequireAgent, errors_at, fetched};
use crate::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use msj_contract::appointments::{Appointment, RescheduleAppointment, SmsChoice};

/// The reschedule page.
#[component]
pub fn RescheduleAppointmentPage() -> impl IntoView {
    view! { <RequireAgent><Reschedule /></RequireAgent> }
}

#[component]
fn Reschedule() -> impl IntoView {
    let session = Session::get();
    let id = use_params_map().with_untracked(|params| params.get("id").unwrap_or_default());
    let appointment = LocalResource::new(move || api::appointments::get(session, id.clone()));
    view! {
        <PageHeading title="Replanifier la convocation">"Replanifier la convocation"</PageHeading>
        {fetched(appointment, |appointment: Appointment| view! { <RescheduleForm appointment /> })}
    }
}

#[component]
fn RescheduleForm(appointment: Appointment) -> impl IntoView {
    let back = format!("/convocations/{}", appointment.id);
    if !appointment.actions.unwrap_or_default().reschedule {
        return view! {
            <div class="fr-alert fr-alert--warning fr-mb-3w"><p>"Cette convocation ne peut plus être replanifiée : seule une convocation planifiée et à venir peut l'être, par le service du lieu ou celui qui l'a prise."</p></div>
            <a class="fr-link" href=back>"Retour à la convocation"</a>
        }
        .into_any();
    }
    let session = Session::get();
    let navigate = use_navigate();
    let slot_system = appointment.slot_id.is_some();
    let can_sms = appointment.convict.can_receive_sms;
    let (date, time, seat) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let sms = RwSignal::new(None::<SmsChoice>);
    let error = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let ready = move || {
        let when = if slot_system {
            !seat.get().is_empty()
        } else {
            !date.get().is_empty() && !time.get().is_empty()
        };
        when && (!can_sms || sms.get().is_some())
    };
    let id = appointment.id.clone();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        pending.set(true);
        let request = RescheduleAppointment {
            starts_at: (!slot_system)
                .then(|| format!("{}T{}", date.get_untracked(), time.get_untracked())),
            slot_id: slot_system.then(|| seat.get_untracked()),
            duration_min: None,
            sms: sms.get_untracked(),
        };
        let (id, navigate) = (id.clone(), navigate.clone());
        spawn_local(async move {
            match api::appointments::transition(session, id, "reschedule", request).await {
                Ok(created) => {
                    session.set_notice(Notice::success("La convocation a bien été replanifiée."));
                    navigate(&format!("/convocations/{}", created.id), Default::default());
                }
                Err(failure) => error.set(Some(failure)),
            }
            pending.set(false);
        });
    };
    let who = person(
        &appointment.convict.first_name,
        &appointment.convict.last_name,
    );
    let current = format!(
        "{} — {} à {}, {} ({}).",
        appointment.appointment_type.name,
        long_date(appointment.local_date),
        french_time(&appointment.local_time),
        appointment.place.name,
        appointment.agenda.name
    );
    view! {
        <p>"Probationnaire : " <strong>{who}</strong></p>
        <p>"Convocation actuelle : " {current}</p>
        <ErrorAlert message=Signal::derive(move || error.with(|e| e.as_ref().map(ApiError::message))) />
        <form on:submit=submit novalidate=true aria-label="Replanifier la convocation">
            {if slot_system {
                view! { <SlotPicker convict_id=appointment.convict.id.clone() kind=appointment.appointment_type.id.clone()
                    place=appointment.place.id.clone() agenda=appointment.agenda.id.clone() seat /> }.into_any()
            } else {
                view! { <FreeTime date time errors=errors_at(error, "/starts_at") /> }.into_any()
            }}
            {can_sms.then(|| view! { <SmsStep sms /> })}
            <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get() || !ready()>"Replanifier"</button></li>
                <li><a class="fr-btn fr-btn--secondary" href=back>"Annuler"</a></li>
            </ul>
        </form>
    }
    .into_any()
}
