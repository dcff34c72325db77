//! The services and their open places, grouped by the département of each place's address.

use std::collections::BTreeMap;

use msj_db::AsyncPgConnection;
use msj_db::organizations::{OrganizationRow, PlaceRow};
use msj_domain::departements::DEPARTEMENTS;

use crate::ApiError;

/// A service and its places in one département.
pub type Entry = (OrganizationRow, Vec<PlaceRow>);

/// Index of the département in [`DEPARTEMENTS`] (their order; [`OTHERS`]: no known postal
/// code) → services, by name.
pub type Directory = BTreeMap<usize, Vec<Entry>>;

/// The key of the services without a place with a known postal code, listed last.
const OTHERS: usize = usize::MAX;

/// Every service with its open places; services without one come under [`OTHERS`].
pub async fn load(conn: &mut AsyncPgConnection) -> Result<Directory, ApiError> {
    let services = msj_db::organizations::list(conn, None).await?;
    let places = msj_db::organizations::list_places(conn, None).await?;
    let mut directory = Directory::new();
    for service in services {
        let mut by_departement: BTreeMap<usize, Vec<PlaceRow>> = BTreeMap::new();
        for place in places.iter().filter(|p| p.organization_id == service.id) {
            by_departement
                .entry(position(&place.address))
                .or_default()
                .push(place.clone());
        }
        if by_departement.is_empty() {
            by_departement.insert(OTHERS, Vec::new());
        }
        for (departement, places) in by_departement {
            directory
                .entry(departement)
                .or_default()
                .push((service.clone(), places));
        }
    }
    Ok(directory)
}

/// The index in [`DEPARTEMENTS`] of the département of `address`, else [`OTHERS`].
fn position(address: &str) -> usize {
    msj_domain::departements::of_address(address)
        .and_then(|code| DEPARTEMENTS.iter().position(|(known, _)| *known == code))
        .unwrap_or(OTHERS)
}

/// « 92 — Hauts-de-Seine » for a key of the directory.
pub fn heading(key: usize) -> String {
    DEPARTEMENTS
        .get(key)
        .map_or("Autres services".to_owned(), |(code, name)| {
            format!("{code} — {name}")
        })
}

/// The département code of a key of the directory.
pub fn code(key: usize) -> Option<&'static str> {
    DEPARTEMENTS.get(key).map(|(code, _)| *code)
}
