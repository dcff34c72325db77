//! Statistics of a service or of the whole country (features §2.11): the period asked for,
//! the counts gathered per month, appointment type, place and agent, and the rates and means
//! computed from them.

mod kept;
mod period;
mod rates;
mod tally;

pub use kept::{REBUILT_MONTHS, first_rebuilt_month};
pub use period::{DEFAULT_MONTHS, MAX_MONTHS, Period, PeriodError, parse_month};
pub use rates::{Rates, mean_days, percent};
pub use tally::Tally;
