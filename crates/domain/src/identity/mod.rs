//! Identity of probationers: names (Unicode-aware, SPEC §9) and APPI numbers (domain §1.9).

mod appi;
mod names;
mod unaccented;

pub use appi::{AppiError, AppiNumber};
pub use names::{normalize_first_name, normalize_last_name};
pub use unaccented::unaccented_key;
