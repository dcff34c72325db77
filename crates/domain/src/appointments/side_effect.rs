//! What the caller must do when a transition is accepted.

use super::AppointmentEvent;
use crate::notifications::NotificationKind;

/// An effect of a transition, for the caller to carry out in the same database transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SideEffect {
    /// Append a history item for this event (history is append-only).
    RecordHistory(AppointmentEvent),
    /// Give the appointment's seat back to its slot (decrement the used capacity).
    FreeSeat,
    /// Take a seat of the slot again, atomically; refuse with `slot_full` if none is left.
    TakeSeat,
    /// Cancel the appointment's reminder if it has not been sent yet.
    CancelPendingReminder,
    /// Plan the appointment's reminder again.
    PlanReminder,
    /// Offer the agent to send this SMS; it is sent only on the agent's explicit choice.
    OfferSms(NotificationKind),
}
