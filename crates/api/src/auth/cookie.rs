//! Refresh-token cookies: HttpOnly, SameSite=Strict, Secure whenever the public address is
//! https, each scoped to the paths of its own sessions: agents' to `/api/v1/auth` (kept for
//! the 60-minute idle timeout), probationers' to `/api/v1/portal/auth` (kept 30 days).

use actix_web::HttpRequest;
use actix_web::cookie::time::Duration;
use actix_web::cookie::{Cookie, SameSite};

/// One kind of refresh cookie.
#[derive(Debug, Clone, Copy)]
pub struct RefreshCookie {
    /// Cookie name.
    pub name: &'static str,
    /// The only path the browser sends it to.
    pub path: &'static str,
    /// How long the browser keeps it.
    pub max_age: Duration,
}

/// Agents' sessions.
pub const AGENT: RefreshCookie = RefreshCookie {
    name: "msj_refresh",
    path: "/api/v1/auth",
    max_age: Duration::minutes(60),
};

/// Probationers' sessions.
pub const PORTAL: RefreshCookie = RefreshCookie {
    name: "msj_portal_refresh",
    path: "/api/v1/portal/auth",
    max_age: Duration::days(30),
};

impl RefreshCookie {
    /// The cookie carrying `token`.
    pub fn with_token(self, token: String, secure: bool) -> Cookie<'static> {
        Cookie::build(self.name, token)
            .path(self.path)
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Strict)
            .max_age(self.max_age)
            .finish()
    }

    /// The cookie that erases it.
    pub fn cleared(self, secure: bool) -> Cookie<'static> {
        let mut cookie = self.with_token(String::new(), secure);
        cookie.make_removal();
        cookie
    }

    /// The refresh token sent by the browser, if any.
    pub fn read(self, request: &HttpRequest) -> Option<String> {
        request
            .cookie(self.name)
            .map(|cookie| cookie.value().to_owned())
            .filter(|value| !value.is_empty())
    }
}
