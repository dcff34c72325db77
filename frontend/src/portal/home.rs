//! The signed-in page: the next convocation first, then the others, the past ones, the
//! referent and the SMS preference.

use gloo_net::http::Method;
use leptos::prelude::*;
use msj_contract::portal::{PortalAppointmentPage, PortalProfile};

use super::api::PortalSession;
use super::convocations::{ConvocationList, NextConvocation};
use super::preferences::{Referent, SmsChoice};
use crate::components::ErrorAlert;

const NONE: Option<&()> = None;

/// Everything the page shows, fetched at once.
#[derive(Clone)]
struct Page {
    upcoming: PortalAppointmentPage,
    past: PortalAppointmentPage,
    profile: PortalProfile,
}

async fn load(session: PortalSession) -> Result<Page, String> {
    let (upcoming, past, profile) = futures::join!(
        session.call::<PortalAppointmentPage>(
            Method::GET,
            "/portal/appointments?per_page=20",
            NONE
        ),
        session.call::<PortalAppointmentPage>(
            Method::GET,
            "/portal/appointments?when=past&per_page=20",
            NONE
        ),
        session.call::<PortalProfile>(Method::GET, "/portal/me", NONE),
    );
    match (upcoming, past, profile) {
        (Ok(upcoming), Ok(past), Ok(profile)) => Ok(Page {
            upcoming,
            past,
            profile,
        }),
        (Err(error), _, _) | (_, Err(error), _) | (_, _, Err(error)) => Err(error.message()),
    }
}

/// The page of a signed-in probationer.
#[component]
pub fn Home() -> impl IntoView {
    let session = PortalSession::get();
    let page = LocalResource::new(move || load(session));
    let sign_out = move |_| leptos::task::spawn_local(session.sign_out());
    view! {
        <h1>"Bonjour "{move || session.first_name()}</h1>
        <Suspense fallback=|| view! { <p aria-busy="true">"Chargement de vos convocations…"</p> }>
            {move || page.get().map(|loaded| match loaded {
                Err(message) => view! { <ErrorAlert message=Signal::derive(move || Some(message.clone())) /> }.into_any(),
                Ok(Page { upcoming, past, profile }) => {
                    let mut upcoming = upcoming.items.into_iter();
                    let next = upcoming.next();
                    let others: Vec<_> = upcoming.collect();
                    view! {
                        {match next {
                            Some(appointment) => view! { <NextConvocation appointment /> }.into_any(),
                            None => view! { <p class="fr-callout fr-mb-4w">"Vous n'avez pas de convocation prévue. Votre service vous préviendra par SMS."</p> }.into_any(),
                        }}
                        {(!others.is_empty()).then(|| view! { <ConvocationList title="Vos autres convocations" appointments=others /> })}
                        <ConvocationList title="Vos convocations passées" appointments=past.items />
                        <Referent referent=profile.referent.clone() />
                        <SmsChoice profile />
                    }.into_any()
                }
            })}
        </Suspense>
        <button class="fr-btn fr-btn--tertiary fr-mt-4w" type="button" on:click=sign_out>"Se déconnecter"</button>
    }
}
