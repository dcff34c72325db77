//! Probationers as the API shows them.

use msj_contract::auth::OrganizationSummary;
use msj_contract::convicts::Convict;
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_domain::phone::MobilePhone;
use uuid::Uuid;

use crate::ApiError;

/// The services following each of `ids`: (probationer, service summary).
pub async fn followers(
    conn: &mut AsyncPgConnection,
    ids: &[Uuid],
) -> Result<Vec<(Uuid, OrganizationSummary)>, ApiError> {
    Ok(msj_db::convicts::followers(conn, ids)
        .await?
        .into_iter()
        .map(|(convict, id, name, kind)| {
            (
                convict,
                OrganizationSummary {
                    id: id.to_string(),
                    name,
                    kind,
                },
            )
        })
        .collect())
}

/// The API view of a probationer followed by `organizations`.
pub fn convict(row: &ConvictRow, organizations: Vec<OrganizationSummary>) -> Convict {
    let phone = row
        .phone
        .as_deref()
        .and_then(|e164| MobilePhone::from_e164(e164).ok());
    Convict {
        id: row.id.to_string(),
        first_name: row.first_name.clone(),
        last_name: row.last_name.clone(),
        date_of_birth: row.date_of_birth,
        phone: row.phone.clone(),
        phone_display: phone.as_ref().map(MobilePhone::national_display),
        no_phone: row.no_phone,
        refused_phone: row.refused_phone,
        can_receive_sms: phone.is_some() && !row.no_phone && !row.refused_phone,
        appi_number: row.appi_number.clone(),
        city_id: row.city_id.map(|id| id.to_string()),
        homeless: row.homeless,
        lives_abroad: row.lives_abroad,
        japat: row.japat,
        archived: row.archived_at.is_some(),
        organizations,
        referent: None,
        pending_divestment: None,
        actions: None,
        portal: None,
    }
}
