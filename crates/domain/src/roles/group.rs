//! Role groups: the families that drive permissions.

use serde::{Deserialize, Serialize};

use super::Role;

/// Family of a role (features §1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleGroup {
    /// The national administrators.
    Admin,
    /// The administrator of one service.
    LocalAdmin,
    /// Bureau de l'exécution des peines (in a TJ).
    Bex,
    /// Service de l'application des peines (in a TJ).
    Sap,
    /// Probation service staff.
    Spip,
}

impl RoleGroup {
    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Admin => "Administration centrale",
            Self::LocalAdmin => "Administration locale",
            Self::Bex => "BEX",
            Self::Sap => "SAP",
            Self::Spip => "SPIP",
        }
    }
}

impl Role {
    /// The family this role belongs to.
    pub fn group(self) -> RoleGroup {
        match self {
            Self::Admin => RoleGroup::Admin,
            Self::LocalAdmin => RoleGroup::LocalAdmin,
            Self::Prosecutor
            | Self::Bex
            | Self::GreffCo
            | Self::DirGreffBex
            | Self::GreffTpe
            | Self::GreffCrpc
            | Self::GreffCa => RoleGroup::Bex,
            Self::Jap | Self::SecretaryCourt | Self::GreffSap | Self::DirGreffSap => RoleGroup::Sap,
            Self::Dpip
            | Self::Cpip
            | Self::Educator
            | Self::Psychologist
            | Self::Overseer
            | Self::SecretarySpip => RoleGroup::Spip,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(group: RoleGroup) -> Vec<&'static str> {
        Role::ALL
            .into_iter()
            .filter(|r| r.group() == group)
            .map(Role::key)
            .collect()
    }

    #[test]
    fn groups_match_the_reference_families() {
        assert_eq!(members(RoleGroup::Admin), ["admin"]);
        assert_eq!(members(RoleGroup::LocalAdmin), ["local_admin"]);
        assert_eq!(
            members(RoleGroup::Bex),
            [
                "bex",
                "prosecutor",
                "dir_greff_bex",
                "greff_co",
                "greff_tpe",
                "greff_crpc",
                "greff_ca"
            ]
        );
        assert_eq!(
            members(RoleGroup::Sap),
            ["jap", "secretary_court", "dir_greff_sap", "greff_sap"]
        );
        assert_eq!(
            members(RoleGroup::Spip),
            [
                "dpip",
                "cpip",
                "secretary_spip",
                "educator",
                "psychologist",
                "overseer"
            ]
        );
    }

    #[test]
    fn serde_keys_are_snake_case() {
        let json = serde_json::to_string(&RoleGroup::LocalAdmin).unwrap();
        assert_eq!(json, "\"local_admin\"");
        assert_eq!(RoleGroup::Sap.label(), "SAP");
    }
}
