//! The appointment lifecycle (SPEC §2, domain §3.1 with SPEC's corrections): states, events,
//! and a pure transition function returning the side effects to carry out.

#[cfg(feature = "server")]
mod booking;
mod error;
mod event;
mod excuse_reason;
mod side_effect;
mod sms_choice;
mod state;
mod timing;
mod transition;
mod waiting_line;

#[cfg(feature = "server")]
pub use booking::{
    BookingCalendar, DURATION_RANGE, check_duration, check_start, parse_local, resolve_local,
};
pub use error::TransitionError;
pub use event::AppointmentEvent;
pub use excuse_reason::ExcuseReason;
pub use side_effect::SideEffect;
pub use sms_choice::{SmsChoice, check_send_sms, check_sms_choice};
pub use state::AppointmentState;
pub use timing::Timing;
pub use transition::{Transition, check_reschedule, transition};
pub use waiting_line::{
    OWN_THRESHOLD, SERVICE_THRESHOLD_PERCENT, WaitingLineCount, unknown_status_warning,
    waiting_line_count,
};
