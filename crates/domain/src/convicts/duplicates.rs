//! Duplicate probationers (SPEC §1): a blocking duplicate, or a possible one the agent may
//! override.

/// Full names at least this similar (trigram similarity of their accent-free forms), with the
/// same date of birth, make a possible duplicate.
pub const SIMILARITY_THRESHOLD: f32 = 0.8;

/// Why a record may not be created as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuplicateVerdict {
    /// Same phone, same APPI number, or same names and date of birth without APPI numbers:
    /// 409 `duplicate`.
    Duplicate,
    /// Same date of birth and a similar name: 409 `possible_duplicate`, unless forced.
    PossibleDuplicate,
}

impl DuplicateVerdict {
    /// Stable code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Duplicate => "duplicate",
            Self::PossibleDuplicate => "possible_duplicate",
        }
    }
}

/// The verdict, given whether an exact and a similar match exist and whether the agent
/// confirmed (`force`) that this is another person.
pub fn duplicate_verdict(
    exact_match: bool,
    similar_match: bool,
    force: bool,
) -> Result<(), DuplicateVerdict> {
    match (exact_match, similar_match && !force) {
        (true, _) => Err(DuplicateVerdict::Duplicate),
        (false, true) => Err(DuplicateVerdict::PossibleDuplicate),
        (false, false) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn force_overrides_only_a_possible_duplicate() {
        assert_eq!(
            duplicate_verdict(true, false, true),
            Err(DuplicateVerdict::Duplicate)
        );
        assert_eq!(
            duplicate_verdict(false, true, false),
            Err(DuplicateVerdict::PossibleDuplicate)
        );
        assert_eq!(duplicate_verdict(false, true, true), Ok(()));
        assert_eq!(duplicate_verdict(false, false, false), Ok(()));
    }
}
