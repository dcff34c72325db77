//! Sign-in: the phone number, then the 6-digit code received by SMS.

use gloo_net::http::Method;
use leptos::prelude::*;
use msj_contract::portal::{CodeRequest, CodeSent, CodeVerification, PortalSession as Opened};

use super::api::PortalSession;
use crate::api::ApiError;
use crate::api::client::{body, json, send};
use crate::components::{ErrorAlert, SuccessAlert, TextField};

async fn post<B: serde::Serialize, T: serde::de::DeserializeOwned>(
    path: &str,
    request: &B,
) -> Result<T, ApiError> {
    let body = body(request)?;
    json(send(Method::POST, path, None, Some(&body)).await?).await
}

/// The two steps of the sign-in.
#[component]
pub fn SignIn() -> impl IntoView {
    let session = PortalSession::get();
    let phone = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let sent = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let ask = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let request = CodeRequest {
                phone: phone.get_untracked(),
            };
            match post::<_, CodeSent>("/portal/auth/code", &request).await {
                Ok(answer) => {
                    error.set(None);
                    sent.set(Some(answer.detail));
                }
                Err(failure) => error.set(Some(failure)),
            }
            busy.set(false);
        });
    };
    let verify = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let request = CodeVerification {
                phone: phone.get_untracked(),
                code: code.get_untracked(),
            };
            match post::<_, Opened>("/portal/auth/verify", &request).await {
                Ok(opened) => session.open(opened),
                Err(failure) => {
                    let _ = error.try_set(Some(failure));
                    let _ = busy.try_set(false);
                }
            }
        });
    };
    let restart = move |_| {
        sent.set(None);
        code.set(String::new());
        error.set(None);
    };
    let message = Signal::derive(move || error.get().map(|error| error.message()));
    let at = move |pointer: &'static str| {
        Signal::derive(move || {
            error
                .get()
                .map(|e| e.field_errors(pointer))
                .unwrap_or_default()
        })
    };
    view! {
        <h1>"Mon espace personnel"</h1>
        <p class="fr-text--lead">"Retrouvez vos convocations et les coordonnées de votre service."</p>
        <ErrorAlert message />
        {move || match sent.get() {
            None => view! {
                <form on:submit=ask novalidate>
                    <TextField id="telephone" label="Votre numéro de téléphone portable" kind="tel" autocomplete="tel"
                        value=phone errors=at("/phone") hint="Le numéro auquel vous recevez les SMS de Mon Suivi Justice, par exemple 06 12 34 56 78." />
                    <button class="fr-btn fr-btn--lg" type="submit" disabled=move || busy.get()>"Recevoir un code par SMS"</button>
                </form>
            }.into_any(),
            Some(detail) => view! {
                <SuccessAlert message=Signal::derive(move || Some(detail.clone())) />
                <form on:submit=verify novalidate>
                    <TextField id="code" label="Le code reçu par SMS" kind="text" autocomplete="one-time-code" inputmode="numeric"
                        value=code errors=at("/code") hint="6 chiffres, valable 10 minutes." />
                    <ul class="fr-btns-group fr-btns-group--inline-md">
                        <li><button class="fr-btn fr-btn--lg" type="submit" disabled=move || busy.get()>"Se connecter"</button></li>
                        <li><button class="fr-btn fr-btn--lg fr-btn--secondary" type="button" on:click=restart>"Changer de numéro ou recevoir un autre code"</button></li>
                    </ul>
                </form>
            }.into_any(),
        }}
        <div class="fr-callout fr-mt-4w">
            <p class="fr-callout__text">"Vous n'avez pas reçu de SMS ? Vérifiez le numéro, attendez une minute, puis demandez un autre code. Seules les personnes invitées par leur service peuvent se connecter."</p>
        </div>
    }
}
