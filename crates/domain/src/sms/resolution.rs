//! Which text and reminder delay apply: a service's copy, else the national default, else the
//! built-in text (domain §1.13, stored lazily: a service has a row only once it differs).

use crate::field_problem::FieldProblem;

/// Reminder delay when nothing else says: 2 days (every reference default).
pub const DEFAULT_REMINDER_DAYS: u8 = 2;

/// A stored template row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoredTemplate {
    /// Text; `None` follows the level above (a service's copy « par défaut »).
    pub text: Option<String>,
    /// Days between the reminder and the appointment; `None` follows the level above.
    pub reminder_days: Option<u8>,
}

/// Where the applied text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateSource {
    /// The text shipped with MSJ.
    BuiltIn,
    /// The national default edited by an admin.
    National,
    /// The service's own copy (« Personnalisé »).
    Organization,
}

impl TemplateSource {
    /// Stable key, as in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::BuiltIn => "built_in",
            Self::National => "national",
            Self::Organization => "organization",
        }
    }
}

/// The template that applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedTemplate {
    /// Text with placeholders.
    pub text: String,
    /// Days between the reminder and the appointment.
    pub reminder_days: u8,
    /// Where the text comes from.
    pub source: TemplateSource,
}

/// Resolves the service's copy over the national default over the built-in text.
pub fn resolve(
    built_in: &str,
    national: Option<&StoredTemplate>,
    own: Option<&StoredTemplate>,
) -> ResolvedTemplate {
    let own_text = own.and_then(|row| row.text.clone());
    let national_text = national.and_then(|row| row.text.clone());
    let (text, source) = match (own_text, national_text) {
        (Some(text), _) => (text, TemplateSource::Organization),
        (None, Some(text)) => (text, TemplateSource::National),
        (None, None) => (built_in.to_owned(), TemplateSource::BuiltIn),
    };
    let reminder_days = own
        .and_then(|row| row.reminder_days)
        .or_else(|| national.and_then(|row| row.reminder_days))
        .unwrap_or(DEFAULT_REMINDER_DAYS);
    ResolvedTemplate {
        text,
        reminder_days,
        source,
    }
}

/// Checks a reminder delay: 1 or 2 days (24 h or 48 h).
pub fn check_reminder_days(days: u8) -> Result<u8, FieldProblem> {
    if matches!(days, 1 | 2) {
        Ok(days)
    } else {
        Err(FieldProblem::new(
            "/reminder_days",
            "invalid_reminder_days",
            "Le rappel part 1 ou 2 jours avant la convocation.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(text: Option<&str>, days: Option<u8>) -> StoredTemplate {
        StoredTemplate {
            text: text.map(str::to_owned),
            reminder_days: days,
        }
    }

    #[test]
    fn own_over_national_over_built_in() {
        let built_in = resolve("A", None, None);
        assert_eq!(
            (
                built_in.text.as_str(),
                built_in.reminder_days,
                built_in.source
            ),
            ("A", 2, TemplateSource::BuiltIn)
        );
        let national = stored(Some("B"), Some(1));
        let resolved = resolve("A", Some(&national), None);
        assert_eq!(
            (
                resolved.text.as_str(),
                resolved.reminder_days,
                resolved.source
            ),
            ("B", 1, TemplateSource::National)
        );
        let follows = stored(None, Some(2));
        let resolved = resolve("A", Some(&national), Some(&follows));
        assert_eq!(
            (
                resolved.text.as_str(),
                resolved.reminder_days,
                resolved.source
            ),
            ("B", 2, TemplateSource::National),
            "an edit of the default propagates to copies that kept it"
        );
        let custom = stored(Some("C"), None);
        let resolved = resolve("A", Some(&national), Some(&custom));
        assert_eq!(
            (
                resolved.text.as_str(),
                resolved.reminder_days,
                resolved.source
            ),
            ("C", 1, TemplateSource::Organization)
        );
        assert!(check_reminder_days(3).is_err());
        assert_eq!(check_reminder_days(1), Ok(1));
    }
}
