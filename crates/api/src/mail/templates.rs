//! The emails' French texts.

use super::html::escape;

/// A composed email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body.
    pub html: String,
}

pub(super) fn compose(
    subject: &str,
    greeting: &str,
    paragraphs: &[String],
    link_label: &str,
    link: &str,
) -> Composed {
    let text = format!(
        "{greeting}\n\n{}\n\n{link_label} : {link}\n\n— Mon Suivi Justice\n",
        paragraphs.join("\n\n")
    );
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"fr\"><body style=\"font-family:Marianne,Arial,sans-serif;color:#161616\">\
         <p>{}</p>{body}<p><a href=\"{}\" style=\"color:#000091\">{}</a></p><p>— Mon Suivi Justice</p></body></html>",
        escape(greeting),
        escape(link),
        escape(link_label),
    );
    Composed {
        subject: subject.to_owned(),
        text,
        html,
    }
}

/// Invitation to create an account (link valid 7 days).
pub fn invitation(first_name: &str, organization: &str, link: &str) -> Composed {
    compose(
        "Vous avez reçu une invitation de Mon Suivi Justice",
        &format!("Bonjour {first_name},"),
        &[
            format!(
                "Un compte Mon Suivi Justice vous attend au sein du service « {organization} »."
            ),
            "Choisissez votre mot de passe en suivant le lien ci-dessous, valable 7 jours."
                .to_owned(),
        ],
        "Créer mon compte",
        link,
    )
}

/// Link to choose a new password (valid 6 hours).
pub fn password_reset(first_name: &str, link: &str) -> Composed {
    compose(
        "Réinitialisation de votre mot de passe Mon Suivi Justice",
        &format!("Bonjour {first_name},"),
        &[
            "Vous avez demandé à changer votre mot de passe. Le lien ci-dessous est valable 6 heures.".to_owned(),
            "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé."
                .to_owned(),
        ],
        "Choisir un nouveau mot de passe",
        link,
    )
}

#[cfg(test)]
mod tests {
    use super::invitation;

    #[test]
    fn bodies_carry_the_link_and_escape_names() {
        let email = invitation("<Jo>", "SPIP 75", "https://msj.example.fr/invitation/abc");
        assert!(email.text.contains("https://msj.example.fr/invitation/abc"));
        assert!(email.html.contains("&lt;Jo&gt;"));
        assert!(
            email
                .html
                .contains("href=\"https://msj.example.fr/invitation/abc\"")
        );
    }
}
