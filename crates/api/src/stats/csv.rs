//! The CSV of a statistics table, for spreadsheets: UTF-8 with a byte order mark, `;`
//! between fields, CRLF line ends, French headers, rates with a decimal comma, fields quoted
//! when they hold `;`, `"` or a line break, and a leading `'` before a text that a spreadsheet
//! would take for a formula.

use msj_contract::stats::{StatsFigures, StatsRow};

/// The byte order mark that tells spreadsheets the file is UTF-8.
const BOM: &str = "\u{feff}";

/// Headers after the group's own column.
const HEADERS: [&str; 18] = [
    "Convocations",
    "Annulées",
    "Honorées",
    "Manquées",
    "Excusées",
    "Statut inconnu",
    "Taux honorées (%)",
    "Taux manquées (%)",
    "Taux excusées (%)",
    "Taux statut inconnu (%)",
    "Délai moyen avant la convocation (jours)",
    "Sorties d'audience",
    "Dans les délais légaux",
    "Part dans les délais légaux (%)",
    "SMS envoyés",
    "SMS distribués",
    "SMS en échec",
    "SMS non envoyés (pas de téléphone ou refus)",
];

/// One field, quoted if needed.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A rate or mean with a decimal comma; empty when there is none.
fn decimal(value: Option<f64>) -> String {
    value.map_or_else(String::new, |value| format!("{value:.1}").replace('.', ","))
}

/// The fields of some figures, in [`HEADERS`] order.
fn values(figures: &StatsFigures) -> [String; 18] {
    let count = |value: i64| value.to_string();
    [
        count(figures.convocations),
        count(figures.canceled),
        count(figures.fulfilled),
        count(figures.no_show),
        count(figures.excused),
        count(figures.unknown),
        decimal(figures.fulfilled_rate),
        decimal(figures.no_show_rate),
        decimal(figures.excused_rate),
        decimal(figures.unknown_rate),
        decimal(figures.mean_delay_days),
        count(figures.legal_total),
        count(figures.legal_within),
        decimal(figures.legal_within_rate),
        count(figures.sms_sent),
        count(figures.sms_delivered),
        count(figures.sms_failed),
        count(figures.sms_opted_out),
    ]
}

/// One line: the group's name, then its figures.
fn line(label: &str, figures: &StatsFigures) -> String {
    let mut fields = vec![field(label)];
    fields.extend(values(figures));
    fields.join(";") + "\r\n"
}

/// The file: the headers (`group` names the first column), a line per row, then « Total ».
pub fn document(group: &str, rows: &[StatsRow], total: &StatsFigures) -> String {
    let mut out = String::from(BOM);
    out.push_str(&field(group));
    for header in HEADERS {
        out.push(';');
        out.push_str(&field(header));
    }
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&line(&row.label, &row.figures));
    }
    out.push_str(&line("Total", total));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("SPIP 92"), "SPIP 92");
        assert_eq!(field("Lieu; bis"), "\"Lieu; bis\"");
        assert_eq!(field("Le \"grand\" lieu"), "\"Le \"\"grand\"\" lieu\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(decimal(Some(57.14)), "57,1");
        assert_eq!(decimal(None), "");
    }
}
