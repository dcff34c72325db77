//! The appointment transition table, case by case.

use msj_domain::appointments::{
    AppointmentEvent, AppointmentState, SideEffect, Timing, TransitionError, transition,
};
use msj_domain::notifications::NotificationKind;

use AppointmentEvent::*;
use AppointmentState::*;
use SideEffect::*;
use Timing::*;

/// Every accepted (state, event, timing) with the new state and the effects after the
/// history item.
const ACCEPTED: [(
    AppointmentState,
    AppointmentEvent,
    Timing,
    AppointmentState,
    &[SideEffect],
); 9] = [
    (
        Booked,
        Cancel,
        Future,
        Canceled,
        &[
            FreeSeat,
            CancelPendingReminder,
            OfferSms(NotificationKind::Cancelation),
        ],
    ),
    (
        Booked,
        Excuse,
        Future,
        Excused,
        &[FreeSeat, CancelPendingReminder],
    ),
    (Booked, Excuse, Past, Excused, &[]),
    (
        Booked,
        Miss,
        Past,
        NoShow,
        &[OfferSms(NotificationKind::NoShow)],
    ),
    (Booked, Fulfil, Past, Fulfilled, &[]),
    (Excused, Rebook, Future, Booked, &[TakeSeat, PlanReminder]),
    (Excused, Rebook, Past, Booked, &[]),
    (Fulfilled, Rebook, Past, Booked, &[]),
    (NoShow, Rebook, Past, Booked, &[]),
];

/// Refusals for timing reasons; every other case is `invalid_transition`.
const WRONG_TIMING: [(AppointmentState, AppointmentEvent, Timing, &str); 5] = [
    (Booked, Cancel, Past, "appointment_not_future"),
    (Booked, Miss, Future, "appointment_not_past"),
    (Booked, Fulfil, Future, "appointment_not_past"),
    (Fulfilled, Rebook, Future, "appointment_not_past"),
    (NoShow, Rebook, Future, "appointment_not_past"),
];

#[test]
fn every_case_of_the_table() {
    for state in AppointmentState::ALL {
        for event in AppointmentEvent::ALL {
            for timing in [Past, Future] {
                let result = transition(state, event, timing);
                let case = format!("{state:?} {event:?} {timing:?}");
                if let Some((.., to, effects)) = ACCEPTED
                    .iter()
                    .find(|(s, e, t, ..)| (*s, *e, *t) == (state, event, timing))
                {
                    let accepted = result.unwrap();
                    assert_eq!(accepted.state, *to, "{case}");
                    assert_eq!(accepted.effects[0], RecordHistory(event), "{case}");
                    assert_eq!(&accepted.effects[1..], *effects, "{case}");
                } else if let Some((.., code)) = WRONG_TIMING
                    .iter()
                    .find(|(s, e, t, _)| (*s, *e, *t) == (state, event, timing))
                {
                    assert_eq!(result.unwrap_err().code(), *code, "{case}");
                } else {
                    assert_eq!(
                        result,
                        Err(TransitionError::InvalidTransition { state, event }),
                        "{case}"
                    );
                }
            }
        }
    }
}

#[test]
fn canceled_is_terminal() {
    for event in AppointmentEvent::ALL {
        for timing in [Past, Future] {
            let err = transition(Canceled, event, timing).unwrap_err();
            assert_eq!(err.code(), "invalid_transition");
        }
    }
}

#[test]
fn seat_accounting_of_a_future_excuse_and_rebook() {
    let excused = transition(Booked, Excuse, Future).unwrap();
    assert_eq!(excused.seat_delta(), -1);
    assert!(excused.has(CancelPendingReminder));
    let rebooked = transition(excused.state, Rebook, Future).unwrap();
    assert_eq!(rebooked.seat_delta(), 1);
    assert!(rebooked.has(PlanReminder));
    assert!(rebooked.has(RecordHistory(Rebook)));
    assert_eq!(transition(Booked, Excuse, Past).unwrap().seat_delta(), 0);
}
