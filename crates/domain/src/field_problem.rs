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
