//! The accent-free key used to find duplicate probationers.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Key of a full name for duplicate matching: compatibility decomposition (NFKD), accents
/// dropped, lower-cased, Latin letters without a decomposition spelt out ("œ" → "oe",
/// "ß" → "ss", "ø" → "o"…), curly apostrophes made straight, whitespace collapsed.
/// "Élodie  Dupré" → "elodie dupre".
pub fn unaccented_key(full_name: &str) -> String {
    let mut key = String::with_capacity(full_name.len());
    for c in full_name.nfkd().filter(|c| !is_combining_mark(*c)) {
        for lower in c.to_lowercase() {
            match spelt_out(lower) {
                Some(ascii) => key.push_str(ascii),
                None => key.push(lower),
            }
        }
    }
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// ASCII spelling of the lower-case Latin letters and marks that NFKD leaves alone.
fn spelt_out(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'þ' => "th",
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'ħ' => "h",
        'ı' => "i",
        'ĸ' => "k",
        'ŋ' => "n",
        'ŧ' => "t",
        '’' | 'ʼ' | '‘' => "'",
        '·' => "",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_spaces_are_dropped() {
        assert_eq!(unaccented_key("Élodie  Dupré"), "elodie dupre");
        assert_eq!(
            unaccented_key(" JEAN-ÉRIC  d’ARTAGNAN "),
            "jean-eric d'artagnan"
        );
        assert_eq!(unaccented_key("Œdipe Straße"), "oedipe strasse");
        assert_eq!(unaccented_key("Søren Łukasz"), "soren lukasz");
    }

    #[test]
    fn every_latin_letter_becomes_ascii() {
        let latin = ('\u{c0}'..='\u{17f}').filter(|c| c.is_alphabetic());
        for c in latin {
            let key = unaccented_key(&c.to_string());
            assert!(key.is_ascii() && !key.is_empty(), "{c} gives {key:?}");
        }
    }
}
