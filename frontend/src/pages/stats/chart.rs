//! A horizontal bar chart in inline SVG: one bar per row, scaled to the largest value, with
//! its label and value written beside it. The same numbers are in the table next to it.

use leptos::prelude::*;

/// Bars drawn at most (the table lists every row).
const MAX_BARS: usize = 20;
const ROW: usize = 26;
const LABEL_WIDTH: usize = 230;
const BAR_WIDTH: usize = 300;

/// `label` cut to fit the label column.
fn short(label: &str) -> String {
    if label.chars().count() > 32 {
        label.chars().take(31).collect::<String>() + "…"
    } else {
        label.to_owned()
    }
}

/// The chart of `bars` (label, value), inside a `<figure>` captioned `caption`.
#[component]
pub fn BarChart(caption: String, bars: Vec<(String, i64)>) -> impl IntoView {
    let cut = bars.len() > MAX_BARS;
    let bars: Vec<(String, i64)> = bars.into_iter().take(MAX_BARS).collect();
    let max = bars
        .iter()
        .map(|(_, value)| *value)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = (bars.len() * ROW).max(ROW);
    let caption = if cut {
        format!("{caption} ({MAX_BARS} premières lignes ; toutes figurent dans le tableau)")
    } else {
        caption
    };
    let label = caption.clone();
    view! {
        <figure class="fr-my-2w">
            <svg viewBox=format!("0 0 {} {height}", LABEL_WIDTH + BAR_WIDTH + 60) width="100%"
                style="max-width: 40rem" role="img" aria-label=label>
                {bars.into_iter().enumerate().map(|(index, (label, value))| {
                    let y = index * ROW;
                    let width = (value.max(0) as usize * BAR_WIDTH) / max as usize;
                    view! {
                        <text x="0" y=y + 17 font-size="13" fill="#161616">{short(&label)}</text>
                        <rect x=LABEL_WIDTH y=y + 4 width=width height="18" fill="#000091"></rect>
                        <text x=LABEL_WIDTH + width + 6 y=y + 17 font-size="13" fill="#161616">{value}</text>
                    }
                }).collect_view()}
            </svg>
            <figcaption class="fr-text--sm">{caption}</figcaption>
        </figure>
    }
}
