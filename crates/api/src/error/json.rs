//! A JSON body extractor whose refusals are precise: 415 when the body is not JSON, 413 past
//! 1 MiB, 400 when the JSON is malformed, 422 with a pointer to each field at fault (unknown
//! field, wrong type, missing field).

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::{FromRequest, HttpRequest, web};
use msj_contract::problem::FieldError;
use serde::de::DeserializeOwned;
use serde_json::error::Category;

use super::ApiError;

/// A request body parsed from JSON. Request types use `#[serde(deny_unknown_fields)]`.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|value| {
                let essence = value
                    .split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase();
                essence == "application/json" || essence.ends_with("+json")
            });
        let bytes = web::Bytes::from_request(request, payload);
        Box::pin(async move {
            if !is_json {
                return Err(ApiError::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "Le corps doit être du JSON (Content-Type: application/json).",
                ));
            }
            let bytes =
                bytes
                    .await
                    .map_err(|error| match error.as_response_error().status_code() {
                        StatusCode::PAYLOAD_TOO_LARGE => ApiError::new(
                            StatusCode::PAYLOAD_TOO_LARGE,
                            "payload_too_large",
                            "Le corps de la requête dépasse 1 Mio.",
                        ),
                        _ => ApiError::new(
                            StatusCode::BAD_REQUEST,
                            "unreadable_body",
                            "Le corps de la requête n'a pas pu être lu.",
                        ),
                    })?;
            parse(&bytes).map(JsonBody)
        })
    }
}

/// Parses `bytes` as a `T`, turning serde's errors into problem answers.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let pointer = pointer(error.path());
        let inner = error.into_inner();
        match inner.classify() {
            Category::Data => {
                ApiError::invalid_fields(vec![field_error(pointer, &inner.to_string())])
            }
            _ => ApiError::new(
                StatusCode::BAD_REQUEST,
                "malformed_json",
                format!(
                    "JSON mal formé (ligne {}, colonne {}).",
                    inner.line(),
                    inner.column()
                ),
            ),
        }
    })?;
    deserializer.end().map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "malformed_json",
            "JSON mal formé : contenu après la fin du document.",
        )
    })?;
    Ok(value)
}

fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.replace('~', "~0").replace('/', "~1")),
            Segment::Enum { .. } | Segment::Unknown => None,
        })
        .map(|token| format!("/{token}"))
        .collect()
}

/// The name between the first pair of backticks of a serde message (a missing field's path
/// stops at its parent object, so the name is taken from the message).
fn quoted(message: &str) -> Option<&str> {
    message.split('`').nth(1)
}

fn field_error(pointer: String, message: &str) -> FieldError {
    let (pointer, code, detail) = if message.starts_with("unknown field") {
        (pointer, "unknown_field", "Champ inconnu.")
    } else if message.starts_with("missing field") {
        let name = quoted(message).unwrap_or_default();
        (
            format!("{pointer}/{name}"),
            "missing_field",
            "Champ obligatoire manquant.",
        )
    } else if message.starts_with("invalid type") {
        (pointer, "invalid_type", "Type de valeur incorrect.")
    } else if message.starts_with("unknown variant") {
        (pointer, "invalid_value", "Valeur non reconnue.")
    } else {
        (pointer, "invalid_value", "Valeur invalide.")
    };
    FieldError {
        pointer,
        code: code.to_owned(),
        detail: detail.to_owned(),
    }
}

#[cfg(test)]
mod tests;
