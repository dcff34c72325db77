//! Putting user-entered text into HTML and addresses.

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// Escapes text for HTML and keeps its line breaks.
pub fn paragraph(text: &str) -> String {
    escape(text.trim()).replace('\n', "<br>")
}

/// Percent-encodes text for a query string (everything but the unreserved characters).
pub fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The OpenStreetMap search of an address.
pub fn map_link(address: &str) -> String {
    format!(
        "https://www.openstreetmap.org/search?query={}",
        url_encode(address)
    )
}

/// A `tel:` address from a phone number as typed (digits and a leading +).
pub fn tel_link(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .enumerate()
        .filter(|&(i, c)| c.is_ascii_digit() || (i == 0 && c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_encoded() {
        assert_eq!(escape("<a href='x'>&"), "&lt;a href=&#39;x&#39;&gt;&amp;");
        assert_eq!(paragraph("a\n<b>"), "a<br>&lt;b&gt;");
        assert_eq!(
            map_link("1 rue d'Été, 92000"),
            "https://www.openstreetmap.org/search?query=1%20rue%20d%27%C3%89t%C3%A9%2C%2092000"
        );
        assert_eq!(tel_link("+33 1 39 98 00 00"), "tel:+33139980000");
        assert_eq!(tel_link("01.39.98"), "tel:013998");
    }
}
