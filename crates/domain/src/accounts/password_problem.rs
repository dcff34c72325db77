//! What is wrong with a password.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// One unmet password rule. Its serde key is its [`PasswordProblem::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Error)]
#[serde(rename_all = "snake_case")]
pub enum PasswordProblem {
    /// Fewer than 12 characters.
    #[error("Le mot de passe doit contenir au moins 12 caractères.")]
    PasswordTooShort,
    /// More than 128 characters.
    #[error("Le mot de passe doit contenir au plus 128 caractères.")]
    PasswordTooLong,
    /// No lowercase letter.
    #[error("Le mot de passe doit contenir au moins une lettre minuscule.")]
    PasswordMissingLowercase,
    /// No uppercase letter.
    #[error("Le mot de passe doit contenir au moins une lettre majuscule.")]
    PasswordMissingUppercase,
    /// No digit.
    #[error("Le mot de passe doit contenir au moins un chiffre.")]
    PasswordMissingDigit,
    /// No symbol (a character that is neither a letter nor a digit).
    #[error("Le mot de passe doit contenir au moins un caractère spécial.")]
    PasswordMissingSymbol,
    /// Among the most common passwords.
    #[error("Ce mot de passe est trop courant : choisissez-en un autre.")]
    PasswordTooCommon,
}

impl PasswordProblem {
    /// Stable snake_case code for the API.
    pub fn code(self) -> &'static str {
        match self {
            Self::PasswordTooShort => "password_too_short",
            Self::PasswordTooLong => "password_too_long",
            Self::PasswordMissingLowercase => "password_missing_lowercase",
            Self::PasswordMissingUppercase => "password_missing_uppercase",
            Self::PasswordMissingDigit => "password_missing_digit",
            Self::PasswordMissingSymbol => "password_missing_symbol",
            Self::PasswordTooCommon => "password_too_common",
        }
    }

    /// French text for the problem `detail`.
    pub fn detail(self) -> String {
        self.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PasswordProblem::*;

    #[test]
    fn codes_are_the_serde_keys() {
        for problem in [
            PasswordTooShort,
            PasswordTooLong,
            PasswordMissingLowercase,
            PasswordMissingUppercase,
            PasswordMissingDigit,
            PasswordMissingSymbol,
            PasswordTooCommon,
        ] {
            let json = serde_json::to_string(&problem).unwrap();
            assert_eq!(json, format!("\"{}\"", problem.code()));
        }
        assert_eq!(
            PasswordTooShort.detail(),
            "Le mot de passe doit contenir au moins 12 caractères."
        );
    }
}
