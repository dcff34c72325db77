//! The kinds of alert, as the DSFR shows them (`fr-alert--info`, `--success`, `--warning`).

use crate::field_problem::FieldProblem;

/// How an alert looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    /// Information.
    Info,
    /// Good news.
    Success,
    /// Warning.
    Warning,
}

impl AlertKind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [Self; 3] = [Self::Info, Self::Success, Self::Warning];

    /// Stable key (`info`, `success`, `warning`), also the DSFR modifier.
    pub fn key(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Success => "success",
            Self::Warning => "warning",
        }
    }

    /// French name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Info => "Information",
            Self::Success => "Succès",
            Self::Warning => "Avertissement",
        }
    }

    /// The kind of `key`, or 422 `invalid_kind` at `/kind`.
    pub fn parse(key: &str) -> Result<Self, FieldProblem> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.key() == key)
            .ok_or_else(|| {
                FieldProblem::new(
                    "/kind",
                    "invalid_kind",
                    "Type inconnu : info, success ou warning.",
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for kind in AlertKind::ALL {
            assert_eq!(AlertKind::parse(kind.key()), Ok(kind));
        }
        assert_eq!(AlertKind::parse("error").unwrap_err().code, "invalid_kind");
    }
}
