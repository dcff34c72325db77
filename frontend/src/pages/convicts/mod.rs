//! Probationer pages: list and search, creation, profile, edition.

mod edit;
mod form;
mod list;
mod new;
mod portal_invite;
mod profile;
mod search;

pub use edit::EditConvict;
pub use list::ConvictList;
pub use new::NewConvict;
pub use profile::ConvictProfile;
pub use search::ConvictSearch;
