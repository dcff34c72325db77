//! A field of a request that breaks a rule.

/// One field at fault: a JSON pointer into the request, a stable code and a French detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// JSON pointer, e.g. `/phone`.
    pub pointer: &'static str,
    /// Stable snake_case code.
    pub code: &'static str,
    /// French explanation.
    pub detail: String,
}

impl FieldProblem {
    /// A problem at `pointer`.
    pub fn new(pointer: &'static str, code: &'static str, detail: impl Into<String>) -> Self {
        Self {
            pointer,
            code,
            detail: detail.into(),
        }
    }
}

/// 422 `too_long` at `pointer` when `text` has more than `max` characters.
pub fn check_length(pointer: &'static str, text: &str, max: usize) -> Result<(), FieldProblem> {
    if text.chars().count() > max {
        return Err(FieldProblem::new(
            pointer,
            "too_long",
            format!("{max} caractères au plus."),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_length;

    #[test]
    fn lengths_count_characters() {
        assert!(check_length("/title", "éé", 2).is_ok());
        let problem = check_length("/title", "abc", 2).unwrap_err();
        assert_eq!((problem.pointer, problem.code), ("/title", "too_long"));
        assert_eq!(problem.detail, "2 caractères au plus.");
    }
}
