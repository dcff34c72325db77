//! The scopes a token may be given: an area of the API and read or write access.

use serde::{Deserialize, Serialize};

/// An area of the API, as scopes divide it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApiArea {
    /// `convicts`, `history`.
    Convicts,
    /// `appointments`.
    Appointments,
    /// `slots`, `slot-templates`.
    Slots,
    /// `organizations`, `places`, `agendas`, `appointment-types`, `extra-fields`.
    Organizations,
    /// `divestments`.
    Divestments,
    /// `notifications`, `notification-templates`.
    Notifications,
    /// `cities`, `territories` (read only).
    Reference,
}

/// Reading (GET) or changing (POST, PUT, PATCH, DELETE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// `GET`.
    Read,
    /// `POST`, `PUT`, `PATCH`, `DELETE`.
    Write,
}

/// A scope: `area:read` or `area:write`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ApiScope {
    /// The area.
    pub area: ApiArea,
    /// The access.
    pub access: Access,
}

const fn scope(area: ApiArea, access: Access) -> ApiScope {
    ApiScope { area, access }
}

impl ApiScope {
    /// Every scope, in the order forms and documents list them, with its French description.
    pub const ALL: [(ApiScope, &'static str); 13] = [
        (
            scope(ApiArea::Convicts, Access::Read),
            "Lire les probationnaires et leur historique",
        ),
        (
            scope(ApiArea::Convicts, Access::Write),
            "Créer, modifier et archiver des probationnaires",
        ),
        (
            scope(ApiArea::Appointments, Access::Read),
            "Lire les convocations",
        ),
        (
            scope(ApiArea::Appointments, Access::Write),
            "Créer et faire évoluer des convocations",
        ),
        (
            scope(ApiArea::Slots, Access::Read),
            "Lire les créneaux et créneaux récurrents",
        ),
        (
            scope(ApiArea::Slots, Access::Write),
            "Gérer les créneaux et créneaux récurrents",
        ),
        (
            scope(ApiArea::Organizations, Access::Read),
            "Lire les services, lieux, agendas et types de convocation",
        ),
        (
            scope(ApiArea::Organizations, Access::Write),
            "Modifier les services, lieux et agendas",
        ),
        (
            scope(ApiArea::Divestments, Access::Read),
            "Lire les demandes de dessaisissement",
        ),
        (
            scope(ApiArea::Divestments, Access::Write),
            "Demander et répondre aux dessaisissements",
        ),
        (
            scope(ApiArea::Notifications, Access::Read),
            "Lire les SMS et leurs modèles",
        ),
        (
            scope(ApiArea::Notifications, Access::Write),
            "Modifier les modèles SMS",
        ),
        (
            scope(ApiArea::Reference, Access::Read),
            "Lire les données de référence (communes, territoires, jours fériés)",
        ),
    ];

    /// The key, e.g. `convicts:read`.
    pub fn key(self) -> String {
        let area = match self.area {
            ApiArea::Convicts => "convicts",
            ApiArea::Appointments => "appointments",
            ApiArea::Slots => "slots",
            ApiArea::Organizations => "organizations",
            ApiArea::Divestments => "divestments",
            ApiArea::Notifications => "notifications",
            ApiArea::Reference => "reference",
        };
        let access = match self.access {
            Access::Read => "read",
            Access::Write => "write",
        };
        format!("{area}:{access}")
    }

    /// The scope of the catalogue with this key.
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .map(|(scope, _)| *scope)
            .find(|scope| scope.key() == key.trim())
    }

    /// Its French description.
    pub fn label(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(scope, _)| *scope == self)
            .map_or("", |(_, label)| label)
    }
}

/// The scopes of `keys`, each once, in catalogue order; `Err` with the first unknown key, or
/// with an empty key when there is none at all.
pub fn parse_scopes(keys: &[String]) -> Result<Vec<ApiScope>, String> {
    let mut scopes = Vec::new();
    for key in keys {
        scopes.push(ApiScope::parse(key).ok_or_else(|| key.clone())?);
    }
    if scopes.is_empty() {
        return Err(String::new());
    }
    Ok(ApiScope::ALL
        .iter()
        .map(|(scope, _)| *scope)
        .filter(|scope| scopes.contains(scope))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        let mut keys: Vec<String> = ApiScope::ALL.iter().map(|(s, _)| s.key()).collect();
        for key in &keys {
            assert_eq!(ApiScope::parse(key).map(ApiScope::key).as_ref(), Some(key));
        }
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), ApiScope::ALL.len());
        assert!(
            ApiScope::ALL
                .iter()
                .all(|(scope, label)| scope.label() == *label)
        );
        assert_eq!(ApiScope::parse("reference:write"), None);
    }

    #[test]
    fn parsing_dedupes_orders_and_names_the_unknown() {
        let keys = ["slots:read", "convicts:read", "slots:read"].map(String::from);
        let scopes = parse_scopes(&keys).unwrap_or_default();
        let keys: Vec<String> = scopes.into_iter().map(ApiScope::key).collect();
        assert_eq!(keys, ["convicts:read", "slots:read"]);
        assert_eq!(
            parse_scopes(&["users:read".to_owned()]),
            Err("users:read".to_owned())
        );
        assert_eq!(parse_scopes(&[]), Err(String::new()));
    }
}
