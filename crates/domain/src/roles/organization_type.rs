//! The two kinds of services: probation services (SPIP) and courts (TJ).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{Role, RoleError};

/// Type of an organisation ("service").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationType {
    /// Service pénitentiaire d'insertion et de probation (or one of its antennas).
    Spip,
    /// Tribunal judiciaire: hosts the BEX and the SAP.
    Tj,
}

impl OrganizationType {
    /// Both types, SPIP first.
    pub const ALL: [Self; 2] = [Self::Spip, Self::Tj];

    /// Stable key, as in the API (`spip`, `tj`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Spip => "spip",
            Self::Tj => "tj",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Spip => "SPIP",
            Self::Tj => "TJ",
        }
    }

    /// Role given to a new agent of a service of this type when none is chosen.
    pub fn default_role(self) -> Role {
        match self {
            Self::Spip => Role::Cpip,
            Self::Tj => Role::GreffSap,
        }
    }
}

impl fmt::Display for OrganizationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for OrganizationType {
    type Err = RoleError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.key() == s)
            .ok_or_else(|| RoleError::UnknownOrganizationType(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_from_str_and_serde() {
        for kind in OrganizationType::ALL {
            assert_eq!(kind.key().parse::<OrganizationType>(), Ok(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.key()));
        }
        let err = "court".parse::<OrganizationType>().unwrap_err();
        assert_eq!(err.code(), "invalid_organization_type");
    }

    #[test]
    fn default_roles_fit_their_type() {
        assert_eq!(OrganizationType::Spip.default_role(), Role::Cpip);
        assert_eq!(OrganizationType::Tj.default_role(), Role::GreffSap);
        for kind in OrganizationType::ALL {
            assert!(kind.default_role().fits_organization_type(kind));
        }
    }
}
