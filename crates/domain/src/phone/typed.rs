//! What the user typed, reduced to its digits: separators dropped, international prefix
//! (`+` or `00`) recognised.

use super::PhoneError;

/// The digits of a typed number.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Typed {
    /// Typed with `+` or `00`: the digits start with a country code.
    pub international: bool,
    /// ASCII digits only, without the `+` or `00`.
    pub digits: String,
}

/// Characters people put between digits.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '-' | '(' | ')' | '/')
}

/// Reduces `input` to digits. Spaces, dots, dashes, slashes and parentheses are allowed
/// anywhere; `+` only at the start. In an international number, the trunk prefix written
/// "(0)" ("+33 (0)6 …") is dropped.
pub(super) fn read(input: &str) -> Result<Typed, PhoneError> {
    let trimmed = input.trim();
    let (plus, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let rest = if plus || rest.starts_with("00") {
        rest.replacen("(0)", "", 1)
    } else {
        rest.to_owned()
    };
    let mut digits = String::with_capacity(rest.len());
    for c in rest.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if !is_separator(c) {
            return Err(PhoneError::Invalid);
        }
    }
    let international = match digits.strip_prefix("00") {
        Some(after) if !plus => {
            digits = after.to_owned();
            true
        }
        _ => plus,
    };
    if digits.is_empty() {
        return Err(PhoneError::Invalid);
    }
    Ok(Typed {
        international,
        digits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(international: bool, digits: &str) -> Result<Typed, PhoneError> {
        Ok(Typed {
            international,
            digits: digits.to_owned(),
        })
    }

    #[test]
    fn separators_are_dropped() {
        assert_eq!(read(" 06 12.34-56/78 "), typed(false, "0612345678"));
        assert_eq!(read("(06) 12\u{a0}34 56 78"), typed(false, "0612345678"));
    }

    #[test]
    fn international_prefixes() {
        assert_eq!(read("+33 6 12 34 56 78"), typed(true, "33612345678"));
        assert_eq!(read("0033 6 12 34 56 78"), typed(true, "33612345678"));
        assert_eq!(read("+33 (0)6 12 34 56 78"), typed(true, "33612345678"));
        assert_eq!(read("0044 (0)7911 123456"), typed(true, "447911123456"));
    }

    #[test]
    fn other_characters_are_refused() {
        assert_eq!(read("06 12 34 56 7a"), Err(PhoneError::Invalid));
        assert_eq!(read("06+12345678"), Err(PhoneError::Invalid));
        assert_eq!(read("++33612345678"), Err(PhoneError::Invalid));
        assert_eq!(read(" - "), Err(PhoneError::Invalid));
        assert_eq!(read("+"), Err(PhoneError::Invalid));
    }
}
