//! A validated mobile phone number, held in E.164.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::numbering::FrenchMobile;
use super::{PhoneError, parse_mobile};
use crate::territories::Territory;

/// A mobile phone number accepted for SMS, in E.164 (`+33612345678`).
///
/// Built by [`parse_mobile`] or [`MobilePhone::from_e164`]; serialised as its E.164 string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MobilePhone {
    e164: String,
    /// Country code when it is a French one, `None` for a foreign number.
    pub(super) french_code: Option<&'static str>,
    fiction: bool,
}

impl MobilePhone {
    /// The number in E.164, as sent to the SMS gateway.
    pub fn e164(&self) -> &str {
        &self.e164
    }

    /// In the fiction range 06 39 98 xx xx (films, demos): never sent to a gateway.
    pub fn is_fiction(&self) -> bool {
        self.fiction
    }

    /// Reads a number stored in E.164. The text must already be the canonical form that
    /// [`parse_mobile`] produces.
    pub fn from_e164(e164: &str) -> Result<Self, PhoneError> {
        if !e164.starts_with('+') {
            return Err(PhoneError::Invalid);
        }
        let phone = parse_mobile(e164, Territory::Metropole)?;
        if phone.e164 == e164 {
            Ok(phone)
        } else {
            Err(PhoneError::Invalid)
        }
    }

    pub(super) fn french(mobile: FrenchMobile) -> Self {
        Self {
            e164: format!("+{}{}", mobile.code, mobile.significant),
            french_code: Some(mobile.code),
            fiction: mobile.fiction,
        }
    }

    pub(super) fn foreign(digits: &str) -> Self {
        Self {
            e164: format!("+{digits}"),
            french_code: None,
            fiction: false,
        }
    }
}

impl fmt::Display for MobilePhone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.e164)
    }
}

impl Serialize for MobilePhone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.e164)
    }
}

impl<'de> Deserialize<'de> for MobilePhone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::from_e164(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_e164_accepts_only_canonical_numbers() {
        let phone = MobilePhone::from_e164("+33612345678").unwrap();
        assert_eq!(phone.e164(), "+33612345678");
        assert_eq!(phone.to_string(), "+33612345678");
        assert_eq!(
            MobilePhone::from_e164("0612345678"),
            Err(PhoneError::Invalid)
        );
        assert_eq!(
            MobilePhone::from_e164("+33 6 12 34 56 78"),
            Err(PhoneError::Invalid)
        );
        assert_eq!(
            MobilePhone::from_e164("+33692123456"),
            Err(PhoneError::Invalid)
        );
        assert_eq!(
            MobilePhone::from_e164("+33123456789"),
            Err(PhoneError::NotMobile)
        );
    }

    #[test]
    fn serde_uses_the_e164_string() {
        let phone = MobilePhone::from_e164("+262692123456").unwrap();
        let json = serde_json::to_string(&phone).unwrap();
        assert_eq!(json, "\"+262692123456\"");
        assert_eq!(serde_json::from_str::<MobilePhone>(&json).unwrap(), phone);
        assert!(serde_json::from_str::<MobilePhone>("\"06 12 34 56 78\"").is_err());
    }
}
