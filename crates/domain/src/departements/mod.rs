//! Départements (and overseas collectivities): their names, and the one a postal address
//! lies in, read from its postal code.

mod list;

pub use list::DEPARTEMENTS;

use crate::field_problem::FieldProblem;

/// The name of the département `code` (« 92 » → « Hauts-de-Seine »).
pub fn name(code: &str) -> Option<&'static str> {
    DEPARTEMENTS
        .iter()
        .find(|(known, _)| *known == code)
        .map(|(_, name)| *name)
}

/// The code of a known département, or 422 `invalid_departement` at `/departement`.
pub fn check(code: &str) -> Result<&'static str, FieldProblem> {
    DEPARTEMENTS
        .iter()
        .find(|(known, _)| *known == code.trim())
        .map(|(known, _)| *known)
        .ok_or_else(|| {
            FieldProblem::new(
                "/departement",
                "invalid_departement",
                "Département inconnu : indiquez son numéro (par exemple 92, 2A ou 974).",
            )
        })
}

/// The département of a five-digit postal code: two digits, three overseas, 2A or 2B in
/// Corsica (20000–20199 is Corse-du-Sud).
pub fn of_postal_code(postal_code: &str) -> Option<&'static str> {
    if postal_code.len() != 5 || !postal_code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let code = match &postal_code[..2] {
        "20" if postal_code.as_bytes()[2] <= b'1' => "2A",
        "20" => "2B",
        "97" | "98" => &postal_code[..3],
        two => two,
    };
    check(code).ok()
}

/// The département of an address: that of its last five-digit postal code.
pub fn of_address(address: &str) -> Option<&'static str> {
    address
        .split(|c: char| !c.is_ascii_digit())
        .filter(|word| word.len() == 5)
        .filter_map(of_postal_code)
        .next_back()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes() {
        assert_eq!(name("92"), Some("Hauts-de-Seine"));
        assert_eq!(name("974"), Some("La Réunion"));
        assert_eq!(name("20"), None);
        assert_eq!(check(" 2A "), Ok("2A"));
        assert_eq!(check("99").unwrap_err().code, "invalid_departement");
    }

    #[test]
    fn postal_codes_give_the_departement() {
        assert_eq!(of_postal_code("92000"), Some("92"));
        assert_eq!(of_postal_code("01000"), Some("01"));
        assert_eq!(of_postal_code("20090"), Some("2A"));
        assert_eq!(of_postal_code("20200"), Some("2B"));
        assert_eq!(of_postal_code("97400"), Some("974"));
        assert_eq!(of_postal_code("98714"), Some("987"));
        assert_eq!(of_postal_code("98000"), None, "Monaco");
        assert_eq!(of_postal_code("9200"), None);
    }

    #[test]
    fn addresses_give_their_last_postal_code() {
        assert_eq!(
            of_address("179-191 avenue Joliot-Curie, 92000 Nanterre"),
            Some("92")
        );
        assert_eq!(of_address("BP 12345, 10 rue X, 75013 Paris"), Some("75"));
        assert_eq!(of_address("1 place de la Justice"), None);
        assert_eq!(of_address("123456 rue longue"), None);
    }
}
