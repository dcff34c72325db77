//! Turning a fragment of a phone number typed in a search box into the prefix of the stored
//! E.164 numbers it can start.

use super::numbering::{FICTION_PREFIX, OVERSEAS_MOBILE_BLOCKS};

/// The E.164 prefix matching `fragment` (« 06 12 », « 0612-34 », « +33612 », « 0692 1 »), or
/// `None` when it is not the start of a phone number (fewer than 2 digits, or letters).
pub fn search_prefix(fragment: &str) -> Option<String> {
    let trimmed = fragment.trim();
    if trimmed.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 2 {
        return None;
    }
    if let Some(international) = trimmed
        .strip_prefix('+')
        .map(|_| digits.as_str())
        .or_else(|| digits.strip_prefix("00"))
    {
        return Some(format!("+{international}"));
    }
    let significant = digits.strip_prefix('0')?;
    let overseas = OVERSEAS_MOBILE_BLOCKS.iter().find(|(block, _)| {
        significant.starts_with(block) && !significant.starts_with(FICTION_PREFIX)
    });
    Some(match overseas {
        Some((_, code)) => format!("+{code}{significant}"),
        None => format!("+33{significant}"),
    })
}

#[cfg(test)]
mod tests {
    use super::search_prefix;

    #[test]
    fn fragments_in_any_formatting() {
        assert_eq!(search_prefix("06 12").as_deref(), Some("+33612"));
        assert_eq!(search_prefix("0612-34").as_deref(), Some("+3361234"));
        assert_eq!(search_prefix("+33612").as_deref(), Some("+33612"));
        assert_eq!(search_prefix("0033 6 12").as_deref(), Some("+33612"));
        assert_eq!(search_prefix("0692 1").as_deref(), Some("+2626921"));
        assert_eq!(search_prefix("06 39 98 1").as_deref(), Some("+33639981"));
    }

    #[test]
    fn not_a_phone_fragment() {
        assert_eq!(search_prefix("dupont"), None);
        assert_eq!(search_prefix("0"), None);
        assert_eq!(search_prefix("2001234"), None);
    }
}
