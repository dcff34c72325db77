//! The table of tokens: name and prefix, service, role, scopes, creation, last use, state,
//! and « Révoquer ».

use crate::components::TableFrame;
use crate::components::format::local_moment;
use leptos::prelude::*;
use msj_contract::api_tokens::{ApiToken, ApiTokenPage};

/// The rows of a page; « Révoquer » puts its token in `revoking` and opens `dialog`.
#[component]
pub fn Rows(
    page: ApiTokenPage,
    revoking: RwSignal<Option<ApiToken>>,
    dialog: RwSignal<bool>,
) -> impl IntoView {
    if page.items.is_empty() {
        return view! { <p>"Aucun jeton d'API pour l'instant."</p> }.into_any();
    }
    let caption = match page.total {
        1 => "1 jeton".to_owned(),
        n => format!("{n} jetons"),
    };
    view! {
        <TableFrame label="Liste des jetons d'API">
            <table>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">"Nom"</th><th scope="col">"Service et rôle"</th><th scope="col">"Portées"</th>
                    <th scope="col">"Création"</th><th scope="col">"Dernière utilisation"</th>
                    <th scope="col">"État"</th><th scope="col">"Action"</th>
                </tr></thead>
                <tbody>
                    {page.items.into_iter().map(|token| view! { <Row token revoking dialog /> }).collect_view()}
                </tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}

#[component]
fn Row(
    token: ApiToken,
    revoking: RwSignal<Option<ApiToken>>,
    dialog: RwSignal<bool>,
) -> impl IntoView {
    let expired = token
        .expires_at
        .is_some_and(|end| (end.timestamp_millis() as f64) <= js_sys::Date::now());
    let (colour, state) = match (&token.revoked_at, expired) {
        (Some(_), _) => ("fr-badge--error", "Révoqué"),
        (None, true) => ("fr-badge--warning", "Expiré"),
        (None, false) => ("fr-badge--success", "Actif"),
    };
    let created = format!(
        "{}{}",
        local_moment(&token.created_at),
        token
            .created_by
            .as_ref()
            .map(|by| format!(" par {}", by.name))
            .unwrap_or_default()
    );
    let used = token
        .last_used_at
        .as_ref()
        .map_or_else(|| "Jamais".to_owned(), local_moment);
    let active = token.revoked_at.is_none();
    let label = format!("Révoquer le jeton « {} »", token.name);
    view! {
        <tr>
            <td>{token.name.clone()}<br /><code>{format!("{}…", token.prefix)}</code></td>
            <td>{token.organization.name.clone()}<br />{token.role_label.clone()}</td>
            <td>{token.scopes.join(", ")}</td>
            <td>{created}</td>
            <td>{used}</td>
            <td><p class=format!("fr-badge fr-badge--sm fr-badge--no-icon {colour}")>{state}</p></td>
            <td>{active.then(|| view! {
                <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" aria-label=label
                    on:click=move |_| { revoking.set(Some(token.clone())); dialog.set(true); }>"Révoquer"</button>
            })}</td>
        </tr>
    }
}
