//! Numbers and codes as the portal keeps them: the E.164 number, its SHA-256 (codes are filed
//! under it, so unknown numbers are not stored in clear), and the code's salted digest.

use msj_domain::phone::parse_mobile;
use msj_domain::territories::Territory;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::ApiError;

/// The E.164 number typed in, or 422 at `/phone`.
pub fn number(typed: &str) -> Result<String, ApiError> {
    parse_mobile(typed, Territory::Metropole)
        .map(|phone| phone.e164().to_owned())
        .map_err(|error| ApiError::invalid_field("/phone", error.code(), error.to_string()))
}

/// What the database keeps of a number.
pub fn digest(e164: &str) -> Vec<u8> {
    Sha256::digest(e164.as_bytes()).to_vec()
}

/// What the database keeps of the code `code` of the code row `id`.
pub fn code_digest(id: Uuid, code: &str) -> Vec<u8> {
    Sha256::digest(format!("{id}:{code}").as_bytes()).to_vec()
}
