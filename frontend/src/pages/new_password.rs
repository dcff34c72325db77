//! The form shared by the invitation and reset pages: a new password and its confirmation.

use crate::api::ApiError;
use crate::components::{ErrorAlert, PasswordField, errors_at};
use leptos::prelude::*;

/// The password rules, as shown under the field.
const PASSWORD_HINT: &str = "12 caractères au moins, dont une minuscule, une majuscule, un chiffre et un caractère spécial.";

/// Shown when the confirmation differs.
const MISMATCH: &str = "Les deux mots de passe saisis ne sont pas identiques.";

/// Asks for a new password twice; `on_submit` gets it once both agree. Field errors of
/// `error` at `/password` show under the first field.
#[component]
pub fn NewPasswordForm(
    /// Text of the submit button.
    submit_label: &'static str,
    /// The last error of the API.
    error: RwSignal<Option<ApiError>>,
    /// While the request runs.
    #[prop(into)]
    pending: Signal<bool>,
    /// Receives the password.
    on_submit: impl Fn(String) + 'static,
) -> impl IntoView {
    let password = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let mismatch = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let differs = password.get_untracked() != confirmation.get_untracked();
        mismatch.set(differs);
        if differs {
            error.set(None);
        } else {
            on_submit(password.get_untracked());
        }
    };
    let summary = Signal::derive(move || {
        if mismatch.get() {
            Some(MISMATCH.to_owned())
        } else {
            error.with(|e| e.as_ref().map(ApiError::message))
        }
    });
    let password_errors = errors_at(error, "/password");
    let confirmation_errors = Signal::derive(move || {
        if mismatch.get() {
            vec![MISMATCH.to_owned()]
        } else {
            Vec::new()
        }
    });
    view! {
        <ErrorAlert message=summary />
        <form on:submit=submit novalidate=true>
            <PasswordField id="password" label="Mot de passe" hint=PASSWORD_HINT autocomplete="new-password"
                value=password errors=password_errors />
            <PasswordField id="password-confirmation" label="Confirmation du mot de passe" autocomplete="new-password"
                value=confirmation errors=confirmation_errors />
            <ul class="fr-btns-group fr-mt-3w">
                <li><button class="fr-btn" type="submit" disabled=move || pending.get()>{submit_label}</button></li>
            </ul>
        </form>
    }
}
