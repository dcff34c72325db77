//! The data table of a statistics breakdown: a caption, one row per group (its name as row
//! header), the rates in percent with a decimal comma; the compact form for the home page.

use leptos::prelude::*;
use msj_contract::stats::{StatsFigures, StatsRow};

use crate::components::TableFrame;

/// « 57,1 % », or « – » when there is no rate.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(
        || "–".to_owned(),
        |value| format!("{value:.1} %").replace('.', ","),
    )
}

/// « 12,5 j », or « – ».
fn days(value: Option<f64>) -> String {
    value.map_or_else(
        || "–".to_owned(),
        |value| format!("{value:.1} j").replace('.', ","),
    )
}

/// (header, cell) of every column; the compact form keeps the first six.
fn columns(figures: &StatsFigures) -> [(&'static str, String); 11] {
    [
        ("Convocations", figures.convocations.to_string()),
        ("Honorées", percent(figures.fulfilled_rate)),
        ("Manquées", percent(figures.no_show_rate)),
        ("Excusées", percent(figures.excused_rate)),
        ("Statut inconnu", percent(figures.unknown_rate)),
        ("SMS envoyés", figures.sms_sent.to_string()),
        ("SMS distribués", figures.sms_delivered.to_string()),
        ("SMS en échec", figures.sms_failed.to_string()),
        (
            "SMS non envoyés (refus, sans téléphone)",
            figures.sms_opted_out.to_string(),
        ),
        (
            "Délai moyen avant la convocation",
            days(figures.mean_delay_days),
        ),
        (
            "Sorties d'audience dans les délais légaux",
            percent(figures.legal_within_rate),
        ),
    ]
}

/// Columns of the compact form.
const COMPACT: usize = 6;

/// The table of `rows` (and a « Total » line when given); `group` heads the first column.
#[component]
pub fn StatsTable(
    caption: String,
    group: &'static str,
    rows: Vec<StatsRow>,
    total: Option<StatsFigures>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let width = if compact { COMPACT } else { 11 };
    let headers = columns(&StatsFigures::default());
    let line = move |label: String, figures: &StatsFigures| {
        let cells = columns(figures);
        view! {
            <tr>
                <th scope="row">{label}</th>
                {cells.into_iter().take(width).map(|(_, cell)| view! { <td>{cell}</td> }).collect_view()}
            </tr>
        }
    };
    let body = rows
        .iter()
        .map(|row| line(row.label.clone(), &row.figures))
        .collect_view();
    let total = total.map(|figures| line("Total".to_owned(), &figures));
    view! {
        <TableFrame label=caption.clone()>
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{group}</th>
                        {headers.into_iter().take(width).map(|(header, _)| view! { <th scope="col">{header}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{body}{total}</tbody>
            </table>
        </TableFrame>
    }
}
