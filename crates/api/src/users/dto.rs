//! Agents as the API shows them, and loading the target of an action.

use msj_contract::users::User;
use msj_db::AsyncPgConnection;
use msj_db::users::UserRow;
use msj_domain::access::users::UserTarget;
use msj_domain::roles::Role;
use uuid::Uuid;

use crate::ApiError;

/// The API view of an agent.
pub fn user(row: &UserRow) -> User {
    User {
        id: row.id.to_string(),
        email: row.email.clone(),
        first_name: row.first_name.clone(),
        last_name: row.last_name.clone(),
        role: row.role.clone(),
        role_label: role_label(&row.role),
        organization_id: row.organization_id.to_string(),
        phone: row.phone.clone(),
        active: row.password_hash.is_some(),
        locked: row.locked_at.is_some(),
        deactivated: row.deactivated_at.is_some(),
    }
}

/// The French label of a role key (the key itself if unknown).
pub fn role_label(key: &str) -> String {
    key.parse::<Role>()
        .map_or_else(|_| key.to_owned(), |role| role.label().to_owned())
}

/// The agent `id` and what permissions need to know of them; 404 when absent or when it is
/// an API token's technical account (managed through `/api/v1/api-tokens` only).
pub async fn target(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> Result<(UserRow, UserTarget<Uuid>), ApiError> {
    let row = msj_db::users::find(conn, id)
        .await?
        .filter(|row| !row.api_client)
        .ok_or_else(ApiError::not_found)?;
    let role: Role = row.role.parse().map_err(ApiError::internal)?;
    let target = UserTarget {
        user_id: row.id,
        role,
        organization_id: row.organization_id,
    };
    Ok((row, target))
}
