//! Writing one person of an APPI export: created, or added to the target service when
//! already known by their APPI number (domain §8.4).

use chrono::{DateTime, Utc};
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_domain::imports::appi::{AppiPerson, attach_on_create, attach_to_existing};
use msj_domain::roles::OrganizationType;
use uuid::Uuid;

use super::Importer;
use crate::ApiError;
use crate::auth::secret_token;

/// What became of one line.
pub(super) enum Outcome {
    /// A new probationer.
    Created,
    /// A known probationer now followed by the target service.
    Updated,
    /// Nothing to do, and why.
    Skipped(String),
    /// Not imported, and why.
    Rejected(String),
}

/// Writes `person` into `target` (with the services `linked` to it); call inside the line's
/// own transaction.
pub(super) async fn write(
    conn: &mut AsyncPgConnection,
    person: &AppiPerson,
    target: (Uuid, OrganizationType),
    linked: &[Uuid],
    importer: &Importer,
    now: DateTime<Utc>,
) -> Result<Outcome, ApiError> {
    if let Some(known) =
        msj_db::convicts::find_by_appi_for_update(conn, &person.appi_number).await?
    {
        let followed: Vec<(Uuid, OrganizationType)> =
            msj_db::convicts::followers(conn, &[known.id])
                .await?
                .into_iter()
                .filter_map(|(_, id, _, kind)| kind.parse().ok().map(|kind| (id, kind)))
                .collect();
        if !attach_to_existing(&followed, target, linked) {
            return Ok(Outcome::Skipped(format!(
                "Numéro APPI {} déjà connu : rien à changer.",
                person.appi_number
            )));
        }
        msj_db::convicts::attach(conn, known.id, &[target.0], now).await?;
        return Ok(Outcome::Updated);
    }
    let row = ConvictRow {
        id: Uuid::now_v7(),
        first_name: person.first_name.clone(),
        last_name: person.last_name.clone(),
        date_of_birth: person.date_of_birth,
        phone: None,
        no_phone: true,
        refused_phone: false,
        appi_number: Some(person.appi_number.clone()),
        city_id: None,
        homeless: false,
        lives_abroad: false,
        japat: false,
        referent_id: None,
        creating_organization_id: Some(target.0),
        created_by: importer.actor_id,
        opt_out_token: secret_token::short(8),
        archived_at: None,
        created_at: now,
        updated_at: now,
    };
    let services = attach_on_create(target.0, linked);
    Ok(
        match msj_db::convicts::insert(conn, &row, &services, now).await? {
            Some(_) => Outcome::Created,
            None => {
                Outcome::Rejected("Numéro APPI déjà utilisé par une autre personne.".to_owned())
            }
        },
    )
}
