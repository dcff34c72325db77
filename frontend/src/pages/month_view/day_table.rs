//! One day of a month view: a row per seat, the slot's time on its first row; the probationer
//! (linked), « N° parquet », « Service d'origine », « Rôle », then the extra columns.

use super::extra_cell::ExtraCell;
use crate::components::TableFrame;
use crate::components::format::{french_time, long_date};
use leptos::prelude::*;
use msj_contract::slots::{ExtraField, MonthDay};

/// The table of `day`.
#[component]
pub fn DayTable(day: MonthDay, fields: Vec<ExtraField>) -> impl IntoView {
    let title = long_date(day.date);
    let heads = fields
        .iter()
        .map(|f| view! { <th scope="col">{f.name.clone()}</th> })
        .collect_view();
    let rows = day.slots.into_iter().flat_map(|slot| {
        let time = format!("{} ({})", french_time(&slot.local_time), slot.agenda_name);
        let closed = !slot.open;
        let fields = fields.clone();
        slot.seats.into_iter().enumerate().map(move |(at, seat)| {
            let first = (at == 0).then(|| time.clone());
            let cells = fields.iter().map(|field| {
                let value = seat.extra.get(&field.id).cloned().unwrap_or_default();
                match (&seat.appointment_id, field.scope == "appointment_update") {
                    (Some(id), true) => view! { <td><ExtraCell appointment=id.clone() field=field.clone() value /></td> }.into_any(),
                    _ => view! { <td>{value}</td> }.into_any(),
                }
            }).collect_view();
            let person = match (&seat.convict_id, &seat.convict_name) {
                (Some(id), Some(name)) => view! { <a href=format!("/probationnaires/{id}")>{name.clone()}</a> }.into_any(),
                _ => view! { <span class="fr-text--sm">{if closed { "Créneau fermé" } else { "Place libre" }}</span> }.into_any(),
            };
            view! {
                <tr>
                    <td>{first}</td>
                    <td>{person}</td>
                    <td>{seat.prosecutor_number.clone().unwrap_or_default()}</td>
                    <td>{seat.creating_service.clone().unwrap_or_default()}</td>
                    <td>{seat.booked_by_role.clone().unwrap_or_default()}</td>
                    {cells}
                </tr>
            }
        }).collect::<Vec<_>>()
    }).collect_view();
    view! {
        <h2 class="fr-h5 fr-mt-4w">{title.clone()}</h2>
        <TableFrame label=title.clone()>
            <table>
                <caption class="fr-sr-only">{title}</caption>
                <thead><tr>
                    <th scope="col">"Heure"</th><th scope="col">"Probationnaire"</th><th scope="col">"N° parquet"</th>
                    <th scope="col">"Service d'origine"</th><th scope="col">"Rôle"</th>{heads}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </TableFrame>
    }
}
