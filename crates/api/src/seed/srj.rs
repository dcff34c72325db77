//! A small extract of the SRJ referential for the demo services (and a few towns whose
//! services do not use MSJ).

use msj_db::AsyncPgConnection;

use super::id;
use crate::cities::import_srj;

/// SRJ structure (kind, name) → demo service.
const MAPPING: &[(&str, &str, &str)] = &[
    ("tj", "Tribunal judiciaire de Paris", "TJ Paris"),
    (
        "spip",
        "Service Pénitentiaire d'Insertion et de Probation de Paris",
        "SPIP 75",
    ),
    ("tj", "Tribunal judiciaire de Nanterre", "TJ Nanterre"),
    (
        "spip",
        "Service Pénitentiaire d'Insertion et de Probation des Hauts-de-Seine",
        "SPIP 92",
    ),
    (
        "spip",
        "Antenne de Boulogne-Billancourt",
        "SPIP 92 - Antenne de Boulogne",
    ),
    ("tj", "Tribunal judiciaire de Strasbourg", "TJ Strasbourg"),
    (
        "spip",
        "Service Pénitentiaire d'Insertion et de Probation du Bas-Rhin",
        "SPIP 67",
    ),
    ("tj", "Tribunal judiciaire de Cayenne", "TJ Cayenne"),
    (
        "spip",
        "Service Pénitentiaire d'Insertion et de Probation de la Guyane",
        "SPIP 973",
    ),
    (
        "tj",
        "Tribunal judiciaire de Saint-Denis de La Réunion",
        "TJ Saint-Denis de La Réunion",
    ),
    (
        "spip",
        "Service Pénitentiaire d'Insertion et de Probation de La Réunion",
        "SPIP 974",
    ),
];

/// Imports the extract and maps its structures to the demo services; returns the towns.
pub async fn seed(conn: &mut AsyncPgConnection) -> Result<usize, String> {
    let report = import_srj(conn, include_str!("srj_demo.csv").as_bytes(), |_| {}).await?;
    for (kind, structure, service) in MAPPING {
        let structure_id = msj_db::cities::upsert_structure(conn, kind, structure)
            .await
            .map_err(|e| e.to_string())?;
        msj_db::cities::map_structure(conn, structure_id, id(service))
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(report.lines / 2)
}
