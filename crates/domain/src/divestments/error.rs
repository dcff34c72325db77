//! Why a transfer cannot be created.

use thiserror::Error;

/// A transfer refused at creation (HTTP 409).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DivestmentError {
    /// The probationer is followed under JAPAT: never transferred.
    #[error(
        "Code 12 - Dessaisissement impossible pour ce probationnaire, veuillez contacter un administrateur."
    )]
    Japat,
    /// A transfer of this probationer is already pending.
    #[error("Un dessaisissement est déjà en cours pour ce probationnaire.")]
    AlreadyPending,
}

impl DivestmentError {
    /// Stable snake_case code for the API: `divestment_not_allowed`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Japat | Self::AlreadyPending => "divestment_not_allowed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_share_the_code_with_their_own_text() {
        assert_eq!(DivestmentError::Japat.code(), "divestment_not_allowed");
        assert_eq!(
            DivestmentError::AlreadyPending.code(),
            "divestment_not_allowed"
        );
        assert!(DivestmentError::Japat.to_string().starts_with("Code 12 - "));
        assert_eq!(
            DivestmentError::AlreadyPending.to_string(),
            "Un dessaisissement est déjà en cours pour ce probationnaire."
        );
    }
}
