//! Masking of personal data (phone numbers, email addresses) in log text.

/// Replaces every run of 6 or more digits (spaces, dots and dashes allowed inside, as in
/// « 06 12 34 56 78 ») and every email address in `text` with `***`. Dates written with
/// digits only (a date of birth) are masked too.
pub fn mask(text: &str) -> String {
    let without_emails: String = text
        .split_inclusive(char::is_whitespace)
        .map(|word| {
            if word.contains('@') {
                mask_email(word)
            } else {
                word.to_owned()
            }
        })
        .collect();
    mask_digit_runs(&without_emails)
}

fn mask_email(word: &str) -> String {
    let trailing: String = word
        .chars()
        .rev()
        .take_while(|c| c.is_whitespace())
        .collect();
    format!("***{trailing}")
}

fn mask_digit_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            let mut end = i + 1;
            let mut digits = usize::from(chars[i].is_ascii_digit());
            let mut j = i + 1;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || (" .-".contains(chars[j])
                        && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
            {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                    end = j + 1;
                }
                j += 1;
            }
            if digits >= 6 {
                out.push_str("***");
            } else {
                out.extend(&chars[start..end]);
            }
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn masks_phone_numbers_in_any_format() {
        assert_eq!(
            mask("Key (phone)=(+33612345678) already exists"),
            "Key (phone)=(***) already exists"
        );
        assert_eq!(mask("appel au 06 12 34 56 78."), "appel au ***.");
        assert_eq!(
            mask("tel 06.12.34.56.78 ou 0692-12-34-56"),
            "tel *** ou ***"
        );
    }

    #[test]
    fn masks_email_addresses() {
        assert_eq!(
            mask("sent to jean.dupont@justice.fr today"),
            "sent to *** today"
        );
    }

    #[test]
    fn keeps_short_numbers_and_ordinary_text() {
        assert_eq!(mask("status 503 after 12 ms"), "status 503 after 12 ms");
        assert_eq!(mask("né le 1990-05-17"), "né le ***");
        assert_eq!(mask("Élodie a 3 rendez-vous"), "Élodie a 3 rendez-vous");
    }
}
