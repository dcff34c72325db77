//! Errors about territories and their time zones.

use thiserror::Error;

/// An unknown territory, or a time zone that does not belong to the territory.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TerritoryError {
    /// The text is not one of the 13 territory keys.
    #[error("Territoire inconnu : « {0} »")]
    UnknownTerritory(String),
    /// The time zone is not one of those offered for the territory.
    #[error("Le fuseau horaire « {zone} » n'est pas possible pour le territoire {territory}")]
    TimeZoneNotAllowed {
        /// The zone name as given.
        zone: String,
        /// French label of the territory.
        territory: &'static str,
    },
}

impl TerritoryError {
    /// Stable snake_case code for the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownTerritory(_) => "invalid_territory",
            Self::TimeZoneNotAllowed { .. } => "invalid_time_zone",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_messages() {
        let unknown = TerritoryError::UnknownTerritory("corse".into());
        assert_eq!(unknown.code(), "invalid_territory");
        assert_eq!(unknown.to_string(), "Territoire inconnu : « corse »");
        let zone = TerritoryError::TimeZoneNotAllowed {
            zone: "Europe/Paris".into(),
            territory: "Guyane",
        };
        assert_eq!(zone.code(), "invalid_time_zone");
    }
}
