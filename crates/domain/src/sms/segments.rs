//! Characters and parts of an SMS (SPEC §4): GSM-7 (3GPP TS 23.038 default alphabet) packs
//! 160 characters in one message and 153 a part once concatenated; any other character turns
//! the whole text to UCS-2: 70 UTF-16 units in one message, 67 a part.

use serde::{Deserialize, Serialize};

/// The 128 characters of the GSM-7 default alphabet, one septet each.
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{1b}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
    ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table: an escape septet plus one, two septets each.
const GSM7_EXTENSION: &str = "\u{0c}^{}\\[~]|€";

/// How the text is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// 7-bit default alphabet: 160 characters, 153 a part.
    Gsm7,
    /// 16-bit: 70 units, 67 a part.
    Ucs2,
}

impl Encoding {
    /// Stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Gsm7 => "gsm7",
            Self::Ucs2 => "ucs2",
        }
    }

    /// Units that fit in a single message.
    pub fn single_limit(self) -> usize {
        match self {
            Self::Gsm7 => 160,
            Self::Ucs2 => 70,
        }
    }

    /// Units that fit in each part of a concatenated message.
    pub fn part_limit(self) -> usize {
        match self {
            Self::Gsm7 => 153,
            Self::Ucs2 => 67,
        }
    }
}

/// The size of a text as an SMS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmsLength {
    /// Units: septets in GSM-7 (an extension character counts 2), UTF-16 units in UCS-2.
    pub characters: usize,
    /// The encoding the whole text needs.
    pub encoding: Encoding,
    /// Messages billed: 0 for an empty text.
    pub segments: usize,
}

/// Septets of a character in GSM-7, `None` outside the alphabet.
fn gsm7_units(character: char) -> Option<usize> {
    if GSM7_BASIC.contains(character) {
        Some(1)
    } else if GSM7_EXTENSION.contains(character) {
        Some(2)
    } else {
        None
    }
}

/// Whether every character of the text is in the GSM-7 alphabet (basic or extension).
pub fn is_gsm7(text: &str) -> bool {
    text.chars().all(|c| gsm7_units(c).is_some())
}

/// Characters, encoding and parts of a text. A character that takes two units (a GSM-7
/// extension, a UTF-16 surrogate pair) is never split across two parts.
pub fn measure(text: &str) -> SmsLength {
    let (encoding, units): (Encoding, Vec<usize>) =
        match text.chars().map(gsm7_units).collect::<Option<_>>() {
            Some(units) => (Encoding::Gsm7, units),
            None => (Encoding::Ucs2, text.chars().map(char::len_utf16).collect()),
        };
    let characters = units.iter().sum();
    let segments = if characters == 0 {
        0
    } else if characters <= encoding.single_limit() {
        1
    } else {
        let (mut parts, mut used) = (1, 0);
        for unit in units {
            if used + unit > encoding.part_limit() {
                parts += 1;
                used = 0;
            }
            used += unit;
        }
        parts
    };
    SmsLength {
        characters,
        encoding,
        segments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gsm(characters: usize, segments: usize) -> SmsLength {
        SmsLength {
            characters,
            encoding: Encoding::Gsm7,
            segments,
        }
    }

    #[test]
    fn alphabet_has_128_distinct_characters() {
        let mut basic: Vec<char> = GSM7_BASIC.chars().collect();
        assert_eq!(basic.len(), 128);
        basic.sort_unstable();
        basic.dedup();
        assert_eq!(basic.len(), 128);
        assert_eq!(GSM7_EXTENSION.chars().count(), 10);
        assert!(is_gsm7(
            "Convocation le 1er aout à 9h05, 75013 Paris. Infos : https://x.fr/p/A_B"
        ));
        for refused in [
            "ê", "â", "î", "ô", "û", "ç", "œ", "’", "«", "»", "\u{a0}", "😀",
        ] {
            assert!(!is_gsm7(refused), "{refused}");
        }
    }

    #[test]
    fn gsm7_parts() {
        assert_eq!(measure(""), gsm(0, 0));
        assert_eq!(measure(&"a".repeat(160)), gsm(160, 1));
        assert_eq!(measure(&"a".repeat(161)), gsm(161, 2));
        assert_eq!(measure(&"é".repeat(306)), gsm(306, 2));
        assert_eq!(measure(&"a".repeat(307)), gsm(307, 3));
        assert_eq!(measure("€"), gsm(2, 1));
        assert_eq!(measure(&format!("{}€", "a".repeat(158))), gsm(160, 1));
        assert_eq!(measure(&format!("{}€", "a".repeat(159))), gsm(161, 2));
        // The escape pair moves whole to the next part.
        assert_eq!(
            measure(&format!("{}€{}", "a".repeat(152), "a".repeat(152))),
            gsm(306, 3)
        );
    }

    #[test]
    fn one_other_character_switches_to_ucs2() {
        let ucs2 = |characters, segments| SmsLength {
            characters,
            encoding: Encoding::Ucs2,
            segments,
        };
        assert_eq!(measure("Vous êtes convoqué"), ucs2(18, 1));
        assert_eq!(measure(&format!("ê{}", "a".repeat(69))), ucs2(70, 1));
        assert_eq!(measure(&format!("ê{}", "a".repeat(70))), ucs2(71, 2));
        assert_eq!(measure(&format!("ê{}", "€".repeat(133))), ucs2(134, 2));
        assert_eq!(measure(&format!("ê{}", "a".repeat(134))), ucs2(135, 3));
        assert_eq!(measure("😀"), ucs2(2, 1));
        let pair_on_the_edge = format!("{}😀{}", "a".repeat(66), "a".repeat(66));
        assert_eq!(measure(&pair_on_the_edge), ucs2(134, 3));
        assert_eq!(Encoding::Ucs2.code(), "ucs2");
    }
}
