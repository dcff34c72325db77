//! The territories: metropolitan France, Alsace-Moselle and the overseas territories.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::TerritoryError;

/// Territory of an organisation. It keys public holidays, the default time zone and the
/// default region of phone numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Territory {
    /// Metropolitan France, except Alsace-Moselle.
    Metropole,
    /// Bas-Rhin, Haut-Rhin and Moselle (two more public holidays).
    AlsaceMoselle,
    /// Guadeloupe.
    Guadeloupe,
    /// Martinique.
    Martinique,
    /// Guyane.
    Guyane,
    /// La Réunion.
    Reunion,
    /// Mayotte.
    Mayotte,
    /// Saint-Pierre-et-Miquelon.
    SaintPierreEtMiquelon,
    /// Nouvelle-Calédonie.
    NouvelleCaledonie,
    /// Polynésie française.
    PolynesieFrancaise,
    /// Wallis-et-Futuna.
    WallisEtFutuna,
    /// Saint-Martin.
    SaintMartin,
    /// Saint-Barthélemy.
    SaintBarthelemy,
}

impl Territory {
    /// Every territory, metropolitan ones first.
    pub const ALL: [Self; 13] = [
        Self::Metropole,
        Self::AlsaceMoselle,
        Self::Guadeloupe,
        Self::Martinique,
        Self::Guyane,
        Self::Reunion,
        Self::Mayotte,
        Self::SaintPierreEtMiquelon,
        Self::NouvelleCaledonie,
        Self::PolynesieFrancaise,
        Self::WallisEtFutuna,
        Self::SaintMartin,
        Self::SaintBarthelemy,
    ];

    /// Stable key, as in the API (`metropole`, `saint_pierre_et_miquelon`, …).
    pub fn key(self) -> &'static str {
        match self {
            Self::Metropole => "metropole",
            Self::AlsaceMoselle => "alsace_moselle",
            Self::Guadeloupe => "guadeloupe",
            Self::Martinique => "martinique",
            Self::Guyane => "guyane",
            Self::Reunion => "reunion",
            Self::Mayotte => "mayotte",
            Self::SaintPierreEtMiquelon => "saint_pierre_et_miquelon",
            Self::NouvelleCaledonie => "nouvelle_caledonie",
            Self::PolynesieFrancaise => "polynesie_francaise",
            Self::WallisEtFutuna => "wallis_et_futuna",
            Self::SaintMartin => "saint_martin",
            Self::SaintBarthelemy => "saint_barthelemy",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Metropole => "Métropole",
            Self::AlsaceMoselle => "Alsace-Moselle",
            Self::Guadeloupe => "Guadeloupe",
            Self::Martinique => "Martinique",
            Self::Guyane => "Guyane",
            Self::Reunion => "La Réunion",
            Self::Mayotte => "Mayotte",
            Self::SaintPierreEtMiquelon => "Saint-Pierre-et-Miquelon",
            Self::NouvelleCaledonie => "Nouvelle-Calédonie",
            Self::PolynesieFrancaise => "Polynésie française",
            Self::WallisEtFutuna => "Wallis-et-Futuna",
            Self::SaintMartin => "Saint-Martin",
            Self::SaintBarthelemy => "Saint-Barthélemy",
        }
    }
}

impl fmt::Display for Territory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Territory {
    type Err = TerritoryError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|territory| territory.key() == s)
            .ok_or_else(|| TerritoryError::UnknownTerritory(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_thirteen_of_the_spec() {
        let keys: Vec<_> = Territory::ALL.iter().map(|t| t.key()).collect();
        assert_eq!(
            keys.join(" "),
            "metropole alsace_moselle guadeloupe martinique guyane reunion mayotte \
             saint_pierre_et_miquelon nouvelle_caledonie polynesie_francaise wallis_et_futuna \
             saint_martin saint_barthelemy"
        );
    }

    #[test]
    fn keys_round_trip_through_from_str_and_serde() {
        for territory in Territory::ALL {
            assert_eq!(territory.key().parse::<Territory>(), Ok(territory));
            assert_eq!(territory.to_string(), territory.key());
            let json = serde_json::to_string(&territory).unwrap();
            assert_eq!(json, format!("\"{}\"", territory.key()));
            assert_eq!(serde_json::from_str::<Territory>(&json).unwrap(), territory);
        }
        assert_eq!(
            "corse".parse::<Territory>().unwrap_err().code(),
            "invalid_territory"
        );
    }

    #[test]
    fn labels_are_french() {
        assert_eq!(Territory::Reunion.label(), "La Réunion");
        assert_eq!(Territory::SaintBarthelemy.label(), "Saint-Barthélemy");
    }
}
