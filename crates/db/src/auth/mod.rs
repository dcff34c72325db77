//! One-time tokens (invitations, password resets) and refresh tokens. Only SHA-256 digests
//! of tokens are stored.

pub mod refresh_tokens;
pub mod user_tokens;
