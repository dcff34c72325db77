//! Keys that sign access tokens, each with a key id (`kid`) so that keys can rotate.

use std::path::Path;

use secrecy::{ExposeSecret, SecretString};

use super::secrets::read_or_generate;
use super::vars::{ConfigError, optional};

/// Shortest secret accepted, in bytes.
const MIN_SECRET_LEN: usize = 32;

/// One HMAC key and its id.
#[derive(Debug, Clone)]
pub struct JwtKey {
    /// Key id written in the token header.
    pub kid: String,
    /// The secret.
    pub secret: SecretString,
}

/// The keys accepted for verification; the first one signs new tokens.
#[derive(Debug, Clone)]
pub struct JwtKeys(Vec<JwtKey>);

impl JwtKeys {
    /// Reads `MSJ_JWT_KEYS` (`kid:secret,kid:secret`, the first signs) or `MSJ_JWT_SECRET`
    /// (one key, id `main`). With `dev_data_dir`, a missing key is generated and kept there.
    pub fn from_env(
        get: &dyn Fn(&str) -> Option<String>,
        dev_data_dir: Option<&Path>,
    ) -> Result<Self, ConfigError> {
        if let Some(list) = optional(get, "MSJ_JWT_KEYS") {
            return list
                .split(',')
                .map(|pair| parse_pair(pair.trim()))
                .collect::<Result<Vec<_>, _>>()
                .map(Self);
        }
        let secret = match (optional(get, "MSJ_JWT_SECRET"), dev_data_dir) {
            (Some(secret), _) => secret,
            (None, Some(dir)) => {
                read_or_generate(&dir.join("secrets/jwt_secret")).map_err(|error| {
                    ConfigError::new(
                        "MSJ_JWT_SECRET",
                        format!("is not set and could not be generated: {error}"),
                    )
                })?
            }
            (None, None) => {
                return Err(ConfigError::new(
                    "MSJ_JWT_SECRET",
                    "is not set (nor MSJ_JWT_KEYS)",
                ));
            }
        };
        check_length("MSJ_JWT_SECRET", &secret)?;
        Ok(Self(vec![JwtKey {
            kid: "main".into(),
            secret: secret.into(),
        }]))
    }

    /// The key that signs new tokens.
    pub fn signing(&self) -> Option<&JwtKey> {
        self.0.first()
    }

    /// The key with id `kid`, if accepted.
    pub fn find(&self, kid: &str) -> Option<&JwtKey> {
        self.0.iter().find(|key| key.kid == kid)
    }
}

fn parse_pair(pair: &str) -> Result<JwtKey, ConfigError> {
    let (kid, secret) = pair
        .split_once(':')
        .filter(|(kid, _)| !kid.is_empty())
        .ok_or_else(|| {
            ConfigError::new(
                "MSJ_JWT_KEYS",
                "is malformed: expected kid:secret[,kid:secret…]",
            )
        })?;
    check_length("MSJ_JWT_KEYS", secret)?;
    Ok(JwtKey {
        kid: kid.to_owned(),
        secret: SecretString::from(secret.to_owned()),
    })
}

fn check_length(variable: &'static str, secret: &str) -> Result<(), ConfigError> {
    if secret.len() < MIN_SECRET_LEN {
        return Err(ConfigError::new(
            variable,
            format!("is too short: at least {MIN_SECRET_LEN} characters"),
        ));
    }
    Ok(())
}

impl PartialEq for JwtKey {
    fn eq(&self, other: &Self) -> bool {
        self.kid == other.kid && self.secret.expose_secret() == other.secret.expose_secret()
    }
}
