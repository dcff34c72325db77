//! Reading an alert from a request: trimmed fields checked by the domain rules, and a service
//! that exists.

use chrono::{DateTime, Utc};
use msj_contract::alerts::AlertInput;
use msj_db::AsyncPgConnection;
use msj_db::alerts::AlertChanges;
use msj_domain::alerts::check_alert;

use crate::ApiError;

/// The checked fields, at `now`.
pub async fn read(
    conn: &mut AsyncPgConnection,
    request: &AlertInput,
    now: DateTime<Utc>,
) -> Result<AlertChanges, ApiError> {
    let role = request
        .role
        .as_deref()
        .map(str::trim)
        .filter(|role| !role.is_empty());
    let (kind, role) = check_alert(&msj_domain::alerts::AlertInput {
        title: request.title.trim(),
        text: request.text.trim(),
        kind: request.kind.trim(),
        role,
    })?;
    let organization_id = match request
        .organization_id
        .as_deref()
        .filter(|id| !id.trim().is_empty())
    {
        Some(id) => Some(ApiError::parse_id("/organization_id", id.trim())?),
        None => None,
    };
    if let Some(id) = organization_id
        && msj_db::organizations::find(conn, id).await?.is_none()
    {
        return Err(ApiError::invalid_field(
            "/organization_id",
            "invalid_id",
            "Service inconnu.",
        ));
    }
    Ok(AlertChanges {
        title: request.title.trim().to_owned(),
        body: request.text.trim().to_owned(),
        kind: kind.key().to_owned(),
        organization_id,
        role: role.map(|role| role.key().to_owned()),
        updated_at: now,
    })
}
