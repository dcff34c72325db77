//! Why a phone number was refused.

use thiserror::Error;

/// A refused phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PhoneError {
    /// Not a phone number: other characters than digits and separators, or a wrong length.
    #[error("Numéro de téléphone invalide")]
    Invalid,
    /// A valid number, but not a mobile one (a landline, a special number…).
    #[error("Numéro de téléphone portable requis")]
    NotMobile,
}

impl PhoneError {
    /// Stable snake_case code for the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid => "invalid_phone",
            Self::NotMobile => "not_mobile",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_messages() {
        assert_eq!(PhoneError::Invalid.code(), "invalid_phone");
        assert_eq!(PhoneError::NotMobile.code(), "not_mobile");
        assert_eq!(
            PhoneError::NotMobile.to_string(),
            "Numéro de téléphone portable requis"
        );
    }
}
