//! Properties of the appointment state machine along random sequences of events.

use msj_domain::appointments::{
    AppointmentEvent, AppointmentState, SideEffect, Timing, transition,
};
use proptest::prelude::*;

fn event() -> impl Strategy<Value = AppointmentEvent> {
    prop::sample::select(AppointmentEvent::ALL.to_vec())
}

fn timing() -> impl Strategy<Value = Timing> {
    prop_oneof![Just(Timing::Past), Just(Timing::Future)]
}

proptest! {
    /// Whatever the events and timings: canceled is never left, and every accepted
    /// transition records exactly one history item, for its event, first.
    #[test]
    fn canceled_is_never_left_and_history_is_recorded(
        steps in prop::collection::vec((event(), timing()), 0..40),
    ) {
        let mut state = AppointmentState::Booked;
        for (event, timing) in steps {
            let result = transition(state, event, timing);
            if state == AppointmentState::Canceled {
                prop_assert!(result.is_err());
            }
            if let Ok(accepted) = result {
                let recorded: Vec<_> = accepted
                    .effects
                    .iter()
                    .filter(|e| matches!(e, SideEffect::RecordHistory(_)))
                    .collect();
                prop_assert_eq!(recorded, [&SideEffect::RecordHistory(event)]);
                prop_assert_eq!(accepted.effects[0], SideEffect::RecordHistory(event));
                state = accepted.state;
            }
        }
    }

    /// From a booked future appointment, with time moving forward (future, then past), the
    /// seats held never go negative nor above one, and a booked future appointment always
    /// holds its seat.
    #[test]
    fn seats_stay_balanced_as_time_moves_forward(
        events in prop::collection::vec(event(), 0..40),
        becomes_past_at in 0usize..45,
    ) {
        let mut state = AppointmentState::Booked;
        let mut seats_held = 1;
        for (step, event) in events.into_iter().enumerate() {
            let timing = if step < becomes_past_at { Timing::Future } else { Timing::Past };
            if let Ok(accepted) = transition(state, event, timing) {
                seats_held += accepted.seat_delta();
                state = accepted.state;
                prop_assert!((0..=1).contains(&seats_held), "{seats_held} seats after {event:?}");
                if state == AppointmentState::Booked && timing == Timing::Future {
                    prop_assert_eq!(seats_held, 1);
                }
                if state == AppointmentState::Canceled {
                    prop_assert_eq!(seats_held, 0);
                }
            }
        }
    }
}
