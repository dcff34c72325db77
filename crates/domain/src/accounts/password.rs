//! Password strength (SPEC §6): 12–128 characters with a lowercase, an uppercase, a digit and
//! a symbol, and not among the most common passwords.

use super::PasswordProblem;

/// Fewest characters (Unicode scalar values, not bytes).
pub const PASSWORD_MIN_CHARS: usize = 12;

/// Most characters.
pub const PASSWORD_MAX_CHARS: usize = 128;

/// The rule as shown under the password fields.
pub const PASSWORD_HINT: &str = concat!(
    "12 caractères au moins, dont une minuscule, une majuscule, ",
    "un chiffre et un caractère spécial."
);

/// Every rule `password` breaks, in a stable order, or `Ok`. A symbol is any character that is
/// neither a letter nor a digit (spaces included). `is_common` looks the lowercased password
/// up in the list of common passwords, which the caller holds (it stays out of the wasm
/// build).
pub fn check_password(
    password: &str,
    is_common: impl Fn(&str) -> bool,
) -> Result<(), Vec<PasswordProblem>> {
    use PasswordProblem::*;
    let length = password.chars().count();
    let has = |test: fn(&char) -> bool| password.chars().any(|c| test(&c));
    let checks = [
        (length >= PASSWORD_MIN_CHARS, PasswordTooShort),
        (length <= PASSWORD_MAX_CHARS, PasswordTooLong),
        (has(|c| c.is_lowercase()), PasswordMissingLowercase),
        (has(|c| c.is_uppercase()), PasswordMissingUppercase),
        (has(|c| c.is_numeric()), PasswordMissingDigit),
        (has(|c| !c.is_alphanumeric()), PasswordMissingSymbol),
        (!is_common(&password.to_lowercase()), PasswordTooCommon),
    ];
    let problems: Vec<_> = checks
        .into_iter()
        .filter_map(|(met, problem)| (!met).then_some(problem))
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PasswordProblem::*;

    fn never_common(_: &str) -> bool {
        false
    }

    #[test]
    fn the_hint_is_one_french_sentence() {
        assert_eq!(
            PASSWORD_HINT,
            "12 caractères au moins, dont une minuscule, une majuscule, un chiffre et un \
             caractère spécial."
        );
    }

    #[test]
    fn a_strong_password_passes() {
        assert_eq!(check_password("Convocation-2025", never_common), Ok(()));
        assert_eq!(check_password("Élodie été 2025 !", never_common), Ok(()));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 11 characters but 16 bytes.
        assert_eq!(
            check_password("Éééééé1!aaa", never_common),
            Err(vec![PasswordTooShort])
        );
        assert_eq!(check_password("Éééééé1!aaaa", never_common), Ok(()));
        let long = format!("Aa1!{}", "x".repeat(124));
        assert_eq!(check_password(&long, never_common), Ok(()));
        let too_long = format!("{long}x");
        assert_eq!(
            check_password(&too_long, never_common),
            Err(vec![PasswordTooLong])
        );
    }

    #[test]
    fn every_problem_is_reported() {
        assert_eq!(
            check_password("", |_| true),
            Err(vec![
                PasswordTooShort,
                PasswordMissingLowercase,
                PasswordMissingUppercase,
                PasswordMissingDigit,
                PasswordMissingSymbol,
                PasswordTooCommon,
            ])
        );
    }

    #[test]
    fn common_lookup_gets_the_lowercased_password() {
        let is_common = |p: &str| p == "motdepasse1234!";
        assert_eq!(
            check_password("MotDePasse1234!", is_common),
            Err(vec![PasswordTooCommon])
        );
    }
}
