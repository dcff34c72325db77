//! Mobile phone numbers of probationers (SPEC §1, domain §4.9): parsing into E.164 with the
//! overseas ranges mapped to their own country codes, and national display.

mod display;
mod error;
mod mobile_phone;
mod numbering;
mod parse;
mod search;
mod typed;

pub use error::PhoneError;
pub use mobile_phone::MobilePhone;
pub use parse::parse_mobile;
pub use search::search_prefix;
