//! The « statut inconnu » warning of the home page (features §2.1, domain §4.6).

use crate::roles::{Role, RoleGroup};

/// Whose appointments the warning counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitingLineCount {
    /// The agent's own (assigned) appointments: CPIP and DPIP.
    Own,
    /// The appointments at the places of the agent's service.
    Service,
    /// No warning (BEX roles).
    None,
}

/// More than this many own appointments still booked triggers the warning.
pub const OWN_THRESHOLD: i64 = 5;
/// More than this share (in %) of the service's appointments still booked triggers it.
pub const SERVICE_THRESHOLD_PERCENT: i64 = 20;

/// Which count applies to `role`.
pub fn waiting_line_count(role: Role) -> WaitingLineCount {
    match role {
        Role::Cpip | Role::Dpip => WaitingLineCount::Own,
        _ if role.group() == RoleGroup::Bex => WaitingLineCount::None,
        _ => WaitingLineCount::Service,
    }
}

/// Whether `booked` past appointments out of `total` (last 3 months up to yesterday) call for
/// the warning: more than 5 own ones, or more than 20 % (rounded) of the service's.
pub fn unknown_status_warning(count: WaitingLineCount, booked: i64, total: i64) -> bool {
    match count {
        WaitingLineCount::Own => booked > OWN_THRESHOLD,
        WaitingLineCount::Service if total > 0 => {
            let percent = (booked * 100 + total / 2) / total;
            percent > SERVICE_THRESHOLD_PERCENT
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds() {
        assert_eq!(waiting_line_count(Role::Cpip), WaitingLineCount::Own);
        assert_eq!(waiting_line_count(Role::Bex), WaitingLineCount::None);
        assert_eq!(
            waiting_line_count(Role::GreffSap),
            WaitingLineCount::Service
        );
        assert!(!unknown_status_warning(WaitingLineCount::Own, 5, 5));
        assert!(unknown_status_warning(WaitingLineCount::Own, 6, 100));
        assert!(!unknown_status_warning(WaitingLineCount::Service, 20, 100));
        assert!(unknown_status_warning(WaitingLineCount::Service, 41, 200));
        assert!(!unknown_status_warning(WaitingLineCount::Service, 40, 200));
        assert!(unknown_status_warning(WaitingLineCount::Service, 21, 100));
        assert!(!unknown_status_warning(WaitingLineCount::Service, 0, 0));
        assert!(!unknown_status_warning(WaitingLineCount::None, 99, 100));
    }
}
