//! The transfer's state from its answers, and the answers after a refusal (domain §4.3
//! "Answering").

use super::{AnswerState, DivestmentState};

/// The transfer's state given every answer: refused as soon as one is refused, else pending
/// while one is pending, else accepted (ignored, accepted and auto-accepted are positive; no
/// answer at all is accepted too).
pub fn overall(answers: &[AnswerState]) -> DivestmentState {
    if answers.contains(&AnswerState::Refused) {
        DivestmentState::Refused
    } else if answers.iter().all(|answer| answer.is_positive()) {
        DivestmentState::Accepted
    } else {
        DivestmentState::Pending
    }
}

/// The answers once one refused: the still pending ones become ignored (comment
/// [`super::IGNORED_AFTER_REFUSAL`]), the others stay as they are.
pub fn after_refusal(answers: &[AnswerState]) -> Vec<AnswerState> {
    answers
        .iter()
        .map(|&answer| match answer {
            AnswerState::Pending => AnswerState::Ignored,
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use AnswerState::*;

    #[test]
    fn refusal_wins_then_pending() {
        assert_eq!(
            overall(&[Accepted, Refused, Pending]),
            DivestmentState::Refused
        );
        assert_eq!(overall(&[Accepted, Pending]), DivestmentState::Pending);
        assert_eq!(
            overall(&[Accepted, AutoAccepted, Ignored]),
            DivestmentState::Accepted
        );
        assert_eq!(overall(&[]), DivestmentState::Accepted);
    }

    #[test]
    fn a_refusal_ignores_the_pending_answers() {
        assert_eq!(
            after_refusal(&[Pending, Refused, Accepted, Pending]),
            [Ignored, Refused, Accepted, Ignored]
        );
    }
}
