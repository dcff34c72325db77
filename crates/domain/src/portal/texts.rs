//! The portal's SMS texts: one GSM-7 part each, no full stop right after a link (SPEC §10).

/// The invitation: where the space is and how to sign in.
pub fn invitation_text(portal_url: &str) -> String {
    format!(
        "Mon Suivi Justice : retrouvez vos convocations dans votre espace, connectez-vous \
         avec ce numéro de téléphone : {portal_url}"
    )
}

/// The one-time code; the last line lets phones offer to fill it in (WebOTP) on `host`.
pub fn code_text(code: &str, host: &str) -> String {
    format!(
        "{code} est votre code de connexion Mon Suivi Justice, valable 10 minutes. \
         Ne le donnez à personne.\n\n@{host} #{code}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sms::{is_gsm7, measure};

    #[test]
    fn each_text_is_one_gsm7_part() {
        for text in [
            invitation_text("https://mon-suivi-justice.gouv.fr/portail"),
            code_text("123456", "mon-suivi-justice.gouv.fr"),
        ] {
            assert!(is_gsm7(&text), "{text}");
            assert_eq!(measure(&text).segments, 1, "{text}");
        }
    }
}
