//! The transition function of the appointment state machine.

use super::{AppointmentEvent, AppointmentState, SideEffect, Timing, TransitionError};
use crate::notifications::NotificationKind;

/// An accepted transition: the new state and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// State after the event.
    pub state: AppointmentState,
    /// Effects to carry out, the history item first.
    pub effects: Vec<SideEffect>,
}

impl Transition {
    /// Whether the transition carries `effect`.
    pub fn has(&self, effect: SideEffect) -> bool {
        self.effects.contains(&effect)
    }

    /// Change of the slot's used capacity: +1 to take a seat, -1 to free one, else 0.
    pub fn seat_delta(&self) -> i32 {
        self.effects
            .iter()
            .map(|effect| match effect {
                SideEffect::TakeSeat => 1,
                SideEffect::FreeSeat => -1,
                _ => 0,
            })
            .sum()
    }
}

/// Rescheduling needs a booked appointment that has not started: the same conditions as a
/// cancelation (the old appointment is canceled silently).
pub fn check_reschedule(state: AppointmentState, timing: Timing) -> Result<(), TransitionError> {
    transition(state, AppointmentEvent::Cancel, timing).map(|_| ())
}

/// Applies `event` to an appointment in `state` whose start is `timing` relative to now.
///
/// - cancel: booked and future; frees the seat, cancels the reminder, offers the
///   cancelation SMS;
/// - excuse: booked; if future, frees the seat and cancels the reminder;
/// - miss: booked and past; offers the no-show SMS;
/// - fulfil: booked and past;
/// - rebook: from fulfilled, no-show (both past by nature) or excused back to booked; a
///   future appointment takes its seat again and gets its reminder planned;
/// - canceled is terminal.
///
/// Every accepted transition records a history item.
pub fn transition(
    state: AppointmentState,
    event: AppointmentEvent,
    timing: Timing,
) -> Result<Transition, TransitionError> {
    use AppointmentEvent::{Cancel, Excuse, Fulfil, Miss, Rebook};
    use AppointmentState::{Booked, Canceled, Excused, Fulfilled, NoShow};
    use SideEffect::{CancelPendingReminder, FreeSeat, OfferSms, PlanReminder, TakeSeat};
    use Timing::{Future, Past};

    let effects = match (state, event, timing) {
        (Booked, Cancel, Future) => vec![
            FreeSeat,
            CancelPendingReminder,
            OfferSms(NotificationKind::Cancelation),
        ],
        (Booked, Excuse, Future) => vec![FreeSeat, CancelPendingReminder],
        (Booked, Excuse, Past) | (Booked, Fulfil, Past) => vec![],
        (Booked, Miss, Past) => vec![OfferSms(NotificationKind::NoShow)],
        (Excused, Rebook, Future) => vec![TakeSeat, PlanReminder],
        (Excused | Fulfilled | NoShow, Rebook, Past) => vec![],
        (Booked, Cancel, Past) => return Err(TransitionError::AppointmentNotFuture),
        (Booked, Fulfil | Miss, Future) | (Fulfilled | NoShow, Rebook, Future) => {
            return Err(TransitionError::AppointmentNotPast);
        }
        _ => return Err(TransitionError::InvalidTransition { state, event }),
    };
    let state = match event {
        Fulfil => Fulfilled,
        Miss => NoShow,
        Excuse => Excused,
        Cancel => Canceled,
        Rebook => Booked,
    };
    let effects = std::iter::once(SideEffect::RecordHistory(event))
        .chain(effects)
        .collect();
    Ok(Transition { state, effects })
}
