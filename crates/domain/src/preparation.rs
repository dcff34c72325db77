//! What a person needs to prepare a convocation at a place (SPEC §7, « Préparer ma
//! convocation »): how to get there, the opening hours and what to bring.

use crate::field_problem::{FieldProblem, check_length};

/// Longest access and transport text.
pub const ACCESS_INFO_MAX: usize = 1000;
/// Longest opening-hours text.
pub const OPENING_HOURS_MAX: usize = 500;
/// Longest « what to bring » text.
pub const WHAT_TO_BRING_MAX: usize = 1000;

/// What to bring when the place says nothing else.
pub const DEFAULT_WHAT_TO_BRING: [&str; 4] = [
    "une pièce d'identité (carte d'identité, passeport ou titre de séjour) ;",
    "votre convocation (le courrier ou le SMS) ;",
    "les justificatifs demandés : domicile, travail ou formation, soins, ressources ;",
    "la décision de justice, si vous l'avez.",
];

/// Checks the three texts of a place (`None`: not given); every field at fault is listed.
pub fn check_preparation(
    access_info: Option<&str>,
    opening_hours: Option<&str>,
    what_to_bring: Option<&str>,
) -> Result<(), Vec<FieldProblem>> {
    let problems: Vec<FieldProblem> = [
        ("/access_info", access_info, ACCESS_INFO_MAX),
        ("/opening_hours", opening_hours, OPENING_HOURS_MAX),
        ("/what_to_bring", what_to_bring, WHAT_TO_BRING_MAX),
    ]
    .into_iter()
    .filter_map(|(pointer, text, max)| check_length(pointer, text?, max).err())
    .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The items to bring: the lines of the place's text, or the default list when it is empty.
pub fn what_to_bring(text: Option<&str>) -> Vec<String> {
    let lines: Vec<String> = text
        .unwrap_or_default()
        .lines()
        .map(|line| line.trim().trim_start_matches(['-', '•', '*']).trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    if lines.is_empty() {
        DEFAULT_WHAT_TO_BRING
            .iter()
            .map(|&item| item.to_owned())
            .collect()
    } else {
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_bounded() {
        assert!(check_preparation(Some("Métro 1"), None, Some("")).is_ok());
        let long = "x".repeat(OPENING_HOURS_MAX + 1);
        let problems = check_preparation(Some(&long), Some(&long), None).unwrap_err();
        let pointers: Vec<&str> = problems.iter().map(|p| p.pointer).collect();
        assert_eq!(pointers, ["/opening_hours"]);
        let longer = "x".repeat(ACCESS_INFO_MAX + 1);
        assert_eq!(
            check_preparation(Some(&longer), None, Some(&longer))
                .unwrap_err()
                .len(),
            2
        );
    }

    #[test]
    fn what_to_bring_defaults_to_the_usual_papers() {
        let default = what_to_bring(None);
        assert_eq!(default.len(), DEFAULT_WHAT_TO_BRING.len());
        assert!(default[0].contains("pièce d'identité"));
        assert_eq!(what_to_bring(Some(" \n ")), default);
        assert_eq!(
            what_to_bring(Some("- Carte Vitale\n\n• Attestation de la CAF")),
            ["Carte Vitale", "Attestation de la CAF"]
        );
    }
}
