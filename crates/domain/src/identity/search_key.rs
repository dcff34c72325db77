//! The key of prefix searches on names (towns, and later probationers).

use super::unaccented_key;

/// `text` without accents or case, hyphens and apostrophes read as spaces, whitespace
/// collapsed: « Saint-Denis », « saint denis » and « SAINT DENIS » share the key
/// `saint denis`. PostgreSQL's `msj_search_key` computes the same key for the indexes.
pub fn search_key(text: &str) -> String {
    unaccented_key(&text.replace(['-', '\'', '’'], " "))
}

/// Shortest query that starts a prefix search, in characters.
pub const MIN_SEARCH_CHARS: usize = 3;

#[cfg(test)]
mod tests {
    use super::search_key;

    #[test]
    fn separators_accents_and_case_do_not_matter() {
        for spelling in ["Saint-Denis", "saint denis", "SAINT  DENIS", "saint-DENIS "] {
            assert_eq!(search_key(spelling), "saint denis", "{spelling}");
        }
        assert_eq!(search_key("L'Haÿ-les-Roses"), "l hay les roses");
        assert_eq!(search_key("Œuilly"), "oeuilly");
    }
}
