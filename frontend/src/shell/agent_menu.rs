//! The signed-in agent's tools (name, « Mon profil », « Se déconnecter ») and the main
//! navigation: in the header on large screens, in the « Menu » dialog on small ones.

use super::nav::MainNav;
use crate::api;
use crate::components::Notice;
use crate::session::Session;
use leptos::html::Button;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use msj_contract::auth::CurrentUser;
use wasm_bindgen::JsCast;

/// « Prénom NOM ».
pub fn full_name(user: &CurrentUser) -> String {
    format!("{} {}", user.first_name, user.last_name.to_uppercase())
}

/// The header tools (large screens).
#[component]
pub fn AgentTools(user: CurrentUser) -> impl IntoView {
    view! {
        <div class="fr-header__tools">
            <div class="fr-header__tools-links">
                <ToolLinks user />
            </div>
        </div>
    }
}

#[component]
fn ToolLinks(user: CurrentUser) -> impl IntoView {
    view! {
        <ul class="fr-btns-group">
            <li><p class="fr-mb-0 fr-mr-2w fr-text--sm">{full_name(&user)} <br/> "Service : " {user.organization.name.clone()}</p></li>
            <li><a class="fr-btn fr-btn--tertiary-no-outline" href="/profil">"Mon profil"</a></li>
            <li><SignOutButton /></li>
        </ul>
    }
}

/// The menu bar under the header; on small screens a dialog opened by « Menu ».
#[component]
pub fn HeaderMenu(open: RwSignal<bool>) -> impl IntoView {
    let session = Session::get();
    let close = NodeRef::<Button>::new();
    Effect::new(move || {
        if open.get()
            && let Some(button) = close.get()
        {
            let _ = button.focus();
        }
    });
    let pathname = use_location().pathname;
    Effect::new(move || {
        pathname.track();
        open.set(false);
    });
    let dismiss = move || {
        open.set(false);
        let menu_button = document().get_element_by_id("bouton-menu");
        if let Some(button) =
            menu_button.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if open.get_untracked() && event.key() == "Escape" {
            dismiss();
        }
    };
    move || {
        let user = session.user()?;
        let tools = user.clone();
        Some(view! {
            <div class="fr-header__menu fr-modal" class:fr-modal--opened=move || open.get() id="menu-agent"
                role=move || open.get().then_some("dialog") aria-modal=move || open.get().then_some("true")
                aria-label=move || open.get().then_some("Menu") on:keydown=on_key>
                <div class="fr-container">
                    <button node_ref=close class="fr-btn--close fr-btn" type="button" aria-controls="menu-agent"
                        on:click=move |_| dismiss()>"Fermer"</button>
                    <div class="fr-header__menu-links">
                        <ToolLinks user=tools />
                    </div>
                    <MainNav user />
                </div>
            </div>
        })
    }
}

/// Signs out: revokes the session on the server, forgets it here, goes to `/connexion`.
#[component]
fn SignOutButton() -> impl IntoView {
    let session = Session::get();
    let navigate = use_navigate();
    let pending = RwSignal::new(false);
    let sign_out = move |_| {
        pending.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let _ = api::auth::logout(session.token()).await;
            session.sign_out(Some(Notice::info("Vous êtes déconnecté.")));
            navigate(
                "/connexion",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        });
    };
    view! {
        <button class="fr-btn fr-btn--tertiary-no-outline" type="button" disabled=move || pending.get() on:click=sign_out>
            "Se déconnecter"
        </button>
    }
}
