//! The placeholders an SMS template may use, and the check of a template's text (SPEC §4,
//! domain §6.1).

use thiserror::Error;

/// Longest template text, in characters.
pub const MAX_TEMPLATE_CHARS: usize = 1000;

/// One of the values a template may insert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placeholder {
    /// `{rdv.date}`: « lundi 14 avril 2025 ».
    Date,
    /// `{rdv.heure}`: « 15h30 ».
    Time,
    /// `{lieu.nom}`: the place's name.
    PlaceName,
    /// `{lieu.adresse}`: the place's address.
    Address,
    /// `{lieu.téléphone}`: the place's phone, national format without spaces.
    Phone,
    /// `{lieu.contact}`: the phone or the e-mail, after the place's contact method.
    Contact,
    /// `{lieu.lien_info}`: the link to the place's public page.
    InfoLink,
}

impl Placeholder {
    /// Every placeholder, in the reference order.
    pub const ALL: [Self; 7] = [
        Self::Date,
        Self::Time,
        Self::PlaceName,
        Self::Address,
        Self::Phone,
        Self::Contact,
        Self::InfoLink,
    ];

    /// The token as written in a template, braces included.
    pub fn token(self) -> &'static str {
        match self {
            Self::Date => "{rdv.date}",
            Self::Time => "{rdv.heure}",
            Self::PlaceName => "{lieu.nom}",
            Self::Address => "{lieu.adresse}",
            Self::Phone => "{lieu.téléphone}",
            Self::Contact => "{lieu.contact}",
            Self::InfoLink => "{lieu.lien_info}",
        }
    }

    /// The placeholder written exactly as `token` (braces included), if any.
    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.token() == token)
    }
}

/// Why a template text is refused. Every case answers the API code `invalid_template`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TemplateError {
    /// Nothing but white space.
    #[error("Le texte du SMS est vide.")]
    Empty,
    /// More than [`MAX_TEMPLATE_CHARS`] characters.
    #[error("Le texte du SMS ne doit pas dépasser 1 000 caractères ({0} caractères).")]
    TooLong(usize),
    /// `{…}` tokens that are not placeholders, each once, in order of appearance.
    #[error("{} : {}", unknown_label(.0), .0.join(", "))]
    UnknownPlaceholders(Vec<String>),
    /// A `{` that no `}` closes.
    #[error("Une accolade « {{ » n'est pas refermée.")]
    UnclosedBrace,
}

impl TemplateError {
    /// Stable snake_case code for the API.
    pub fn code(&self) -> &'static str {
        "invalid_template"
    }
}

/// « Variable inconnue » or « Variables inconnues ».
fn unknown_label(tokens: &[String]) -> &'static str {
    if tokens.len() > 1 {
        "Variables inconnues"
    } else {
        "Variable inconnue"
    }
}

/// Checks a template text: not blank, at most [`MAX_TEMPLATE_CHARS`] characters, every `{…}`
/// one of the [`Placeholder`]s and every `{` closed. A lone `}` is plain text.
pub fn check_template(text: &str) -> Result<(), TemplateError> {
    if text.trim().is_empty() {
        return Err(TemplateError::Empty);
    }
    let characters = text.chars().count();
    if characters > MAX_TEMPLATE_CHARS {
        return Err(TemplateError::TooLong(characters));
    }
    let mut unknown: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(length) = rest[open..].find('}') else {
            if unknown.is_empty() {
                return Err(TemplateError::UnclosedBrace);
            }
            break;
        };
        let token = &rest[open..=open + length];
        if Placeholder::from_token(token).is_none() && !unknown.iter().any(|u| u == token) {
            unknown.push(token.to_owned());
        }
        rest = &rest[open + length + 1..];
    }
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(TemplateError::UnknownPlaceholders(unknown))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_accepted() {
        let all: Vec<_> = Placeholder::ALL.iter().map(|p| p.token()).collect();
        assert_eq!(check_template(&all.join(" ")), Ok(()));
        assert_eq!(check_template("Sans variable, accolade } seule."), Ok(()));
        assert_eq!(
            Placeholder::from_token("{lieu.téléphone}"),
            Some(Placeholder::Phone)
        );
        assert_eq!(Placeholder::from_token("{lieu.telephone}"), None);
    }

    #[test]
    fn unknown_tokens_are_all_listed_once() {
        let error =
            check_template("Le {rdv.date} au {rdv.lieu}, {nom}, {rdv.lieu} {}").unwrap_err();
        assert_eq!(error.code(), "invalid_template");
        assert_eq!(
            error.to_string(),
            "Variables inconnues : {rdv.lieu}, {nom}, {}"
        );
        let error = check_template("{rdv.{rdv.date}").unwrap_err();
        assert_eq!(error.to_string(), "Variable inconnue : {rdv.{rdv.date}");
        let error = check_template("{RDV.DATE} puis {rdv.heure").unwrap_err();
        assert_eq!(
            error,
            TemplateError::UnknownPlaceholders(vec!["{RDV.DATE}".into()])
        );
    }

    #[test]
    fn blank_long_and_unclosed_templates_are_refused() {
        assert_eq!(check_template(" \n"), Err(TemplateError::Empty));
        assert_eq!(check_template(&"é".repeat(1000)), Ok(()));
        let error = check_template(&"é".repeat(1001)).unwrap_err();
        assert_eq!(error, TemplateError::TooLong(1001));
        assert_eq!(error.code(), "invalid_template");
        assert_eq!(
            check_template("Le {rdv.date"),
            Err(TemplateError::UnclosedBrace)
        );
        assert_eq!(
            check_template("Le {rdv.date} {").unwrap_err().to_string(),
            "Une accolade « { » n'est pas refermée."
        );
    }
}
