//! Normalisation of first and last names as they are stored.

use unicode_normalization::UnicodeNormalization;

/// Trims, collapses inner whitespace to single spaces and composes accents (NFC).
fn tidy(name: &str) -> String {
    let composed: String = name.nfc().collect();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Last name as stored: tidied and upper-cased, accents kept ("dupré" → "DUPRÉ").
pub fn normalize_last_name(name: &str) -> String {
    tidy(name).to_uppercase().nfc().collect()
}

/// First name as stored: tidied, lower-cased, then each word capitalised. Words are
/// separated by spaces, hyphens and apostrophes ("jean-éric" → "Jean-Éric",
/// "d'artagnan" → "D'Artagnan").
pub fn normalize_first_name(name: &str) -> String {
    let mut result = String::with_capacity(name.len());
    let mut word_start = true;
    for c in tidy(name).chars().flat_map(char::to_lowercase) {
        if word_start {
            push_capital(&mut result, c);
        } else {
            result.push(c);
        }
        word_start = is_word_separator(c);
    }
    result.nfc().collect()
}

fn is_word_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '\'' | '’')
}

/// Pushes the capital of `c`, unless lower-casing it again would not give `c` back
/// ("ß" would become "SS", then "ss"): such letters stay as they are, which keeps the
/// normalisation idempotent.
fn push_capital(result: &mut String, c: char) {
    let capital: String = c.to_uppercase().collect();
    if capital.chars().flat_map(char::to_lowercase).eq([c]) {
        result.push_str(&capital);
    } else {
        result.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_names_are_upper_case_with_accents() {
        assert_eq!(
            normalize_last_name("  dupré  de  la   tour "),
            "DUPRÉ DE LA TOUR"
        );
        assert_eq!(normalize_last_name("élodie"), "ÉLODIE");
        assert_eq!(normalize_last_name("e\u{301}lise"), "ÉLISE");
        assert_eq!(normalize_last_name("o'brien-ßmith"), "O'BRIEN-SSMITH");
    }

    #[test]
    fn first_names_are_title_case_per_word() {
        assert_eq!(normalize_first_name("jean-éric"), "Jean-Éric");
        assert_eq!(normalize_first_name("élodie"), "Élodie");
        assert_eq!(normalize_first_name("ÉLODIE"), "Élodie");
        assert_eq!(normalize_first_name("d'artagnan"), "D'Artagnan");
        assert_eq!(normalize_first_name("d’artagnan"), "D’Artagnan");
        assert_eq!(
            normalize_first_name("  marie   ANNE\tjosé "),
            "Marie Anne José"
        );
        assert_eq!(normalize_first_name("JEAN-PIERRE"), "Jean-Pierre");
        assert_eq!(normalize_first_name("œdipe"), "Œdipe");
    }

    #[test]
    fn letters_without_a_single_capital_are_kept() {
        assert_eq!(normalize_first_name("ßabine"), "ßabine");
        assert_eq!(normalize_first_name(""), "");
    }
}
