//! Which scope a request needs: a pure function of its method and path, so that the server,
//! the OpenAPI document and the tests agree.
//!
//! Never open to tokens, whatever their scopes: `auth/*`, `security-charter`, `api-tokens`,
//! `users` (agent administration), `audit`, `home` (the agents' dashboard), `portal/*`,
//! `admin/*`, `sms/receipts` (the gateway's own signature), becoming or removing a
//! probationer's referent CPIP (a token is nobody's CPIP), merging probationers and imports
//! (back-office operations), and anything unknown.

use thiserror::Error;

use super::scopes::{Access, ApiArea, ApiScope};

/// Why a token may not make a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ScopeDenial {
    /// The route is never open to tokens.
    #[error("Cette opération n'est pas accessible avec un jeton d'API.")]
    ClosedToTokens,
    /// The token lacks the scope.
    #[error("Ce jeton d'API n'a pas la portée « {} » que demande cette opération.", .0.key())]
    Missing(ApiScope),
}

impl ScopeDenial {
    /// Stable snake_case code for the API.
    pub fn code(self) -> &'static str {
        match self {
            Self::ClosedToTokens => "closed_to_api_tokens",
            Self::Missing(_) => "scope_missing",
        }
    }
}

/// The area of a path's first segment under `/api/v1/`.
fn area(segments: &[&str]) -> Option<ApiArea> {
    match segments {
        ["convicts", _, "referent", ..] | ["convicts", "merge" | "merge-preview"] => None,
        ["convicts" | "history", ..] => Some(ApiArea::Convicts),
        ["appointments", ..] => Some(ApiArea::Appointments),
        ["slots" | "slot-templates", ..] => Some(ApiArea::Slots),
        [
            "organizations" | "places" | "agendas" | "appointment-types" | "extra-fields",
            ..,
        ] => Some(ApiArea::Organizations),
        ["divestments", ..] => Some(ApiArea::Divestments),
        ["notifications" | "notification-templates", ..] => Some(ApiArea::Notifications),
        ["cities" | "territories", ..] => Some(ApiArea::Reference),
        _ => None,
    }
}

/// The scope a `method` on `path` (the full path, `/api/v1/…`) needs, or `None` when tokens
/// may never make that request.
pub fn required_scope(method: &str, path: &str) -> Option<ApiScope> {
    let rest = path.strip_prefix("/api/v1/")?;
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    let access = match method {
        "GET" | "HEAD" => Access::Read,
        "POST" | "PUT" | "PATCH" | "DELETE" => Access::Write,
        _ => return None,
    };
    let scope = ApiScope {
        area: area(&segments)?,
        access,
    };
    ApiScope::parse(&scope.key())
}

/// Whether a token holding `granted` may make this request.
pub fn check_scope(granted: &[ApiScope], method: &str, path: &str) -> Result<(), ScopeDenial> {
    let needed = required_scope(method, path).ok_or(ScopeDenial::ClosedToTokens)?;
    if granted.contains(&needed) {
        Ok(())
    } else {
        Err(ScopeDenial::Missing(needed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(method: &str, path: &str) -> Option<String> {
        required_scope(method, path).map(ApiScope::key)
    }

    #[test]
    fn areas_and_methods_map_to_scopes() {
        assert_eq!(
            key("GET", "/api/v1/convicts").as_deref(),
            Some("convicts:read")
        );
        assert_eq!(
            key("POST", "/api/v1/convicts").as_deref(),
            Some("convicts:write")
        );
        assert_eq!(
            key("GET", "/api/v1/history").as_deref(),
            Some("convicts:read")
        );
        let cancel = "/api/v1/appointments/0190/cancel";
        assert_eq!(key("POST", cancel).as_deref(), Some("appointments:write"));
        assert_eq!(
            key("PATCH", "/api/v1/slot-templates/1").as_deref(),
            Some("slots:write")
        );
        assert_eq!(
            key("GET", "/api/v1/places").as_deref(),
            Some("organizations:read")
        );
        assert_eq!(
            key("DELETE", "/api/v1/extra-fields/3").as_deref(),
            Some("organizations:write")
        );
        let template = "/api/v1/notification-templates/a/b";
        assert_eq!(key("PUT", template).as_deref(), Some("notifications:write"));
        assert_eq!(
            key("GET", "/api/v1/cities").as_deref(),
            Some("reference:read")
        );
    }

    #[test]
    fn some_areas_are_never_open() {
        for (method, path) in [
            ("POST", "/api/v1/auth/login"),
            ("GET", "/api/v1/auth/me"),
            ("POST", "/api/v1/security-charter"),
            ("GET", "/api/v1/api-tokens"),
            ("DELETE", "/api/v1/api-tokens/1"),
            ("GET", "/api/v1/users"),
            ("POST", "/api/v1/users/invitations"),
            ("GET", "/api/v1/audit"),
            ("GET", "/api/v1/home"),
            ("POST", "/api/v1/convicts/1/referent"),
            ("DELETE", "/api/v1/convicts/1/referent"),
            ("GET", "/api/v1/convicts/merge-preview"),
            ("POST", "/api/v1/convicts/merge"),
            ("POST", "/api/v1/imports/appi"),
            ("POST", "/api/v1/users/1/impersonation"),
            ("POST", "/api/v1/cities"),
            ("OPTIONS", "/api/v1/convicts"),
            ("GET", "/health"),
            ("GET", "/api/v1/"),
        ] {
            assert_eq!(required_scope(method, path), None, "{method} {path}");
            assert_eq!(
                check_scope(&[], method, path),
                Err(ScopeDenial::ClosedToTokens)
            );
        }
    }

    #[test]
    fn a_missing_scope_is_named() {
        let read = ApiScope::parse("convicts:read")
            .into_iter()
            .collect::<Vec<_>>();
        assert_eq!(check_scope(&read, "GET", "/api/v1/convicts/1"), Ok(()));
        let denial = check_scope(&read, "POST", "/api/v1/convicts");
        assert_eq!(denial.map_err(ScopeDenial::code), Err("scope_missing"));
        let text = check_scope(&read, "PATCH", "/api/v1/convicts/1")
            .err()
            .map(|d| d.to_string());
        assert!(text.is_some_and(|t| t.contains("« convicts:write »")));
    }
}
