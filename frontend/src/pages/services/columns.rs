//! « Colonnes du tableau de sortie d'audience » of a court (features §2.10): the extra columns
//! of its sorties d'audience, added and deleted by the central admin and the court's local
//! admins (at most 4 per type).

use super::add_column::AddColumn;
use crate::api::{self, ApiError};
use crate::components::{Modal, TableFrame};
use crate::session::{Session, actor};
use leptos::prelude::*;
use leptos::task::spawn_local;
use msj_contract::organizations::{AppointmentType, Organization};
use msj_contract::slots::ExtraField;
use msj_domain::access::month_views::manage_extra_fields;

/// (key, label) of the data types.
pub const DATA_TYPES: [(&str, &str); 2] = [("text", "Texte"), ("date", "Date")];
/// (key, label) of when a column is filled.
pub const SCOPES: [(&str, &str); 2] = [
    ("appointment_create", "Lors de la prise de convocation"),
    (
        "appointment_update",
        "Directement dans le tableau de sortie d'audience",
    ),
];

fn label(pairs: &[(&'static str, &'static str)], key: &str) -> &'static str {
    pairs
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, label)| label)
}

/// The columns of the court `service`; `changed` runs after an addition or a deletion.
#[component]
pub fn ExtraColumns(
    /// The court.
    service: Organization,
    /// Its columns.
    fields: Vec<ExtraField>,
    /// The appointment types columns may apply to.
    types: Vec<AppointmentType>,
    /// Runs after a change.
    changed: Callback<()>,
) -> impl IntoView {
    let session = Session::get();
    let manage = session
        .user()
        .is_some_and(|user| match (actor(&user), service.kind.parse()) {
            (Some(actor), Ok(kind)) => {
                manage_extra_fields(&actor, service.id.as_str(), kind).is_allowed()
            }
            _ => false,
        });
    view! {
        <h2 class="fr-h4 fr-mt-4w">"Colonnes du tableau de sortie d'audience"</h2>
        <Columns fields types=types.clone() manage changed />
        {manage.then(|| view! { <AddColumn service=service.id types changed /> })}
    }
}

#[component]
fn Columns(
    fields: Vec<ExtraField>,
    types: Vec<AppointmentType>,
    manage: bool,
    changed: Callback<()>,
) -> impl IntoView {
    if fields.is_empty() {
        return view! { <p>"Ce service n'a pas de colonne supplémentaire."</p> }.into_any();
    }
    let session = Session::get();
    let doomed = RwSignal::new(None::<ExtraField>);
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let names = move |keys: &[String]| {
        keys.iter()
            .map(|key| {
                types
                    .iter()
                    .find(|kind| kind.key == *key)
                    .map_or(key.clone(), |kind| kind.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let confirm = move |_| {
        open.set(false);
        if let Some(field) = doomed.get_untracked() {
            spawn_local(async move {
                match api::organizations::delete_extra_field(session, field.id).await {
                    Ok(()) => changed.run(()),
                    Err(failure) => error.set(Some(failure)),
                }
            });
        }
    };
    view! {
        {move || error.get().map(|error| view! { <p class="fr-message fr-message--error" role="alert">{error.message()}</p> })}
        <TableFrame label="Colonnes supplémentaires">
            <table>
                <caption>"Colonnes supplémentaires"</caption>
                <thead><tr>
                    <th scope="col">"Nom de la colonne"</th><th scope="col">"Type de donnée"</th>
                    <th scope="col">"Renseignée"</th><th scope="col">"Types de convocation"</th>
                    {manage.then(|| view! { <th scope="col">"Action"</th> })}
                </tr></thead>
                <tbody>
                    {fields.into_iter().map(|field| {
                        let kinds = names(&field.appointment_types);
                        let name = field.name.clone();
                        view! {
                            <tr>
                                <td>{field.name.clone()}</td>
                                <td>{label(&DATA_TYPES, &field.data_type)}</td>
                                <td>{label(&SCOPES, &field.scope)}</td>
                                <td>{kinds}</td>
                                {manage.then(|| view! {
                                    <td><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary"
                                        on:click=move |_| { doomed.set(Some(field.clone())); open.set(true); }>
                                        "Supprimer" <span class="fr-sr-only">{format!(" la colonne « {name} »")}</span></button></td>
                                })}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </TableFrame>
        <Modal open id="suppression-colonne" title="Supprimer la colonne">
            <p>{move || doomed.get().map(|field| format!("La colonne « {} » et toutes ses valeurs seront supprimées. Confirmez-vous ?", field.name))}</p>
            <ul class="fr-btns-group fr-btns-group--inline-md">
                <li><button type="button" class="fr-btn" on:click=confirm>"Supprimer la colonne"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| open.set(false)>"Annuler"</button></li>
            </ul>
        </Modal>
    }
    .into_any()
}
