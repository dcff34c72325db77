//! Access tokens: HS256 JWTs whose header names the signing key (`kid`), so that keys can
//! rotate. Expiry is checked against the server's [`Clock`](crate::clock::Clock). Agents' and
//! probationers' tokens carry different audiences: neither opens the other's endpoints.

use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use msj_domain::accounts::ACCESS_TOKEN_LIFETIME;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::config::JwtKeys;

/// Who a token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Agents (`msj-agent`): the subject is a user id.
    Agent,
    /// Probationers in their portal (`msj-portal`): the subject is a probationer id.
    Portal,
}

impl Audience {
    fn claim(self) -> &'static str {
        match self {
            Self::Agent => "msj-agent",
            Self::Portal => "msj-portal",
        }
    }
}

/// What an access token says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The agent's or the probationer's id.
    pub sub: Uuid,
    /// Audience (`msj-agent` or `msj-portal`).
    pub aud: String,
    /// Issue time (seconds since the epoch).
    pub iat: i64,
    /// Expiry (seconds since the epoch).
    pub exp: i64,
    /// Agents: the session (refresh-token family) the token was issued in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<Uuid>,
    /// Agents: the open impersonation the token acts in (`sub` is then the agent acted as).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imp: Option<Uuid>,
}

/// What an agent's access token carries beyond its validity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgentToken {
    /// The agent the token acts as.
    pub sub: Uuid,
    /// The session it belongs to, if issued by a sign-in or a refresh.
    pub sid: Option<Uuid>,
    /// The impersonation it belongs to, if any.
    pub imp: Option<Uuid>,
}

/// Signs an agent's access token for `user_id`, valid 15 minutes from `now`.
pub fn issue(
    keys: &JwtKeys,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<String, jsonwebtoken::errors::Error> {
    issue_agent(
        keys,
        AgentToken {
            sub: user_id,
            sid: None,
            imp: None,
        },
        now,
    )
}

/// Signs an agent's access token saying `token`, valid 15 minutes from `now`.
pub fn issue_agent(
    keys: &JwtKeys,
    token: AgentToken,
    now: DateTime<Utc>,
) -> Result<String, jsonwebtoken::errors::Error> {
    sign(keys, Audience::Agent, token, now)
}

/// Signs an access token of `audience` for `subject`, valid 15 minutes from `now`.
pub fn issue_for(
    keys: &JwtKeys,
    audience: Audience,
    subject: Uuid,
    now: DateTime<Utc>,
) -> Result<String, jsonwebtoken::errors::Error> {
    let token = AgentToken {
        sub: subject,
        sid: None,
        imp: None,
    };
    sign(keys, audience, token, now)
}

fn sign(
    keys: &JwtKeys,
    audience: Audience,
    token: AgentToken,
    now: DateTime<Utc>,
) -> Result<String, jsonwebtoken::errors::Error> {
    let key = keys
        .signing()
        .ok_or(jsonwebtoken::errors::ErrorKind::InvalidKeyFormat)?;
    let header = Header {
        kid: Some(key.kid.clone()),
        ..Header::new(Algorithm::HS256)
    };
    let claims = Claims {
        sub: token.sub,
        aud: audience.claim().to_owned(),
        iat: now.timestamp(),
        exp: (now + ACCESS_TOKEN_LIFETIME).timestamp(),
        sid: token.sid,
        imp: token.imp,
    };
    jsonwebtoken::encode(
        &header,
        &claims,
        &EncodingKey::from_secret(key.secret.expose_secret().as_bytes()),
    )
}

/// The agent a token speaks for, if it is signed by a known key, meant for agents and not
/// expired at `now`.
pub fn verify(keys: &JwtKeys, token: &str, now: DateTime<Utc>) -> Option<Uuid> {
    verify_for(keys, Audience::Agent, token, now)
}

/// What an agent's token says, if it is signed by a known key, meant for agents and not
/// expired at `now`.
pub fn verify_agent(keys: &JwtKeys, token: &str, now: DateTime<Utc>) -> Option<AgentToken> {
    decode(keys, Audience::Agent, token, now).map(|claims| AgentToken {
        sub: claims.sub,
        sid: claims.sid,
        imp: claims.imp,
    })
}

/// The subject of a token of `audience`, if it is signed by a known key and not expired at
/// `now`.
pub fn verify_for(
    keys: &JwtKeys,
    audience: Audience,
    token: &str,
    now: DateTime<Utc>,
) -> Option<Uuid> {
    decode(keys, audience, token, now).map(|claims| claims.sub)
}

fn decode(keys: &JwtKeys, audience: Audience, token: &str, now: DateTime<Utc>) -> Option<Claims> {
    let kid = jsonwebtoken::decode_header(token).ok()?.kid?;
    let key = keys.find(&kid)?;
    let mut validation = Validation::new(Algorithm::HS256);
    validation.validate_exp = false;
    validation.set_audience(&[audience.claim()]);
    validation.set_required_spec_claims(&["exp", "aud", "sub"]);
    let data = jsonwebtoken::decode::<Claims>(
        token,
        &DecodingKey::from_secret(key.secret.expose_secret().as_bytes()),
        &validation,
    )
    .ok()?;
    (data.claims.exp > now.timestamp()).then_some(data.claims)
}

#[cfg(test)]
mod tests;
