//! What a probationer search box query looks for.

use crate::identity::search_key;
use crate::phone::search_prefix;

/// The prefixes a query is matched against; a probationer matches when any of them does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// Search key of a name (last, first, or both in either order).
    pub name_key: Option<String>,
    /// Prefix of an E.164 phone number.
    pub phone_prefix: Option<String>,
    /// Prefix of an APPI number.
    pub appi_prefix: Option<String>,
}

impl SearchQuery {
    /// Reads what an agent typed: letters search names; digits search phones (any
    /// formatting) and APPI numbers.
    pub fn parse(query: &str) -> Self {
        let compact: String = query
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        let appi = compact.len() >= 3
            && compact.starts_with(|c: char| c.is_ascii_digit())
            && compact.chars().all(|c| c.is_ascii_alphanumeric());
        let key = search_key(query);
        let has_letters = key.chars().any(char::is_alphabetic);
        Self {
            name_key: (has_letters && key.chars().count() >= 2).then_some(key),
            phone_prefix: search_prefix(query),
            appi_prefix: appi.then_some(compact),
        }
    }

    /// Whether the query looks for anything.
    pub fn is_empty(&self) -> bool {
        self.name_key.is_none() && self.phone_prefix.is_none() && self.appi_prefix.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::SearchQuery;

    #[test]
    fn names_phones_and_appi_numbers() {
        let name = SearchQuery::parse("Dupré Élo");
        assert_eq!(name.name_key.as_deref(), Some("dupre elo"));
        assert_eq!((name.phone_prefix, name.appi_prefix), (None, None));
        let phone = SearchQuery::parse("06 12");
        assert_eq!(phone.phone_prefix.as_deref(), Some("+33612"));
        assert_eq!(phone.name_key, None);
        let appi = SearchQuery::parse("200 123");
        assert_eq!(appi.appi_prefix.as_deref(), Some("200123"));
        assert!(SearchQuery::parse("  ").is_empty());
        assert!(SearchQuery::parse("a").is_empty());
    }
}
