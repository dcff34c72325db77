//! Convocations as the probationer reads them: the next one large, the others in a list.

use leptos::prelude::*;
use msj_contract::portal::PortalAppointment;

/// The next convocation: day and time in words, place, map, what to bring, how to prepare.
#[component]
pub fn NextConvocation(appointment: PortalAppointment) -> impl IntoView {
    let place = appointment.place;
    let bring = (!place.what_to_bring.is_empty()).then(|| {
        let items = place
            .what_to_bring
            .into_iter()
            .map(|item| view! { <li>{item}</li> })
            .collect_view();
        view! { <p class="fr-mb-1w fr-text--bold">"À apporter :"</p><ul>{items}</ul> }
    });
    let contact = place.phone.clone().map(|phone| {
        let href = format!("tel:{}", phone.split_whitespace().collect::<String>());
        view! { <p>"Si vous ne pouvez pas venir, appelez le "<a class="fr-link" href=href>{phone}</a>"."</p> }
    });
    view! {
        <section class="fr-callout fr-mb-4w" aria-labelledby="prochaine">
            <h2 id="prochaine" class="fr-callout__title">"Votre prochaine convocation"</h2>
            <p class="fr-text--lead fr-mb-1w"><strong>{appointment.date_label}</strong>" à "<strong>{appointment.time_label}</strong></p>
            <p class="fr-mb-1w">{appointment.kind_label}" — "{appointment.service}</p>
            <p class="fr-mb-1w"><strong>{place.name}</strong><br/>{place.address}</p>
            <p><a class="fr-link" href=place.map_url rel="noopener" target="_blank">"Voir le plan (nouvelle fenêtre)"</a></p>
            {bring}
            {contact}
            <p><a class="fr-btn" href=place.preparation_url>"Préparer ma convocation"</a></p>
        </section>
    }
}

/// Other convocations, each with its status.
#[component]
pub fn ConvocationList(title: &'static str, appointments: Vec<PortalAppointment>) -> impl IntoView {
    let empty = appointments.is_empty();
    let rows = appointments
        .into_iter()
        .map(|appointment| {
            view! {
                <li class="fr-mb-2w">
                    <strong>{appointment.date_label}" à "{appointment.time_label}</strong>
                    " — "{appointment.place.name}
                    <br/><span class="fr-badge fr-badge--sm fr-badge--no-icon">{appointment.status_label}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="fr-mb-4w">
            <h2>{title}</h2>
            {if empty { view! { <p>"Aucune."</p> }.into_any() } else { view! { <ul>{rows}</ul> }.into_any() }}
        </section>
    }
}
