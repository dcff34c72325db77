//! A new town moves the follow-up (features §2.8): when an agent changes a probationer's town,
//! the services of the new town ask for them — its TJ, or its SPIP when it has no TJ.

use chrono::{DateTime, Utc};
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_db::divestments::DivestmentRow;
use msj_domain::divestments::town_requester;
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::create::{Asked, request};
use crate::ApiError;

/// The transfer a change of town from `previous_city_id` calls for, if any: none for a JAPAT
/// probationer, a town without services in MSJ, or services that already follow the person
/// alone (see [`request`]).
pub async fn after_town_change(
    conn: &mut AsyncPgConnection,
    convict: &ConvictRow,
    previous_city_id: Option<Uuid>,
    requester: (Uuid, Role),
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<Option<DivestmentRow>, ApiError> {
    let Some(city) = convict
        .city_id
        .filter(|city| Some(*city) != previous_city_id)
    else {
        return Ok(None);
    };
    if convict.japat {
        return Ok(None);
    }
    let services = msj_db::cities::services_of(conn, city)
        .await?
        .unwrap_or_default();
    let typed: Vec<(Uuid, OrganizationType)> = services
        .iter()
        .filter_map(|(id, kind)| Some((*id, kind.parse().ok()?)))
        .collect();
    let Some(target) = town_requester(&typed) else {
        return Ok(None);
    };
    let destinations: Vec<Uuid> = services.iter().map(|(id, _)| *id).collect();
    let asked = Asked {
        target,
        destinations: &destinations,
        requester,
        previous_city_id,
    };
    request(conn, convict, &asked, public_url, now).await
}
