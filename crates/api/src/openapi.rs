//! The OpenAPI 3.1 document, collected from the annotated handlers.

use actix_web::App;
use utoipa::OpenApi;
use utoipa::openapi::OpenApi as Document;
use utoipa_actix_web::AppExt;

use crate::app::api_routes;

/// Title, description, tags and shared components; paths come from the handlers.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "MSJ API",
        description = "Convocations and SMS reminders for French probation services (SPIP) and courts (TJ).\n\n\
            JSON under `/api/v1`, snake_case fields, RFC 3339 timestamps, UUID ids. Errors are \
            `application/problem+json` with a stable `code` and a French `detail`; lists are paginated \
            with `?page=&per_page=` (at most 100).",
        license(name = "EUPL-1.2")
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Agent sign-in, sessions, invitations, password resets and the security charter."),
        (name = "users", description = "Agents of the services: invitations, lists, role changes, unlocking."),
        (name = "convicts", description = "Probationers: records, duplicates, the services that follow them."),
        (name = "organizations", description = "Services (SPIP, TJ), their places, agendas and the appointment types."),
        (name = "operations", description = "Liveness and readiness, for load balancers and monitoring."),
        (name = "reference", description = "Reference data: territories, time zones, public holidays."),
        (name = "divestments", description = "Transfers of a probationer between services (« dessaisissements »): requests, answers, lists."),
        (name = "portal", description = "The probationer portal: sign-in with a one-time SMS code (`portal` scheme: access tokens of the `msj-portal` audience, refused by every agent endpoint, as agent tokens are here), the probationer's convocations, profile and SMS preference; and the agents' invitation SMS and contact sharing."),
        (name = "reinsertion", description = "Reinsertion resources per département (employment, housing, health…), kept by each service's local admins and shown on the public pages « Investir ma réinsertion »."),
        (name = "alerts", description = "Broadcast alerts: written by the central admin for a service and/or a role, shown to the agents concerned until each marks them read."),
        (name = "place_moves", description = "Place moves (déménagements): the central admin moves a place to a new one of the same service from a date; agendas, recurring slots, slots and appointments from that date follow."),
        (name = "api_tokens", description = "Integrator API tokens: created for a service, a role and scopes by administrators; the secret is shown once."),
        (name = "stats", description = "Statistics of a service or of the country per month, appointment type, place and agent (convocations, attendance rates, SMS, delays), each table also as CSV; rebuilt every hour."),
        (name = "slots", description = "Slots of the sorties d'audience and SAP DDSE: weekly templates, their generation six months ahead, bulk creation, capacity and closing."),
    ),
    components(schemas(msj_contract::Problem, msj_contract::FieldError))
)]
struct Base;

/// Declares the `bearer` security scheme (the access token of `POST /api/v1/auth/login`) and
/// the `portal` one (the access token of `POST /api/v1/portal/auth/verify`).
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut Document) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("JWT")
            .build();
        let portal = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("JWT")
            .description(Some("Probationer access token (audience `msj-portal`)."))
            .build();
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
        components.add_security_scheme("portal", SecurityScheme::Http(portal));
    }
}

/// The document's skeleton, before the paths are added.
pub fn base() -> Document {
    Base::openapi()
}

/// The complete document, as served at `/api/openapi.json`.
pub fn document() -> Document {
    complete(
        App::new()
            .into_utoipa_app()
            .openapi(base())
            .configure(api_routes)
            .split_for_parts()
            .1,
    )
}

/// The collected document with what concerns every operation: API tokens' scopes and rate
/// limit, the `Idempotency-Key` header.
pub fn complete(document: Document) -> Document {
    crate::api_tokens::openapi::document(document)
}

/// The complete document as pretty JSON (`msj openapi`).
pub fn document_json() -> Result<String, serde_json::Error> {
    document().to_pretty_json()
}
