//! The buttons of an appointment (features §2.3): each permission rule combined with what
//! the state machine accepts now.

use super::facts::{
    AppointmentFacts, cancel_appointment, record_attendance, reschedule_appointment,
};
use crate::access::Actor;
use crate::appointments::{
    AppointmentEvent, AppointmentState, Timing, check_reschedule, transition,
};

/// The buttons shown for one appointment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AppointmentActions {
    /// « Annuler ».
    pub cancel: bool,
    /// « Replanifier ».
    pub reschedule: bool,
    /// « Honoré » and « Manqué ».
    pub attendance: bool,
    /// « Excusé ».
    pub excuse: bool,
    /// « Modifier » the status back to « Planifié ».
    pub rebook: bool,
}

/// The buttons `actor` gets for an appointment in `state`, starting at `timing`.
pub fn appointment_actions<Id: Copy + Eq>(
    actor: &Actor<Id>,
    facts: &AppointmentFacts<'_, Id>,
    jurisdiction: &[Id],
    state: AppointmentState,
    timing: Timing,
) -> AppointmentActions {
    let accepts = |event| transition(state, event, timing).is_ok();
    let attendance = record_attendance(actor, facts, jurisdiction).is_allowed();
    AppointmentActions {
        cancel: accepts(AppointmentEvent::Cancel)
            && cancel_appointment(actor, facts, jurisdiction).is_allowed(),
        reschedule: check_reschedule(state, timing).is_ok()
            && reschedule_appointment(actor, facts, jurisdiction).is_allowed(),
        attendance: attendance && accepts(AppointmentEvent::Fulfil),
        excuse: attendance && accepts(AppointmentEvent::Excuse),
        rebook: attendance && accepts(AppointmentEvent::Rebook),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::appointment_types::AppointmentTypeKey;
    use crate::roles::{OrganizationType, Role};

    const OWN: u8 = 10;

    fn actor(role: Role, organization_type: OrganizationType) -> Actor<u8> {
        Actor::sample(role, organization_type)
    }

    fn facts(kind: AppointmentTypeKey) -> AppointmentFacts<'static, u8> {
        AppointmentFacts {
            kind,
            place_organization_id: OWN,
            creating_organization_id: OWN,
            convict_organizations: &[OWN],
        }
    }

    fn actions(role: Role, state: AppointmentState, timing: Timing) -> AppointmentActions {
        appointment_actions(
            &actor(role, OrganizationType::Spip),
            &facts(AppointmentTypeKey::SuiviSpip),
            &[OWN],
            state,
            timing,
        )
    }

    #[test]
    fn a_future_booked_appointment_is_canceled_rescheduled_or_excused() {
        let future = actions(Role::Cpip, AppointmentState::Booked, Timing::Future);
        assert_eq!(
            future,
            AppointmentActions {
                cancel: true,
                reschedule: true,
                excuse: true,
                ..AppointmentActions::default()
            }
        );
    }

    #[test]
    fn a_past_booked_appointment_gets_the_attendance_buttons() {
        let past = actions(Role::Cpip, AppointmentState::Booked, Timing::Past);
        assert!(past.attendance && past.excuse && !past.cancel && !past.reschedule);
    }

    #[test]
    fn recorded_attendance_can_be_reverted() {
        let missed = actions(Role::Cpip, AppointmentState::NoShow, Timing::Past);
        assert_eq!(
            missed,
            AppointmentActions {
                rebook: true,
                ..AppointmentActions::default()
            }
        );
        let canceled = actions(Role::Cpip, AppointmentState::Canceled, Timing::Future);
        assert_eq!(canceled, AppointmentActions::default());
    }

    #[test]
    fn bex_roles_never_record_attendance() {
        let bex = appointment_actions(
            &actor(Role::Bex, OrganizationType::Tj),
            &facts(AppointmentTypeKey::SortieAudienceSpip),
            &[OWN],
            AppointmentState::Booked,
            Timing::Past,
        );
        assert!(!bex.attendance && !bex.excuse);
    }
}
