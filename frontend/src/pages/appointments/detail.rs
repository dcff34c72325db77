//! `/convocations/:id`: one appointment (features §2.3): the probationer, the details, the
//! attendance and other buttons, the SMS sent and the history.

use super::buttons::AppointmentButtons;
use super::print::PrintConvocation;
use super::timeline::Timeline;
use crate::api;
use crate::components::format::{french_time, local_moment, long_date, month_day, person};
use crate::components::{
    PageHeading, RequireAgent, SessionNotice, StateBadge, TableFrame, fetched,
};
use crate::session::Session;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use msj_contract::appointments::{Appointment, NotificationView};

/// The appointment page.
#[component]
pub fn AppointmentDetail() -> impl IntoView {
    view! { <RequireAgent><Detail /></RequireAgent> }
}

#[component]
fn Detail() -> impl IntoView {
    let session = Session::get();
    let params = use_params_map();
    let version = RwSignal::new(0_u32);
    let appointment = LocalResource::new(move || {
        version.track();
        api::appointments::get(
            session,
            params.with(|params| params.get("id").unwrap_or_default()),
        )
    });
    let changed = Callback::new(move |()| version.update(|version| *version += 1));
    view! {
        <PageHeading title="Convocation">{move || appointment.get().and_then(Result::ok)
            .map(|appointment| format!("Convocation du {}", long_date(appointment.local_date)))
            .unwrap_or_else(|| "Convocation".to_owned())}</PageHeading>
        <SessionNotice />
        {fetched(appointment, move |appointment: Appointment| view! { <Body appointment changed /> })}
    }
}

#[component]
fn Body(appointment: Appointment, changed: Callback<()>) -> impl IntoView {
    let name = person(
        &appointment.convict.first_name,
        &appointment.convict.last_name,
    );
    let reconvoke = matches!(appointment.state.as_str(), "excused" | "no_show");
    let delay = appointment.legal_delay.map(|delay| {
        let text = format!("Délai légal : du {} au {}.", month_day(delay.first), month_day(delay.last));
        if delay.outside {
            view! { <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w"><p>{text} " Cette convocation est hors délai."</p></div> }.into_any()
        } else {
            view! { <p class="fr-text--sm">{text}</p> }.into_any()
        }
    });
    view! {
        {delay}
        <div class="fr-grid-row fr-grid-row--gutters fr-mb-3w">
            <div class="fr-col-12 fr-col-md-4">
                <div class="fr-card"><div class="fr-card__body"><div class="fr-card__content">
                    <h2 class="fr-card__title">{name}</h2>
                    <p class="fr-card__desc"><a class="fr-link" href=format!("/probationnaires/{}", appointment.convict.id)>"Voir le profil"</a></p>
                </div></div></div>
            </div>
            <div class="fr-col-12 fr-col-md-8">
                <div class="fr-card"><div class="fr-card__body"><div class="fr-card__content">
                    <h2 class="fr-card__title">{appointment.appointment_type.name.clone()}</h2>
                    <dl class="fr-card__desc">
                        <dt class="fr-text--bold">"Date et heure"</dt>
                        <dd>{format!("{} à {}", long_date(appointment.local_date), french_time(&appointment.local_time))}</dd>
                        <dt class="fr-text--bold">"Lieu"</dt><dd>{appointment.place.name.clone()}</dd>
                        <dt class="fr-text--bold">"Agenda"</dt><dd>{appointment.agenda.name.clone()}</dd>
                        {appointment.prosecutor_number.clone().map(|number| view! {
                            <dt class="fr-text--bold">"Numéro de parquet"</dt><dd>{number}</dd>
                        })}
                        <dt class="fr-text--bold">"Statut"</dt>
                        <dd><StateBadge state=appointment.state.clone() label=appointment.state_label.clone() /></dd>
                    </dl>
                </div></div></div>
            </div>
        </div>
        <AppointmentButtons appointment=appointment.clone() changed full=true />
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
            {reconvoke.then(|| view! {
                <li><a class="fr-btn fr-btn--secondary" href=format!("/convocations/nouvelle?probationnaire={}", appointment.convict.id)>"Reconvoquer"</a></li>
            })}
            {appointment.actions.is_some_and(|actions| actions.reschedule).then(|| view! {
                <li><a class="fr-btn fr-btn--secondary" href=format!("/convocations/{}/replanifier", appointment.id)>"Replanifier"</a></li>
            })}
            <li><PrintConvocation id=appointment.id.clone() /></li>
        </ul>
        <h2 class="fr-h4 fr-mt-4w">"SMS"</h2>
        <SmsList notifications=appointment.notifications.clone() />
        <h2 class="fr-h4 fr-mt-4w">"Historique"</h2>
        <Timeline key="appointment_id" id=appointment.id.clone() />
    }
}

fn sms_state(state: &str) -> &'static str {
    match state {
        "created" | "programmed" => "Programmé",
        "sent" => "Envoyé",
        "delivered" => "Reçu",
        "failed" => "Échec",
        "canceled" => "Annulé",
        "unsent" => "Non envoyé",
        _ => "—",
    }
}

#[component]
fn SmsList(notifications: Vec<NotificationView>) -> impl IntoView {
    if notifications.is_empty() {
        return view! { <p>"Aucun SMS pour cette convocation."</p> }.into_any();
    }
    view! {
        <TableFrame label="SMS de la convocation">
            <table>
                <caption class="fr-sr-only">"SMS de la convocation"</caption>
                <thead><tr><th scope="col">"SMS"</th><th scope="col">"État"</th><th scope="col">"Date"</th><th scope="col">"Texte"</th></tr></thead>
                <tbody>{notifications.into_iter().map(|sms| view! {
                    <tr>
                        <td>{sms.kind_label.clone()}</td>
                        <td>{sms_state(&sms.state)}</td>
                        <td>{local_moment(&sms.sent_at.unwrap_or(sms.due_at))}</td>
                        <td>{sms.content.clone().unwrap_or_default()}</td>
                    </tr>
                }).collect_view()}</tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}
