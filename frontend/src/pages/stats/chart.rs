//! A horizontal bar chart in inline SVG: one bar per row, scaled to the largest value, with
//! its label and value written beside it. The same numbers are in the table next to it. The
//! SVG is written as markup (lighter in the application than one view node per shape).

use leptos::prelude::*;
use std::fmt::Write;

/// Bars drawn at most (the table lists every row).
const MAX_BARS: usize = 20;
const ROW: usize = 26;
const LABEL_WIDTH: usize = 230;
const BAR_WIDTH: usize = 300;

/// `text` cut to fit the label column, with `&`, `<`, `>` and `"` escaped.
fn label(text: &str) -> String {
    let short: String = if text.chars().count() > 32 {
        text.chars().take(31).chain(['…']).collect()
    } else {
        text.to_owned()
    };
    short
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The SVG markup of `bars`, named `name` for assistive technologies.
fn svg(name: &str, bars: &[(String, i64)]) -> String {
    let max = bars
        .iter()
        .map(|(_, value)| *value)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = (bars.len() * ROW).max(ROW);
    let mut out = format!(
        "<svg viewBox=\"0 0 {} {height}\" width=\"100%\" style=\"max-width: 40rem\" role=\"img\" aria-label=\"{}\">",
        LABEL_WIDTH + BAR_WIDTH + 60,
        label(name)
    );
    for (index, (text, value)) in bars.iter().enumerate() {
        let y = index * ROW;
        let width = (*value).max(0) as usize * BAR_WIDTH / max as usize;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"13\" fill=\"#161616\">{}</text>\
             <rect x=\"{LABEL_WIDTH}\" y=\"{}\" width=\"{width}\" height=\"18\" fill=\"#000091\"></rect>\
             <text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#161616\">{value}</text>",
            y + 17,
            label(text),
            y + 4,
            LABEL_WIDTH + width + 6,
            y + 17
        );
    }
    out + "</svg>"
}

/// The chart of `bars` (label, value), inside a `<figure>` captioned `caption`.
#[component]
pub fn BarChart(caption: String, bars: Vec<(String, i64)>) -> impl IntoView {
    let caption = if bars.len() > MAX_BARS {
        format!("{caption} ({MAX_BARS} premières lignes ; toutes figurent dans le tableau)")
    } else {
        caption
    };
    let markup = svg(&caption, &bars[..bars.len().min(MAX_BARS)]);
    view! {
        <figure class="fr-my-2w">
            <div inner_html=markup></div>
            <figcaption class="fr-text--sm">{caption}</figcaption>
        </figure>
    }
}
