//! The 19 agent roles, their keys and French labels.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::RoleError;

/// Role of an agent. One agent has exactly one role in exactly one organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Administrateur central: the national team, in any organisation.
    Admin,
    /// Administrateur local of one service (TJ or SPIP).
    LocalAdmin,
    /// Magistrat du parquet (BEX).
    Prosecutor,
    /// Agent BEX.
    Bex,
    /// Greffe correctionnel (BEX).
    GreffCo,
    /// Directeur de greffe BEX.
    DirGreffBex,
    /// Greffier du tribunal pour enfants (BEX).
    GreffTpe,
    /// Greffier CRPC, guilty-plea hearings (BEX).
    GreffCrpc,
    /// Greffier de cour d'appel (BEX).
    GreffCa,
    /// Juge de l'application des peines (SAP).
    Jap,
    /// Secrétariat SAP (SAP).
    SecretaryCourt,
    /// Greffe SAP (SAP).
    GreffSap,
    /// Directeur de greffe SAP (SAP).
    DirGreffSap,
    /// Directeur pénitentiaire d'insertion et de probation (SPIP).
    Dpip,
    /// Conseiller pénitentiaire d'insertion et de probation (SPIP).
    Cpip,
    /// Éducateur (SPIP).
    Educator,
    /// Psychologue (SPIP).
    Psychologist,
    /// Surveillant, electronic-monitoring team (SPIP).
    Overseer,
    /// Secrétariat SPIP (SPIP).
    SecretarySpip,
}

impl Role {
    /// Every role, in the order the UI lists them.
    pub const ALL: [Self; 19] = [
        Self::Admin,
        Self::LocalAdmin,
        Self::Jap,
        Self::Bex,
        Self::Prosecutor,
        Self::SecretaryCourt,
        Self::DirGreffBex,
        Self::GreffCo,
        Self::GreffTpe,
        Self::GreffCrpc,
        Self::GreffCa,
        Self::DirGreffSap,
        Self::GreffSap,
        Self::Dpip,
        Self::Cpip,
        Self::SecretarySpip,
        Self::Educator,
        Self::Psychologist,
        Self::Overseer,
    ];

    /// Stable key, as in the API (`local_admin`, `greff_sap`, …).
    pub fn key(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::LocalAdmin => "local_admin",
            Self::Prosecutor => "prosecutor",
            Self::Bex => "bex",
            Self::GreffCo => "greff_co",
            Self::DirGreffBex => "dir_greff_bex",
            Self::GreffTpe => "greff_tpe",
            Self::GreffCrpc => "greff_crpc",
            Self::GreffCa => "greff_ca",
            Self::Jap => "jap",
            Self::SecretaryCourt => "secretary_court",
            Self::GreffSap => "greff_sap",
            Self::DirGreffSap => "dir_greff_sap",
            Self::Dpip => "dpip",
            Self::Cpip => "cpip",
            Self::Educator => "educator",
            Self::Psychologist => "psychologist",
            Self::Overseer => "overseer",
            Self::SecretarySpip => "secretary_spip",
        }
    }

    /// French label shown in the UI.
    pub fn label(self) -> &'static str {
        match self {
            Self::Admin => "Administrateur central",
            Self::LocalAdmin => "Administrateur local",
            Self::Prosecutor => "Magistrat du parquet",
            Self::Bex => "Agent BEX",
            Self::GreffCo => "Greffe correctionnel",
            Self::DirGreffBex => "Directeur de greffe BEX",
            Self::GreffTpe => "Greffier TPE",
            Self::GreffCrpc => "Greffier CRPC",
            Self::GreffCa => "Greffier CA",
            Self::Jap => "JAP",
            Self::SecretaryCourt => "Secrétariat SAP",
            Self::GreffSap => "Greffe SAP",
            Self::DirGreffSap => "Directeur de greffe SAP",
            Self::Dpip => "DPIP",
            Self::Cpip => "CPIP",
            Self::Educator => "Éducateur",
            Self::Psychologist => "Psychologue",
            Self::Overseer => "Surveillant",
            Self::SecretarySpip => "Secrétariat SPIP",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Role {
    type Err = RoleError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|role| role.key() == s)
            .ok_or_else(|| RoleError::UnknownRole(s.to_owned()))
    }
}
