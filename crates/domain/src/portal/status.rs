//! How a convocation's state reads to the probationer: plain words, no agency jargon.

use crate::appointments::AppointmentState;

/// The state as the portal says it.
pub fn status_label(state: AppointmentState) -> &'static str {
    match state {
        AppointmentState::Booked => "Prévue",
        AppointmentState::Fulfilled => "Vous étiez présent(e)",
        AppointmentState::NoShow => "Vous étiez absent(e)",
        AppointmentState::Excused => "Absence excusée",
        AppointmentState::Canceled => "Annulée",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_its_own_words() {
        let labels: std::collections::HashSet<_> = AppointmentState::ALL
            .into_iter()
            .map(status_label)
            .collect();
        assert_eq!(labels.len(), AppointmentState::ALL.len());
        assert_eq!(status_label(AppointmentState::Booked), "Prévue");
    }
}
