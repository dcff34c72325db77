//! IANA time zones of each territory (domain §7, with the proper zones instead of the
//! reference's stand-ins). Zone names work without the time-zone database; the
//! `chrono_tz::Tz` values need the `server` feature.

use super::{Territory, TerritoryError};

impl Territory {
    /// Zone given to a new organisation of this territory.
    pub fn default_time_zone(self) -> &'static str {
        self.allowed_time_zones()[0]
    }

    /// Zones an organisation of this territory may use; the default comes first.
    pub fn allowed_time_zones(self) -> &'static [&'static str] {
        match self {
            Self::Metropole | Self::AlsaceMoselle => &["Europe/Paris"],
            Self::Guadeloupe => &["America/Guadeloupe"],
            Self::Martinique => &["America/Martinique"],
            Self::Guyane => &["America/Cayenne"],
            Self::Reunion => &["Indian/Reunion"],
            Self::Mayotte => &["Indian/Mayotte"],
            Self::SaintPierreEtMiquelon => &["America/Miquelon"],
            Self::NouvelleCaledonie => &["Pacific/Noumea"],
            Self::PolynesieFrancaise => &["Pacific/Tahiti", "Pacific/Marquesas", "Pacific/Gambier"],
            Self::WallisEtFutuna => &["Pacific/Wallis"],
            Self::SaintMartin => &["America/Marigot"],
            Self::SaintBarthelemy => &["America/St_Barthelemy"],
        }
    }

    /// Checks that `zone` is allowed for this territory and returns its canonical name.
    pub fn check_time_zone(self, zone: &str) -> Result<&'static str, TerritoryError> {
        self.allowed_time_zones()
            .iter()
            .copied()
            .find(|allowed| *allowed == zone)
            .ok_or_else(|| TerritoryError::TimeZoneNotAllowed {
                zone: zone.to_owned(),
                territory: self.label(),
            })
    }

    /// The default zone as a `chrono_tz::Tz`.
    #[cfg(feature = "server")]
    pub fn time_zone(self) -> chrono_tz::Tz {
        use chrono_tz::{America, Europe, Indian, Pacific};
        match self {
            Self::Metropole | Self::AlsaceMoselle => Europe::Paris,
            Self::Guadeloupe => America::Guadeloupe,
            Self::Martinique => America::Martinique,
            Self::Guyane => America::Cayenne,
            Self::Reunion => Indian::Reunion,
            Self::Mayotte => Indian::Mayotte,
            Self::SaintPierreEtMiquelon => America::Miquelon,
            Self::NouvelleCaledonie => Pacific::Noumea,
            Self::PolynesieFrancaise => Pacific::Tahiti,
            Self::WallisEtFutuna => Pacific::Wallis,
            Self::SaintMartin => America::Marigot,
            Self::SaintBarthelemy => America::St_Barthelemy,
        }
    }

    /// Checks that `zone` is allowed for this territory and returns it as a `chrono_tz::Tz`.
    #[cfg(feature = "server")]
    pub fn resolve_time_zone(self, zone: &str) -> Result<chrono_tz::Tz, TerritoryError> {
        let name = self.check_time_zone(zone)?;
        name.parse()
            .map_err(|_| TerritoryError::TimeZoneNotAllowed {
                zone: zone.to_owned(),
                territory: self.label(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_proper_zones() {
        assert_eq!(Territory::Reunion.default_time_zone(), "Indian/Reunion");
        assert_eq!(
            Territory::WallisEtFutuna.default_time_zone(),
            "Pacific/Wallis"
        );
        assert_eq!(Territory::Guyane.default_time_zone(), "America/Cayenne");
        assert_eq!(
            Territory::PolynesieFrancaise.default_time_zone(),
            "Pacific/Tahiti"
        );
    }

    #[test]
    fn polynesia_allows_three_zones_and_others_one() {
        for territory in Territory::ALL {
            let expected = if territory == Territory::PolynesieFrancaise {
                3
            } else {
                1
            };
            assert_eq!(
                territory.allowed_time_zones().len(),
                expected,
                "{territory}"
            );
        }
        assert_eq!(
            Territory::PolynesieFrancaise.check_time_zone("Pacific/Gambier"),
            Ok("Pacific/Gambier")
        );
    }

    #[test]
    fn zones_of_another_territory_are_refused() {
        let err = Territory::Guyane
            .check_time_zone("Europe/Paris")
            .unwrap_err();
        assert_eq!(err.code(), "invalid_time_zone");
        assert!(
            Territory::Metropole
                .check_time_zone("Pacific/Marquesas")
                .is_err()
        );
    }

    #[cfg(feature = "server")]
    #[test]
    fn every_zone_name_parses_and_defaults_match() {
        for territory in Territory::ALL {
            for name in territory.allowed_time_zones() {
                let tz: chrono_tz::Tz = name.parse().unwrap();
                assert_eq!(tz.name(), *name);
                assert_eq!(territory.resolve_time_zone(name), Ok(tz));
            }
            let default: chrono_tz::Tz = territory.default_time_zone().parse().unwrap();
            assert_eq!(territory.time_zone(), default);
        }
        assert!(
            Territory::Reunion
                .resolve_time_zone("Europe/Samara")
                .is_err()
        );
    }
}
