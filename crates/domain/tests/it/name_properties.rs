//! Properties of name normalisation and of the duplicate-matching key.

use msj_domain::identity::{normalize_first_name, normalize_last_name, unaccented_key};
use proptest::prelude::*;

/// Names written with Latin letters (ASCII, Latin-1 and Latin Extended-A), spaces,
/// hyphens and apostrophes.
const LATIN_NAME: &str = "[a-zA-ZÀ-ÖØ-öø-ſ '’-]{0,40}";

proptest! {
    #[test]
    fn first_name_normalisation_is_idempotent(name in any::<String>()) {
        let once = normalize_first_name(&name);
        prop_assert_eq!(normalize_first_name(&once), once);
    }

    #[test]
    fn last_name_normalisation_is_idempotent(name in any::<String>()) {
        let once = normalize_last_name(&name);
        prop_assert_eq!(normalize_last_name(&once), once);
    }

    #[test]
    fn latin_names_are_idempotent_too(name in LATIN_NAME) {
        let first = normalize_first_name(&name);
        prop_assert_eq!(normalize_first_name(&first), first);
        let last = normalize_last_name(&name);
        prop_assert_eq!(normalize_last_name(&last), last);
    }

    #[test]
    fn normalised_names_have_no_outer_or_double_spaces(name in any::<String>()) {
        for normalised in [normalize_first_name(&name), normalize_last_name(&name)] {
            prop_assert_eq!(normalised.trim(), normalised.as_str());
            prop_assert!(!normalised.contains("  "));
        }
    }

    #[test]
    fn unaccented_key_is_ascii_for_latin_input(name in LATIN_NAME) {
        let key = unaccented_key(&name);
        prop_assert!(key.is_ascii(), "{:?} gives {:?}", name, key);
        prop_assert_eq!(unaccented_key(&key), key);
    }

    #[test]
    fn unaccented_key_ignores_normalisation(first in LATIN_NAME, last in LATIN_NAME) {
        let raw = unaccented_key(&format!("{first} {last}"));
        let stored = unaccented_key(&format!(
            "{} {}",
            normalize_first_name(&first),
            normalize_last_name(&last)
        ));
        prop_assert_eq!(stored, raw);
    }
}
