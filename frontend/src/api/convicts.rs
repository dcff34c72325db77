//! Probationers (`/api/v1/convicts`) and the towns of the SRJ referential (`/api/v1/cities`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::convicts::{Convict, ConvictPage, ConvictUpdate, NewConvict};
use msj_contract::reference::City;
use serde_json::Value;

/// Filters of the probationer list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConvictQuery {
    /// Free text (name, phone).
    pub text: String,
    /// Only those whose referent is the caller.
    pub mine: bool,
    /// Only those followed by the caller's jurisdiction (BEX).
    pub ressort: bool,
    /// Page number, from 1.
    pub page: i64,
}

/// `GET /convicts`: one page of 10.
pub async fn list(session: Session, query: ConvictQuery) -> Result<ConvictPage, ApiError> {
    let flag = |on: bool| if on { "true".to_owned() } else { String::new() };
    let path = format!(
        "/convicts{}",
        client::query(&[
            ("q", query.text.trim().to_owned()),
            ("mine", flag(query.mine)),
            ("ressort", flag(query.ressort)),
            ("page", query.page.max(1).to_string()),
            ("per_page", "10".to_owned()),
        ])
    );
    client::get(session, &path).await
}

/// `GET /convicts/{id}`: the record and its profile.
pub async fn get(session: Session, id: String) -> Result<Convict, ApiError> {
    client::get(session, &format!("/convicts/{id}")).await
}

/// `POST /convicts`.
pub async fn create(session: Session, request: NewConvict) -> Result<Convict, ApiError> {
    client::call(session, Method::POST, "/convicts", &request).await
}

/// `PATCH /convicts/{id}`.
pub async fn update(
    session: Session,
    id: String,
    request: ConvictUpdate,
) -> Result<Convict, ApiError> {
    client::call(session, Method::PATCH, &format!("/convicts/{id}"), &request).await
}

/// One of the record's actions: `archive`, `unarchive`, `referent` (POST or DELETE),
/// `sms/reactivate`; `None` deletes the record itself.
pub async fn act(
    session: Session,
    id: String,
    method: Method,
    action: Option<&str>,
) -> Result<(), ApiError> {
    let path = match action {
        Some(action) => format!("/convicts/{id}/{action}"),
        None => format!("/convicts/{id}"),
    };
    client::act(session, method, &path, &Value::Object(Default::default())).await
}

/// `GET /cities?q=`: towns whose name or postcode starts with `text`.
pub async fn cities(session: Session, text: String) -> Result<Vec<City>, ApiError> {
    client::get(
        session,
        &format!("/cities{}", client::query(&[("q", text)])),
    )
    .await
}
