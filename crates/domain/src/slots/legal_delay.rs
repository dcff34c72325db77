//! Legal delays of a sortie d'audience (code de procédure pénale, art. 474): after the
//! hearing, the convicted person meets the JAP within 10 to 30 days, and the SPIP within
//! 45 days.

use chrono::{Days, NaiveDate};

use crate::appointment_types::AppointmentTypeKey;

/// The days, both included, when an appointment meets the legal delay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegalWindow {
    /// First day within the delay.
    pub first: NaiveDate,
    /// Last day within the delay.
    pub last: NaiveDate,
}

/// The legal delay of type `kind`, in days after the hearing, both included: Sortie
/// d'audience SAP from 10 to 30 days, Sortie d'audience SPIP from 0 to 45 days; `None` for the
/// other types.
pub fn legal_delay_days(kind: AppointmentTypeKey) -> Option<(u32, u32)> {
    match kind {
        AppointmentTypeKey::SortieAudienceSap => Some((10, 30)),
        AppointmentTypeKey::SortieAudienceSpip => Some((0, 45)),
        _ => None,
    }
}

/// The legal window of an appointment of type `kind` after a hearing on `hearing` (see
/// [`legal_delay_days`]); `None` for the other types (or past the calendar).
pub fn legal_window(kind: AppointmentTypeKey, hearing: NaiveDate) -> Option<LegalWindow> {
    let (from, to) = legal_delay_days(kind)?;
    Some(LegalWindow {
        first: hearing.checked_add_days(Days::new(from.into()))?,
        last: hearing.checked_add_days(Days::new(to.into()))?,
    })
}

/// Whether `date` falls outside `window`.
pub fn outside_window(window: &LegalWindow, date: NaiveDate) -> bool {
    date < window.first || date > window.last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn sap_between_ten_and_thirty_days() {
        let hearing = date(2027, 3, 1);
        let window = legal_window(AppointmentTypeKey::SortieAudienceSap, hearing).unwrap();
        assert_eq!(
            (window.first, window.last),
            (date(2027, 3, 11), date(2027, 3, 31))
        );
        assert!(outside_window(&window, date(2027, 3, 10)));
        assert!(!outside_window(&window, date(2027, 3, 11)));
        assert!(!outside_window(&window, date(2027, 3, 31)));
        assert!(outside_window(&window, date(2027, 4, 1)));
    }

    #[test]
    fn spip_within_forty_five_days() {
        let hearing = date(2027, 12, 20);
        let window = legal_window(AppointmentTypeKey::SortieAudienceSpip, hearing).unwrap();
        assert_eq!((window.first, window.last), (hearing, date(2028, 2, 3)));
        assert!(!outside_window(&window, hearing));
        assert!(outside_window(&window, date(2028, 2, 4)));
    }

    #[test]
    fn other_types_have_no_legal_delay() {
        let hearing = date(2027, 3, 1);
        for kind in AppointmentTypeKey::ALL {
            let expected = matches!(
                kind,
                AppointmentTypeKey::SortieAudienceSap | AppointmentTypeKey::SortieAudienceSpip
            );
            assert_eq!(legal_window(kind, hearing).is_some(), expected, "{kind:?}");
        }
    }
}
