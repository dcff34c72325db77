//! Building blocks shared by the pages: DSFR alerts, form fields, badges, pagination, modals,
//! the page heading, loading states, French formats and the access guards.

mod address;
mod alert;
mod badge;
mod choices;
mod confirm;
mod debounce;
mod fields;
pub mod format;
mod guard;
mod input;
mod loading;
mod modal;
mod page_heading;
mod pagination;
mod service_choice;
mod table;
mod text_area;

pub use address::{first_page_on_change, keep_in_address, query_page, query_value};
pub use alert::{ErrorAlert, Notice, SessionNotice, SuccessAlert};
pub use badge::StateBadge;
pub use choices::{CheckboxGroup, RadioGroup, toggle};
pub use confirm::{ConfirmDialog, Confirmed};
pub use debounce::Debounce;
pub use fields::{
    Checkbox, Messages, PasswordField, SelectField, TextField, errors_at, errors_under,
    options_from,
};
pub use guard::{RedirectIfSignedIn, RequireAgent};
pub use input::Input;
pub use loading::fetched;
pub use modal::Modal;
pub use page_heading::{FocusPolicy, PageHeading};
pub use pagination::Pagination;
pub use service_choice::ServiceChoice;
pub use table::TableFrame;
pub use text_area::TextArea;
