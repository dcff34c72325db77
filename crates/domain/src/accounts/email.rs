//! Agents' email addresses: compared without case or surrounding spaces.

use thiserror::Error;

/// An address that cannot be an agent's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("Adresse email invalide.")]
pub struct InvalidEmail;

impl InvalidEmail {
    /// Stable code.
    pub fn code(self) -> &'static str {
        "invalid_email"
    }
}

/// `input` trimmed and lower-cased, if it has the shape `local@domain.tld` with no space.
pub fn normalize_email(input: &str) -> Result<String, InvalidEmail> {
    let email = input.trim().to_lowercase();
    let (local, domain) = email.split_once('@').ok_or(InvalidEmail)?;
    let plausible = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !email.contains(char::is_whitespace)
        && email.len() <= 254;
    if plausible {
        Ok(email)
    } else {
        Err(InvalidEmail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_lowercases() {
        assert_eq!(
            normalize_email("  Jeanne.Durand@Justice.FR ").unwrap(),
            "jeanne.durand@justice.fr"
        );
    }

    #[test]
    fn refuses_what_cannot_be_an_address() {
        for input in [
            "",
            "jeanne",
            "@justice.fr",
            "jeanne@",
            "jeanne@justice",
            "je anne@justice.fr",
            "a@b@c.fr",
            "a@.fr",
        ] {
            assert_eq!(normalize_email(input), Err(InvalidEmail), "{input}");
        }
    }
}
