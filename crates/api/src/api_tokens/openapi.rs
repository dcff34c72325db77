//! What the OpenAPI document says of tokens, added to the collected operations: the
//! `api_token` security scheme, on each operation a token may call the scope it needs (from
//! the same function the server applies) and the 429 answer, and the `Idempotency-Key` header
//! on every `POST`.

use msj_domain::access::api_tokens::required_scope;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::{Operation, ParameterBuilder, ParameterIn};
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{Object, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, Required};

use crate::idempotency::HEADER;

/// Name of the security scheme.
const SCHEME: &str = "api_token";

fn idempotency_key() -> utoipa::openapi::path::Parameter {
    ParameterBuilder::new()
        .name(HEADER)
        .parameter_in(ParameterIn::Header)
        .required(Required::False)
        .description(Some(
            "A key of your choice (1 to 255 visible ASCII characters, e.g. a UUID). The same request \
             sent again with the same key within 24 hours gets the first answer again, with \
             `Idempotent-Replayed: true`, and is not carried out twice. The same key with another \
             request: 422 `idempotency_key_reused`; while the first one still runs: 409 \
             `idempotency_key_in_progress`.",
        ))
        .schema(Some(Object::with_type(Type::String)))
        .build()
}

fn rate_limited() -> utoipa::openapi::Response {
    let seconds = HeaderBuilder::new()
        .schema(Some(Object::with_type(Type::Integer)))
        .description(Some("Seconds to wait."))
        .build();
    ResponseBuilder::new()
        .description(
            "`rate_limited`: the token made too many requests this minute (API tokens only).",
        )
        .header("Retry-After", seconds)
        .content(
            "application/problem+json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("Problem")))
                .build(),
        )
        .build()
}

fn document_operation(method: &str, path: &str, operation: &mut Operation) {
    if method == "POST" && path.starts_with("/api/v1/") {
        operation
            .parameters
            .get_or_insert_with(Vec::new)
            .push(idempotency_key().into());
    }
    let Some(scope) = required_scope(method, path) else {
        return;
    };
    if let Some(security) = operation.security.as_mut() {
        security.push(SecurityRequirement::new(SCHEME, [scope.key()]));
    }
    operation
        .responses
        .responses
        .entry("429".to_owned())
        .or_insert_with(|| rate_limited().into());
}

/// Adds the tokens' scheme, scopes, 429 answers and the `Idempotency-Key` header.
pub fn document(mut openapi: OpenApi) -> OpenApi {
    let scheme = HttpBuilder::new()
        .scheme(HttpAuthScheme::Bearer)
        .bearer_format("msj_…")
        .description(Some(
            "Integrator API token (`Authorization: Bearer msj_…`), created by an administrator under \
             « Jetons d'API ». It acts as its role in its service, within its scopes (listed on each \
             operation), at most `MSJ_API_TOKEN_RATE_LIMIT` requests a minute (600 by default).",
        ))
        .build();
    openapi
        .components
        .get_or_insert_with(Default::default)
        .add_security_scheme(SCHEME, SecurityScheme::Http(scheme));
    for (path, item) in &mut openapi.paths.paths {
        for (method, operation) in [
            ("GET", &mut item.get),
            ("POST", &mut item.post),
            ("PUT", &mut item.put),
            ("PATCH", &mut item.patch),
            ("DELETE", &mut item.delete),
        ] {
            if let Some(operation) = operation.as_mut() {
                document_operation(method, path, operation);
            }
        }
    }
    openapi
}
