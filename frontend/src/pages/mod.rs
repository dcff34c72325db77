//! One module per page of the agent space.

pub mod appointments;
mod charter;
pub mod convicts;
mod forgot_password;
mod home;
mod invitation;
mod new_password;
mod not_found;
pub mod places;
mod profile;
mod reset_password;
mod sign_in;

pub use charter::Charter;
pub use forgot_password::ForgotPassword;
pub use home::Home;
pub use invitation::Invitation;
pub use not_found::NotFound;
pub use profile::MyProfile;
pub use reset_password::ResetPassword;
pub use sign_in::SignIn;
