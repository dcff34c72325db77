//! Monthly statistics: the rebuild of `stats_monthly` from the appointments and their SMS,
//! and the sums of its rows per month, appointment type, place or agent.

mod read;
mod refresh;

pub use read::{Breakdown, GroupRow, group_sums, refreshed_at};
pub use refresh::{LegalDelays, rebuild};
