//! Putting user-entered text into HTML, and phone numbers into links.

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
    fn text_is_escaped_and_phones_dialable() {
        assert_eq!(escape("<a href='x'>&"), "&lt;a href=&#39;x&#39;&gt;&amp;");
        assert_eq!(paragraph("a\n<b>"), "a<br>&lt;b&gt;");
        assert_eq!(tel_link("+33 1 39 98 00 00"), "tel:+33139980000");
        assert_eq!(tel_link("01.39.98"), "tel:013998");
    }
}
