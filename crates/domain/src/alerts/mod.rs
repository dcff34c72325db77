//! Broadcast alerts (features §2.15): a message from the central admin shown at the top of the
//! agent application to the agents of one service or all, of one role or all, until each
//! agent marks it read.

mod check;
mod kind;

pub use check::{AlertInput, TEXT_MAX, TITLE_MAX, check_alert};
pub use kind::AlertKind;

use crate::roles::Role;

/// Whether an alert for `service` (`None`: all) and `role` (`None`: all) is meant for an agent
/// of `agent_service` with `agent_role`.
pub fn concerns<Id: PartialEq>(
    service: Option<&Id>,
    role: Option<Role>,
    agent_service: &Id,
    agent_role: Role,
) -> bool {
    service.is_none_or(|service| service == agent_service)
        && role.is_none_or(|role| role == agent_role)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::Role::{Cpip, Dpip};

    #[test]
    fn targeting_by_service_and_role() {
        assert!(concerns(None, None, &1, Cpip));
        assert!(concerns(Some(&1), None, &1, Cpip));
        assert!(!concerns(Some(&2), None, &1, Cpip));
        assert!(concerns(None, Some(Cpip), &1, Cpip));
        assert!(!concerns(None, Some(Dpip), &1, Cpip));
        assert!(concerns(Some(&1), Some(Cpip), &1, Cpip));
        assert!(!concerns(Some(&1), Some(Dpip), &1, Cpip));
    }
}
