//! APPI case numbers (the national probation software's identifier of a person).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

/// A refused APPI number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum AppiError {
    /// Neither 200/201/202 + 9 digits nor 199/200 + 5 digits, each optionally followed by
    /// one letter.
    #[error(
        "Numéro APPI invalide : 12 caractères commençant par 200, 201 ou 202, ou 8 caractères commençant par 199 ou 200, suivis éventuellement d'une lettre"
    )]
    Invalid,
}

impl AppiError {
    /// Stable snake_case code for the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid => "invalid_appi_number",
        }
    }
}

/// A valid APPI number, trimmed and upper-cased: `200` `201` or `202` followed by 9 digits,
/// or `199` or `200` followed by 5 digits; either optionally followed by a single letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AppiNumber(String);

impl AppiNumber {
    /// Normalises (trim, upper case) and validates `input`.
    pub fn parse(input: &str) -> Result<Self, AppiError> {
        let number = input.trim().to_uppercase();
        let digits = number
            .strip_suffix(|c: char| c.is_ascii_uppercase())
            .unwrap_or(&number);
        let valid = digits.bytes().all(|b| b.is_ascii_digit())
            && match digits.len() {
                12 => ["200", "201", "202"].iter().any(|p| digits.starts_with(p)),
                8 => ["199", "200"].iter().any(|p| digits.starts_with(p)),
                _ => false,
            };
        if valid {
            Ok(Self(number))
        } else {
            Err(AppiError::Invalid)
        }
    }

    /// The normalised number.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AppiNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for AppiNumber {
    type Err = AppiError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for AppiNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for AppiNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(input: &str) -> Result<String, AppiError> {
        AppiNumber::parse(input).map(|n| n.as_str().to_owned())
    }

    #[test]
    fn the_two_formats_with_an_optional_letter() {
        assert_eq!(parse("200123456789"), Ok("200123456789".into()));
        assert_eq!(parse("201123456789"), Ok("201123456789".into()));
        assert_eq!(parse(" 202123456789a "), Ok("202123456789A".into()));
        assert_eq!(parse("19912345"), Ok("19912345".into()));
        assert_eq!(parse("20012345b"), Ok("20012345B".into()));
    }

    #[test]
    fn anything_else_is_refused() {
        for input in [
            "",
            "203123456789",
            "19912345678",
            "199123456789",
            "2011234567",
            "20112345",
            "200123456789AB",
            "2001234567 89",
            "20012345É",
            "A20012345",
            "２００１２３４５",
        ] {
            assert_eq!(parse(input), Err(AppiError::Invalid), "{input}");
        }
        assert_eq!(AppiError::Invalid.code(), "invalid_appi_number");
    }

    #[test]
    fn serde_validates() {
        let number: AppiNumber = serde_json::from_str("\"20012345z\"").unwrap();
        assert_eq!(serde_json::to_string(&number).unwrap(), "\"20012345Z\"");
        assert!(serde_json::from_str::<AppiNumber>("\"123\"").is_err());
        assert_eq!(
            "19912345".parse::<AppiNumber>().unwrap().to_string(),
            "19912345"
        );
    }
}
