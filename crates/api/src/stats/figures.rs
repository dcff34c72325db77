//! From the database's sums to the API's figures: the domain's tally and rates, French labels.

use msj_contract::stats::{StatsFigures, StatsRow};
use msj_db::stats::{Breakdown, GroupRow};
use msj_domain::dates::MONTHS;
use msj_domain::stats::{Rates, Tally, parse_month};

/// Label of the appointments without an agent.
const NO_AGENT: &str = "Sans agent";

/// The tally of a group.
pub fn tally(row: &GroupRow) -> Tally {
    Tally {
        convocations: row.convocations,
        canceled: row.canceled,
        fulfilled: row.fulfilled,
        no_show: row.no_show,
        excused: row.excused,
        unknown: row.unknown,
        delay_seconds: row.delay_seconds,
        legal_total: row.legal_total,
        legal_within: row.legal_within,
        sms_sent: row.sms_sent,
        sms_delivered: row.sms_delivered,
        sms_failed: row.sms_failed,
        sms_opted_out: row.sms_opted_out,
    }
}

/// The API figures of `tally`, with its rates.
pub fn figures(tally: &Tally) -> StatsFigures {
    let rates = Rates::of(tally);
    StatsFigures {
        convocations: tally.convocations,
        canceled: tally.canceled,
        fulfilled: tally.fulfilled,
        no_show: tally.no_show,
        excused: tally.excused,
        unknown: tally.unknown,
        fulfilled_rate: rates.fulfilled,
        no_show_rate: rates.no_show,
        excused_rate: rates.excused,
        unknown_rate: rates.unknown,
        mean_delay_days: rates.mean_delay_days,
        legal_total: tally.legal_total,
        legal_within: tally.legal_within,
        legal_within_rate: rates.legal_within,
        sms_sent: tally.sms_sent,
        sms_delivered: tally.sms_delivered,
        sms_failed: tally.sms_failed,
        sms_opted_out: tally.sms_opted_out,
    }
}

/// « mars 2027 » for `2027-03`.
fn month_label(key: &str) -> String {
    parse_month(key)
        .ok()
        .and_then(|month| {
            use chrono::Datelike;
            let name = MONTHS.get(month.month0() as usize)?;
            Some(format!("{name} {}", month.year()))
        })
        .unwrap_or_else(|| key.to_owned())
}

/// The API row of a group of `breakdown`.
pub fn row(breakdown: Breakdown, group: &GroupRow) -> StatsRow {
    let label = match (breakdown, group.key.as_deref()) {
        (Breakdown::Month, Some(key)) => month_label(key),
        (Breakdown::Agent, None) => NO_AGENT.to_owned(),
        _ => group.label.clone(),
    };
    StatsRow {
        key: group.key.clone(),
        label,
        figures: figures(&tally(group)),
    }
}
