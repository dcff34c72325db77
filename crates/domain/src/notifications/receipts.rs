//! Delivery receipts from the gateway (SPEC §4).

use chrono::{DateTime, TimeDelta, Utc};

/// A signed receipt is accepted only this close to now (replays are refused).
pub const RECEIPT_WINDOW: TimeDelta = TimeDelta::minutes(5);

/// What a receipt says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReceiptStatus {
    /// The phone received the message.
    Delivered,
    /// The network gave up.
    Failed,
}

impl ReceiptStatus {
    /// Reads `delivered` or `failed`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "delivered" => Some(Self::Delivered),
            "failed" => Some(Self::Failed),
            _ => None,
        }
    }

    /// The notification state it leads to.
    pub fn state(self) -> &'static str {
        match self {
            Self::Delivered => "delivered",
            Self::Failed => "failed",
        }
    }
}

/// Whether a signature made at `signed_at` may still be used at `now`.
pub fn within_window(signed_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    (now - signed_at).abs() <= RECEIPT_WINDOW
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_window() {
        assert_eq!(
            ReceiptStatus::parse("delivered").map(ReceiptStatus::state),
            Some("delivered")
        );
        assert_eq!(ReceiptStatus::parse("failed"), Some(ReceiptStatus::Failed));
        assert_eq!(ReceiptStatus::parse("lu"), None);
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        assert!(within_window(now - TimeDelta::minutes(5), now));
        assert!(!within_window(now - TimeDelta::minutes(6), now));
        assert!(!within_window(now + TimeDelta::minutes(6), now));
    }
}
