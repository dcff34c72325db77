//! Building blocks shared by the pages: DSFR alerts, form fields, the page heading and the
//! access guards.

mod alert;
mod fields;
mod guard;
mod page_heading;

pub use alert::{ErrorAlert, Notice, SessionNotice};
pub use fields::{PasswordField, TextField};
pub use guard::{RedirectIfSignedIn, RequireAgent};
pub use page_heading::{FocusPolicy, PageHeading};
