//! One module per page of the agent space.

pub mod agents;
pub mod alerts;
pub mod api_tokens;
pub mod appointments;
pub mod audit;
mod charter;
mod contact_sharing;
pub mod convict_operations;
pub mod convicts;
mod forgot_password;
mod home;
mod invitation;
pub mod job_runs;
pub mod month_view;
mod new_password;
mod not_found;
pub mod places;
mod profile;
pub mod reinsertion;
mod reset_password;
pub mod services;
mod sign_in;
pub mod slots;
pub mod sms;
pub mod stats;
pub mod transfers;

pub use charter::Charter;
pub use forgot_password::ForgotPassword;
pub use home::Home;
pub use invitation::Invitation;
pub use not_found::NotFound;
pub use profile::MyProfile;
pub use reset_password::ResetPassword;
pub use sign_in::SignIn;
