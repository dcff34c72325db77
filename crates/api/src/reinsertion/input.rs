//! Reading a resource from a request: trimmed fields checked by the domain rules, and the
//! service that keeps it.

use msj_contract::reinsertion::ReinsertionResourceInput;
use msj_db::AsyncPgConnection;
use msj_db::reinsertion::ResourceChanges;
use msj_domain::access::reinsertion::edit_resource;
use msj_domain::reinsertion::{ResourceInput, check_resource};
use uuid::Uuid;

use crate::ApiError;
use crate::auth::principal::AgentPrincipal;

fn optional(text: &Option<String>) -> Option<&str> {
    text.as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
}

/// The checked fields (at `now`), with the owning service: the one asked for, else `owner`
/// (the resource's, or the caller's for a new one). 403 unless the caller may keep
/// resources of that service.
pub async fn read(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    request: &ReinsertionResourceInput,
    owner: Uuid,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ResourceChanges, ApiError> {
    let organization_id = match request.organization_id.as_deref() {
        Some(id) => ApiError::parse_id("/organization_id", id)?,
        None => owner,
    };
    edit_resource(&agent.actor(), organization_id).into_result()?;
    let input = ResourceInput {
        title: request.title.trim(),
        category: request.category.trim(),
        description: request.description.trim(),
        url: optional(&request.url),
        phone: optional(&request.phone),
        address: optional(&request.address),
        departement: request.departement.trim(),
    };
    let (category, departement) = check_resource(&input)?;
    if msj_db::organizations::find(conn, organization_id)
        .await?
        .is_none()
    {
        return Err(ApiError::invalid_field(
            "/organization_id",
            "invalid_id",
            "Service inconnu.",
        ));
    }
    Ok(ResourceChanges {
        organization_id,
        departement: departement.to_owned(),
        category: category.key().to_owned(),
        title: input.title.to_owned(),
        description: input.description.to_owned(),
        url: input.url.map(str::to_owned),
        phone: input.phone.map(str::to_owned),
        address: input.address.map(str::to_owned),
        updated_at: now,
    })
}
