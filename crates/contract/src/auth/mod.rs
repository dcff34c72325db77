//! Agent sign-in, sessions, invitations and password resets (`/api/v1/auth/…`).

mod password;
mod session;

pub use password::{AcceptInvitationRequest, PasswordResetConfirmation, PasswordResetRequest};
pub use session::{
    AgentMenu, CurrentUser, Impersonator, LoginRequest, OrganizationSummary, SessionResponse,
};
