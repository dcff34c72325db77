//! Comments of the answers: the fixed ones and the agent's (domain §1.17, §4.3).

use crate::field_problem::FieldProblem;

/// Comment of the answers auto-accepted at creation.
pub const AUTO_COMMENT: &str = "Demande de dessaisissement automatiquement acceptée";
/// Comment of the answers ignored at creation: nobody there can answer.
pub const IGNORED_COMMENT: &str = "Demande de dessaisissement ignorée";
/// Comment of the pending answers ignored because another service refused.
pub const IGNORED_AFTER_REFUSAL: &str = "ignorée car le dessaisissement a été refusé";
/// Comment of the answers auto-accepted by the daily run.
pub const TEN_DAYS_COMMENT: &str = "Accepté automatiquement après 10 jours d'attente";
/// Comment of the answers forced by a central administrator.
pub const ADMIN_COMMENT: &str = "Ce dessaisissement a été effectué par un administrateur.";
/// Longest comment of an answer.
pub const MAX_COMMENT_CHARS: usize = 120;

/// An agent's comment as stored: trimmed, `None` when blank, 120 characters at most.
pub fn check_comment(text: Option<&str>) -> Result<Option<String>, FieldProblem> {
    let Some(text) = text.map(str::trim).filter(|text| !text.is_empty()) else {
        return Ok(None);
    };
    if text.chars().count() > MAX_COMMENT_CHARS {
        return Err(FieldProblem::new(
            "/comment",
            "too_long",
            "120 caractères au plus.",
        ));
    }
    Ok(Some(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_trimmed_and_bounded() {
        assert_eq!(check_comment(None), Ok(None));
        assert_eq!(check_comment(Some("   ")), Ok(None));
        assert_eq!(
            check_comment(Some(" Suivi ici ")),
            Ok(Some("Suivi ici".to_owned()))
        );
        let longest = "é".repeat(MAX_COMMENT_CHARS);
        assert_eq!(check_comment(Some(&longest)), Ok(Some(longest.clone())));
        let problem = check_comment(Some(&format!("{longest}x"))).unwrap_err();
        assert_eq!((problem.pointer, problem.code), ("/comment", "too_long"));
    }
}
