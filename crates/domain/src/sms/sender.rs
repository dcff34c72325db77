//! The sender name shown on the probationer's phone instead of a number (SPEC §4:
//! `originatorTON=1`, an alphanumeric originator).

use thiserror::Error;

/// Longest alphanumeric originator the networks carry.
pub const MAX_SENDER_CHARS: usize = 11;

/// Why a sender name is refused. Every case answers the API code `invalid_sender_name`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SenderError {
    /// Empty, or more than [`MAX_SENDER_CHARS`] characters.
    #[error("Le nom d'expéditeur doit compter de 1 à 11 caractères.")]
    Length,
    /// A character other than an unaccented letter, a digit or a space.
    #[error(
        "Le nom d'expéditeur ne peut contenir que des lettres sans accent, des chiffres et des espaces."
    )]
    Characters,
    /// Digits only: the networks would read it as a phone number.
    #[error("Le nom d'expéditeur doit contenir au moins une lettre.")]
    NoLetter,
}

impl SenderError {
    /// Stable snake_case code for the API.
    pub fn code(&self) -> &'static str {
        "invalid_sender_name"
    }
}

/// The sender name as stored (surrounding spaces removed), or why it is refused.
pub fn check_sender_name(name: &str) -> Result<String, SenderError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_SENDER_CHARS {
        return Err(SenderError::Length);
    }
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ') {
        return Err(SenderError::Characters);
    }
    if !name.chars().any(|c| c.is_ascii_alphabetic()) {
        return Err(SenderError::NoLetter);
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_letters_digits_and_inner_spaces() {
        assert_eq!(check_sender_name(" SPIP 974 "), Ok("SPIP 974".to_owned()));
        assert_eq!(check_sender_name("MSJ"), Ok("MSJ".to_owned()));
        assert_eq!(
            check_sender_name("ABCDEFGHIJK"),
            Ok("ABCDEFGHIJK".to_owned())
        );
    }

    #[test]
    fn refuses_empty_long_accented_and_numeric_names() {
        assert_eq!(check_sender_name("  "), Err(SenderError::Length));
        assert_eq!(check_sender_name("ABCDEFGHIJKL"), Err(SenderError::Length));
        assert_eq!(
            check_sender_name("Justice-75"),
            Err(SenderError::Characters)
        );
        assert_eq!(check_sender_name("Créteil"), Err(SenderError::Characters));
        assert_eq!(check_sender_name("0612345678"), Err(SenderError::NoLetter));
    }
}
