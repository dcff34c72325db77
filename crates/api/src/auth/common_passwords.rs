//! The 10 000 most common passwords, refused at every password change.
//!
//! `common_passwords.txt` holds the first 10 000 entries, by frequency, of the "passwords"
//! list that ships with zxcvbn 4.5 (PyPI `zxcvbn`, MIT), itself drawn from public leak
//! statistics. Entries are lower-case; comparison ignores case.

use std::collections::HashSet;
use std::sync::LazyLock;

static LIST: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common_passwords.txt").lines().collect());

/// Whether `password` is among the common passwords (case-insensitive).
pub fn is_common(password: &str) -> bool {
    LIST.contains(password.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::is_common;

    #[test]
    fn knows_the_usual_suspects() {
        assert!(is_common("password"));
        assert!(is_common("Azerty"));
        assert!(!is_common("Vn9!tQz#Lr2@"));
    }
}
