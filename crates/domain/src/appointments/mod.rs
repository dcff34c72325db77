//! The appointment lifecycle (SPEC §2, domain §3.1 with SPEC's corrections): states, events,
//! and a pure transition function returning the side effects to carry out.

mod error;
mod event;
mod excuse_reason;
mod side_effect;
mod state;
mod timing;
mod transition;

pub use error::TransitionError;
pub use event::AppointmentEvent;
pub use excuse_reason::ExcuseReason;
pub use side_effect::SideEffect;
pub use state::AppointmentState;
pub use timing::Timing;
pub use transition::{Transition, transition};
