//! The times of a bulk creation: « Créneau unique » rows (one time each) and « Plage de
//! créneaux » rows (first, last, interval in minutes, 15 by default), in any number.

use crate::components::Input;
use leptos::prelude::*;
use msj_contract::slots::TimeRange;

/// A « Plage de créneaux » row: first time, last time, interval.
#[derive(Clone, Copy)]
pub struct RangeRow {
    first: RwSignal<String>,
    last: RwSignal<String>,
    interval: RwSignal<String>,
}

/// The rows being edited.
#[derive(Clone, Copy)]
pub struct TimeRows {
    singles: RwSignal<Vec<(usize, RwSignal<String>)>>,
    ranges: RwSignal<Vec<(usize, RangeRow)>>,
    next: RwSignal<usize>,
}

impl TimeRows {
    /// One empty single time to start with.
    pub fn new() -> Self {
        let rows = Self {
            singles: RwSignal::new(Vec::new()),
            ranges: RwSignal::new(Vec::new()),
            next: RwSignal::new(0),
        };
        rows.add_single();
        rows
    }

    fn id(&self) -> usize {
        let id = self.next.get_untracked();
        self.next.set(id + 1);
        id
    }

    fn add_single(&self) {
        let id = self.id();
        self.singles
            .update(|rows| rows.push((id, RwSignal::new(String::new()))));
    }

    fn add_range(&self) {
        let id = self.id();
        let row = RangeRow {
            first: RwSignal::new(String::new()),
            last: RwSignal::new(String::new()),
            interval: RwSignal::new("15".to_owned()),
        };
        self.ranges.update(|rows| rows.push((id, row)));
    }

    /// The filled single times, `HH:MM`.
    pub fn times(&self) -> Vec<String> {
        let rows = self.singles.get_untracked();
        rows.into_iter()
            .map(|(_, time)| time.get_untracked())
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// The filled ranges (an unreadable interval is sent as 0, which the API refuses).
    pub fn ranges(&self) -> Vec<TimeRange> {
        let rows = self.ranges.get_untracked();
        rows.into_iter()
            .map(|(_, row)| TimeRange {
                first: row.first.get_untracked(),
                last: row.last.get_untracked(),
                interval_min: row.interval.get_untracked().trim().parse().unwrap_or(0),
            })
            .filter(|range| !range.first.is_empty() || !range.last.is_empty())
            .collect()
    }
}

/// The « Horaires » fieldset.
#[component]
pub fn TimesFieldset(rows: TimeRows) -> impl IntoView {
    let remove_single = move |id: usize| {
        rows.singles
            .update(|list| list.retain(|(row, _)| *row != id))
    };
    let remove_range = move |id: usize| {
        rows.ranges
            .update(|list| list.retain(|(row, _)| *row != id))
    };
    let none = Signal::derive(Vec::new);
    view! {
        <fieldset class="fr-fieldset" id="horaires">
            <legend class="fr-fieldset__legend">"Horaires" <span class="fr-hint-text">"Entre 6h et 20h ; ajoutez autant d'heures et de plages que nécessaire."</span></legend>
            <For each=move || rows.singles.get() key=|(id, _)| *id let((id, time))>
                <div class="fr-fieldset__element fr-fieldset__element--inline">
                    <div class="fr-input-group">
                        <label class="fr-label" for=format!("heure-{id}")>"Créneau unique"</label>
                        <input class="fr-input" type="time" step="300" min="06:00" max="20:00" id=format!("heure-{id}") bind:value=time />
                    </div>
                    <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" on:click=move |_| remove_single(id)>"Retirer cette heure"</button>
                </div>
            </For>
            <For each=move || rows.ranges.get() key=|(id, _)| *id let((id, row))>
                <div class="fr-fieldset__element">
                    <p class="fr-text--bold fr-mb-1w">"Plage de créneaux"</p>
                    <div class="fr-grid-row fr-grid-row--gutters">
                        <div class="fr-col-12 fr-col-md-4"><Input id=format!("plage-debut-{id}") label="Premier créneau" kind="time"
                            step="300" min="06:00" max="20:00" value=row.first errors=none /></div>
                        <div class="fr-col-12 fr-col-md-4"><Input id=format!("plage-fin-{id}") label="Dernier créneau" kind="time"
                            step="300" min="06:00" max="20:00" value=row.last errors=none /></div>
                        <div class="fr-col-12 fr-col-md-4"><Input id=format!("plage-intervalle-{id}") label="Intervalle (min)" kind="number"
                            step="1" min="1" max="60" value=row.interval errors=none /></div>
                    </div>
                    <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" on:click=move |_| remove_range(id)>"Retirer cette plage"</button>
                </div>
            </For>
            <ul class="fr-fieldset__element fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| rows.add_single()>"Ajouter un créneau unique"</button></li>
                <li><button type="button" class="fr-btn fr-btn--secondary" on:click=move |_| rows.add_range()>"Ajouter une plage de créneaux"</button></li>
            </ul>
        </fieldset>
    }
}
