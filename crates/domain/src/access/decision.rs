//! The answer to "may this actor do this to this object?".

use super::DenialReason;

/// A permission decision about one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The action may proceed.
    Allowed,
    /// The action is refused, for this reason.
    Denied(DenialReason),
}

impl Decision {
    /// [`Decision::Allowed`] when `condition` holds, else denied with `reason`.
    pub fn allow_if(condition: bool, reason: DenialReason) -> Self {
        if condition {
            Self::Allowed
        } else {
            Self::Denied(reason)
        }
    }

    /// Whether the action may proceed.
    pub fn is_allowed(self) -> bool {
        self == Self::Allowed
    }

    /// The decision as a `Result`, for `?` in handlers.
    pub fn into_result(self) -> Result<(), DenialReason> {
        match self {
            Self::Allowed => Ok(()),
            Self::Denied(reason) => Err(reason),
        }
    }

    /// This decision if denied, else the `next` one: checks in order, the first refusal wins.
    pub fn and_then(self, next: impl FnOnce() -> Self) -> Self {
        match self {
            Self::Allowed => next(),
            Self::Denied(_) => self,
        }
    }
}

impl From<Result<(), DenialReason>> for Decision {
    fn from(result: Result<(), DenialReason>) -> Self {
        match result {
            Ok(()) => Self::Allowed,
            Err(reason) => Self::Denied(reason),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_if_and_result() {
        let allowed = Decision::allow_if(true, DenialReason::Forbidden);
        assert!(allowed.is_allowed());
        assert_eq!(allowed.into_result(), Ok(()));
        let denied = Decision::allow_if(false, DenialReason::OutOfScope);
        assert!(!denied.is_allowed());
        assert_eq!(denied.into_result(), Err(DenialReason::OutOfScope));
        assert_eq!(Decision::from(denied.into_result()), denied);
    }

    #[test]
    fn and_then_keeps_the_first_refusal() {
        let first = Decision::Denied(DenialReason::Forbidden);
        let second = || Decision::Denied(DenialReason::OutOfScope);
        assert_eq!(first.and_then(second), first);
        assert_eq!(Decision::Allowed.and_then(second), second());
        assert!(
            Decision::Allowed
                .and_then(|| Decision::Allowed)
                .is_allowed()
        );
    }
}
