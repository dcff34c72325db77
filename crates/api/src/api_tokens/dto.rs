//! Tokens as the API shows them (never the secret nor its digest).

use std::collections::HashMap;

use msj_contract::api_tokens::ApiToken;
use msj_contract::appointments::NamedRef;
use msj_db::AsyncPgConnection;
use msj_db::api_tokens::TokenWithAccount;
use uuid::Uuid;

use crate::ApiError;
use crate::users::role_label;

/// The views of `rows`, with their creators' names.
pub async fn tokens(
    conn: &mut AsyncPgConnection,
    rows: &[TokenWithAccount],
) -> Result<Vec<ApiToken>, ApiError> {
    let creators: Vec<Uuid> = rows
        .iter()
        .filter_map(|(token, _, _)| token.created_by)
        .collect();
    let names: HashMap<Uuid, String> = msj_db::api_tokens::names(conn, &creators)
        .await?
        .into_iter()
        .map(|(id, first, last)| (id, format!("{first} {last}")))
        .collect();
    Ok(rows
        .iter()
        .map(|(token, user, organization)| ApiToken {
            id: token.id.to_string(),
            name: token.name.clone(),
            prefix: token.prefix.clone(),
            organization: NamedRef {
                id: organization.id.to_string(),
                name: organization.name.clone(),
            },
            role: user.role.clone(),
            role_label: role_label(&user.role),
            scopes: token.scopes.clone(),
            created_by: token.created_by.and_then(|id| {
                names.get(&id).map(|name| NamedRef {
                    id: id.to_string(),
                    name: name.clone(),
                })
            }),
            created_at: token.created_at,
            expires_at: token.expires_at,
            last_used_at: token.last_used_at,
            revoked_at: token.revoked_at,
        })
        .collect())
}
