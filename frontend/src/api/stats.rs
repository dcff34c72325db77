//! Statistics (`/api/v1/stats`) and their CSV files.

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::stats::Statistics;

/// `GET /stats?…` (`query` from [`super::query`]).
pub async fn statistics(session: Session, query: String) -> Result<Statistics, ApiError> {
    client::get(session, &format!("/stats{query}")).await
}

/// `GET /stats/{table}?…&format=csv`: the file's text.
pub async fn csv(session: Session, table: &str, query: String) -> Result<String, ApiError> {
    let separator = if query.is_empty() { '?' } else { '&' };
    let path = format!("/stats/{table}{query}{separator}format=csv");
    let response = client::send_as_agent(session, Method::GET, &path, None).await?;
    let status = response.status();
    response.text().await.map_err(|_| ApiError::bare(status))
}
