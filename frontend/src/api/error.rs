//! Errors of API calls, and the French message shown for each.

use msj_contract::Problem;
use std::fmt;

/// Status used when no HTTP answer came back (network down, server unreachable).
const NO_ANSWER: u16 = 0;

/// A failed API call: the HTTP status (0 when the server could not be reached) and the
/// problem+json body, when the server sent one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status, or 0 when there was no answer.
    pub status: u16,
    /// The `application/problem+json` body, if any (boxed: errors travel in `Result`s).
    pub problem: Option<Box<Problem>>,
}

impl ApiError {
    /// The server could not be reached.
    pub fn unreachable() -> Self {
        Self {
            status: NO_ANSWER,
            problem: None,
        }
    }

    /// An answer without a readable problem body.
    pub fn bare(status: u16) -> Self {
        Self {
            status,
            problem: None,
        }
    }

    /// Whether no answer came back at all.
    pub fn is_unreachable(&self) -> bool {
        self.status == NO_ANSWER
    }

    /// The stable problem code (`invalid_credentials`, `session_expired`, …), if any.
    pub fn code(&self) -> Option<&str> {
        self.problem.as_ref().map(|problem| problem.code.as_str())
    }

    /// French messages of the field errors at `pointer` (e.g. `/password`).
    pub fn field_errors(&self, pointer: &str) -> Vec<String> {
        self.problem
            .iter()
            .flat_map(|problem| &problem.errors)
            .filter(|error| error.pointer == pointer)
            .map(|error| error.detail.clone())
            .collect()
    }

    /// The message for the person using the application, in French: the problem's detail
    /// followed by the reasons of its field errors (a summary for fields the form does not
    /// show, such as a slot taken in the meantime).
    pub fn message(&self) -> String {
        match &self.problem {
            Some(problem) if !problem.detail.trim().is_empty() => {
                let reasons = problem.errors.iter().map(|error| error.detail.as_str());
                std::iter::once(problem.detail.as_str())
                    .chain(reasons.filter(|reason| *reason != problem.detail))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
            _ => fallback_message(self.status).to_owned(),
        }
    }
}

fn fallback_message(status: u16) -> &'static str {
    match status {
        NO_ANSWER => "Le service est injoignable. Vérifiez votre connexion et réessayez.",
        200..=299 => "Le service a répondu de façon inattendue. Réessayez dans quelques instants.",
        400 | 422 => "Un ou plusieurs champs sont invalides.",
        401 => "Votre session est expirée, veuillez vous reconnecter pour continuer.",
        403 => "Vous n'avez pas les droits nécessaires pour effectuer cette action.",
        404 => "La page ou l'élément demandé est introuvable.",
        409 => "Les données ont changé entre-temps. Rechargez la page et réessayez.",
        410 => "Ce lien a expiré.",
        429 => "Trop de tentatives. Patientez quelques minutes avant de réessayer.",
        500..=599 => "Le service a rencontré une erreur. Réessayez dans quelques instants.",
        _ => "Une erreur est survenue. Réessayez dans quelques instants.",
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message())
    }
}

impl std::error::Error for ApiError {}
