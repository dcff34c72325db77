//! The counts of one group of appointments (one month, type, place or agent), which add up.

use std::ops::AddAssign;

/// What is counted over a group of appointments. Canceled appointments count only in
/// `canceled` and through their SMS.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Convocations: appointments not canceled.
    pub convocations: i64,
    /// Canceled appointments.
    pub canceled: i64,
    /// « Honoré » (`fulfilled`).
    pub fulfilled: i64,
    /// « Manqué » (`no_show`).
    pub no_show: i64,
    /// « Excusé » (`excused`).
    pub excused: i64,
    /// « Statut inconnu »: past appointments still « Planifié » (`booked`).
    pub unknown: i64,
    /// Sum over the convocations of the time from booking to the appointment, in seconds.
    pub delay_seconds: i64,
    /// Convocations of a sortie d'audience type with a legal delay (SAP, SPIP).
    pub legal_total: i64,
    /// Those whose day falls within the legal delay after the hearing (the booking day).
    pub legal_within: i64,
    /// SMS handed to the gateway.
    pub sms_sent: i64,
    /// SMS whose delivery was confirmed.
    pub sms_delivered: i64,
    /// SMS that failed.
    pub sms_failed: i64,
    /// SMS not sent because the person has no phone or refuses SMS.
    pub sms_opted_out: i64,
}

impl Tally {
    /// Convocations whose outcome is due or known: honoured, missed, excused or unknown.
    /// Future appointments still « Planifié » are not in it.
    pub fn with_outcome(&self) -> i64 {
        self.fulfilled + self.no_show + self.excused + self.unknown
    }
}

impl AddAssign for Tally {
    fn add_assign(&mut self, other: Self) {
        self.convocations += other.convocations;
        self.canceled += other.canceled;
        self.fulfilled += other.fulfilled;
        self.no_show += other.no_show;
        self.excused += other.excused;
        self.unknown += other.unknown;
        self.delay_seconds += other.delay_seconds;
        self.legal_total += other.legal_total;
        self.legal_within += other.legal_within;
        self.sms_sent += other.sms_sent;
        self.sms_delivered += other.sms_delivered;
        self.sms_failed += other.sms_failed;
        self.sms_opted_out += other.sms_opted_out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_add_up_and_outcomes_leave_future_bookings_out() {
        let mut total = Tally {
            convocations: 5,
            fulfilled: 2,
            unknown: 1,
            sms_sent: 3,
            ..Tally::default()
        };
        total += Tally {
            convocations: 2,
            canceled: 1,
            no_show: 1,
            excused: 1,
            sms_sent: 1,
            ..Tally::default()
        };
        assert_eq!((total.convocations, total.canceled), (7, 1));
        assert_eq!(total.sms_sent, 4);
        assert_eq!(total.with_outcome(), 5);
    }
}
