//! Properties of the password rules.

use msj_domain::accounts::{PasswordProblem, check_password};
use proptest::prelude::*;

proptest! {
    /// Any password made of the four kinds of characters and of an allowed length passes
    /// when it is not common, and fails with `password_too_common` alone when it is.
    #[test]
    fn well_formed_passwords_pass(body in "[a-zA-Z0-9!@#é É]{8,124}") {
        let password = format!("aA1!{body}");
        prop_assert_eq!(check_password(&password, |_| false), Ok(()));
        prop_assert_eq!(
            check_password(&password, |_| true),
            Err(vec![PasswordProblem::PasswordTooCommon])
        );
    }

    /// Length is counted in characters: too short below 12, too long above 128.
    #[test]
    fn length_is_in_characters(length in 0usize..200) {
        let password: String = "éÉ1!".chars().cycle().take(length).collect();
        let problems = check_password(&password, |_| false).err().unwrap_or_default();
        prop_assert_eq!(problems.contains(&PasswordProblem::PasswordTooShort), length < 12);
        prop_assert_eq!(problems.contains(&PasswordProblem::PasswordTooLong), length > 128);
    }

    /// Never panics and reports each problem at most once.
    #[test]
    fn problems_are_distinct(password in any::<String>()) {
        let problems = check_password(&password, |p| p.len() % 2 == 0)
            .err()
            .unwrap_or_default();
        let mut codes: Vec<_> = problems.iter().map(|p| p.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        prop_assert_eq!(codes.len(), problems.len());
    }
}
