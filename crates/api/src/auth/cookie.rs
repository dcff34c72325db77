//! The refresh-token cookie: HttpOnly, SameSite=Strict, scoped to `/api/v1/auth`, Secure
//! whenever the public address is https.

use actix_web::HttpRequest;
use actix_web::cookie::time::Duration;
use actix_web::cookie::{Cookie, SameSite};

/// Name of the cookie.
pub const NAME: &str = "msj_refresh";

/// The cookie carrying `token` (kept by the browser for the session's idle timeout).
pub fn with_token(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build(NAME, token)
        .path("/api/v1/auth")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(Duration::minutes(60))
        .finish()
}

/// The cookie that erases it.
pub fn cleared(secure: bool) -> Cookie<'static> {
    let mut cookie = with_token(String::new(), secure);
    cookie.make_removal();
    cookie
}

/// The refresh token sent by the browser, if any.
pub fn read(request: &HttpRequest) -> Option<String> {
    request
        .cookie(NAME)
        .map(|cookie| cookie.value().to_owned())
        .filter(|value| !value.is_empty())
}
