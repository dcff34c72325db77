//! Using a link sent by email (invitation, password reset): found, unused and not expired.

use actix_web::http::StatusCode;
use chrono::{DateTime, Utc};
use msj_db::AsyncPgConnection;
use msj_db::auth::user_tokens::{self, UserTokenRow};

use super::secret_token;
use crate::ApiError;

/// The unused link `token` of `purpose`, locked, or 404 `<purpose>_not_found` / 410
/// `<purpose>_expired`; it is marked used at once (the caller's transaction decides).
pub async fn consume(
    conn: &mut AsyncPgConnection,
    purpose: &'static str,
    token: &str,
    now: DateTime<Utc>,
) -> Result<UserTokenRow, ApiError> {
    let (not_found, expired, what) = match purpose {
        user_tokens::INVITATION => (
            "invitation_not_found",
            "invitation_expired",
            "Cette invitation",
        ),
        _ => (
            "reset_link_not_found",
            "reset_link_expired",
            "Ce lien de réinitialisation",
        ),
    };
    let row = user_tokens::find_unused_for_update(conn, purpose, &secret_token::digest(token))
        .await?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                not_found,
                format!("{what} n'existe pas ou a déjà été utilisé."),
            )
        })?;
    if now >= row.expires_at {
        return Err(ApiError::new(
            StatusCode::GONE,
            expired,
            format!("{what} a expiré : demandez-en un nouveau."),
        ));
    }
    user_tokens::mark_used(conn, row.id, now).await?;
    Ok(row)
}

/// Uses the link `token` of `purpose` to set the agent's password hash; returns the agent.
pub async fn set_password(
    conn: &mut AsyncPgConnection,
    purpose: &'static str,
    token: &str,
    hash: &str,
    now: DateTime<Utc>,
) -> Result<uuid::Uuid, ApiError> {
    let link = consume(conn, purpose, token, now).await?;
    msj_db::users::set_password(conn, link.user_id, hash, now).await?;
    Ok(link.user_id)
}
