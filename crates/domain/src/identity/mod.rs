//! Identity of probationers: names (Unicode-aware, SPEC §9) and APPI numbers (domain §1.9).

mod appi;
mod names;
mod search_key;
mod unaccented;

pub use appi::{AppiError, AppiNumber};
pub use names::{normalize_first_name, normalize_last_name};
pub use search_key::{MIN_SEARCH_CHARS, search_key};
pub use unaccented::unaccented_key;
