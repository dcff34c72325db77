//! Sending requests: JSON bodies, the Bearer token, problem+json errors, and one
//! refresh-and-retry when an agent's call answers 401.

use super::{ApiError, refresh};
use crate::session::Session;
use gloo_net::http::{Method, RequestBuilder, Response};
use msj_contract::Problem;
use serde::{Serialize, de::DeserializeOwned};

/// Prefix of every API path.
const API_BASE: &str = "/api/v1";

/// Problem code of the answer to any call made before the security charter is accepted.
const CHARTER_NOT_ACCEPTED: &str = "security_charter_not_accepted";

/// Serializes a request body.
pub fn body<B: Serialize>(value: &B) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|_| ApiError::unreachable())
}

/// Reads a JSON answer.
pub async fn json<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let status = response.status();
    response
        .json::<T>()
        .await
        .map_err(|_| ApiError::bare(status))
}

/// Sends one request, with `token` as Bearer if given; never retries.
pub async fn send(
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> Result<Response, ApiError> {
    checked(attempt(method, path, token, body).await?).await
}

/// Sends a request as the signed-in agent. On 401 the session is refreshed once (the refresh
/// cookie) and the request sent again; a 403 `security_charter_not_accepted` marks the charter
/// as not accepted, so the guard sends the agent to `/charte`.
pub async fn send_as_agent(
    session: Session,
    method: Method,
    path: &str,
    body: Option<&str>,
) -> Result<Response, ApiError> {
    let mut response = attempt(method.clone(), path, session.token().as_deref(), body).await?;
    if response.status() == 401 {
        refresh::renew(session).await?;
        response = attempt(method, path, session.token().as_deref(), body).await?;
    }
    let result = checked(response).await;
    if let Err(error) = &result {
        if error.status == 401 {
            session.expire();
        } else if error.code() == Some(CHARTER_NOT_ACCEPTED) {
            session.require_charter();
        }
    }
    result
}

/// `POST path` with `file` as the body (its own content type) as the agent, the answer read
/// as JSON; on 401 the session is refreshed once and the file sent again.
pub async fn upload<T: DeserializeOwned>(
    session: Session,
    path: &str,
    file: &web_sys::File,
) -> Result<T, ApiError> {
    let send = |token: Option<String>| {
        let mut builder = RequestBuilder::new(&format!("{API_BASE}{path}"))
            .method(Method::POST)
            .header("Accept", "application/json")
            .header("Content-Type", "text/csv");
        if let Some(token) = token {
            builder = builder.header("Authorization", &format!("Bearer {token}"));
        }
        let request = builder.body(file.clone());
        async move {
            request
                .map_err(|_| ApiError::unreachable())?
                .send()
                .await
                .map_err(|_| ApiError::unreachable())
        }
    };
    let mut response = send(session.token()).await?;
    if response.status() == 401 {
        refresh::renew(session).await?;
        response = send(session.token()).await?;
    }
    json(checked(response).await?).await
}

async fn attempt(
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> Result<Response, ApiError> {
    let mut builder = RequestBuilder::new(&format!("{API_BASE}{path}"))
        .method(method)
        .header("Accept", "application/json");
    if let Some(token) = token {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    let request = match body {
        Some(json) => builder
            .header("Content-Type", "application/json")
            .body(json.to_owned()),
        None => builder.build(),
    };
    request
        .map_err(|_| ApiError::unreachable())?
        .send()
        .await
        .map_err(|_| ApiError::unreachable())
}

async fn checked(response: Response) -> Result<Response, ApiError> {
    if response.ok() {
        return Ok(response);
    }
    let problem = response.json::<Problem>().await.ok().map(Box::new);
    Err(ApiError {
        status: response.status(),
        problem,
    })
}

/// `GET path` as the agent, read as JSON.
pub async fn get<T: DeserializeOwned>(session: Session, path: &str) -> Result<T, ApiError> {
    json(send_as_agent(session, Method::GET, path, None).await?).await
}

/// `method path` with a JSON body as the agent, the answer read as JSON.
pub async fn call<B: Serialize, T: DeserializeOwned>(
    session: Session,
    method: Method,
    path: &str,
    request: &B,
) -> Result<T, ApiError> {
    let body = body(request)?;
    json(send_as_agent(session, method, path, Some(&body)).await?).await
}

/// `method path` with a JSON body as the agent, the answer ignored (204).
pub async fn act<B: Serialize>(
    session: Session,
    method: Method,
    path: &str,
    request: &B,
) -> Result<(), ApiError> {
    let body = body(request)?;
    send_as_agent(session, method, path, Some(&body))
        .await
        .map(drop)
}

/// A query string from `(name, value)` pairs, empty values left out, values URL-encoded.
pub fn query(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| {
            format!(
                "{name}={}",
                String::from(js_sys::encode_uri_component(value))
            )
        })
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
