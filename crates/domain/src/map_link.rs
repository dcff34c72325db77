//! Links to a map of an address (OpenStreetMap's search: no account, no tracking, works on
//! any phone's browser).

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

/// The map of `address`.
pub fn map_url(address: &str) -> String {
    format!(
        "https://www.openstreetmap.org/search?query={}",
        utf8_percent_encode(address.trim(), NON_ALPHANUMERIC)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_is_encoded() {
        assert_eq!(
            map_url(" 12 rue de l'Université, 92000 Nanterre "),
            "https://www.openstreetmap.org/search?query=12%20rue%20de%20l%27Universit%C3%A9%2C%2092000%20Nanterre"
        );
    }
}
