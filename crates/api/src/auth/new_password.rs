//! Checking a password an agent chooses (SPEC §6), with the answer pointing at `/password`.

use msj_contract::FieldError;
use msj_domain::accounts::check_password;

use super::common_passwords::is_common;
use super::password;
use crate::ApiError;

/// `Ok` when `password` may be used, else 422 listing every rule broken.
pub fn check(password: &str) -> Result<(), ApiError> {
    check_password(password, is_common).map_err(|problems| {
        ApiError::invalid_fields(
            problems
                .into_iter()
                .map(|problem| FieldError {
                    pointer: "/password".to_owned(),
                    code: problem.code().to_owned(),
                    detail: problem.detail(),
                })
                .collect(),
        )
    })
}

/// Checks `password` (see [`check`]) and hashes it.
pub async fn checked_hash(password: String) -> Result<String, ApiError> {
    check(&password)?;
    password::hash(password).await
}
