//! Typed configuration, read once from the environment (12-factor). A `.env` file is read in
//! development. Every problem names the variable at fault.

mod jwt;
mod mail;
mod secrets;
mod sms;
mod vars;

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;

use secrecy::SecretString;

pub use jwt::{JwtKey, JwtKeys};
pub use mail::MailDelivery;
pub use sms::SmsDelivery;
pub use vars::{ConfigError, env_var, load_dotenv};

use vars::{optional, parse_or, required};

/// Deployment profile: `dev` generates missing secrets and keeps mail in files; `production`
/// (the default) requires every secret to be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Local development and tests.
    Dev,
    /// Everything else.
    Production,
}

/// Shape of the log lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// One JSON object per line (production).
    Json,
    /// Human-readable lines (development).
    Pretty,
}

/// The server's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// `MSJ_PROFILE`: `dev` or `production` (default).
    pub profile: Profile,
    /// `DATABASE_URL`: PostgreSQL connection URL.
    pub database_url: SecretString,
    /// `MSJ_DB_POOL_SIZE`: connections per server process (default 16).
    pub db_pool_size: usize,
    /// `MSJ_BIND`: address to listen on (default 127.0.0.1:8080).
    pub bind: SocketAddr,
    /// `MSJ_PUBLIC_URL`: the address people use, for links in SMS and emails.
    pub public_url: String,
    /// `MSJ_JWT_KEYS` or `MSJ_JWT_SECRET`: keys that sign access tokens.
    pub jwt_keys: JwtKeys,
    /// `MSJ_SMTP_URL` and `MSJ_MAIL_FROM`, or files under the data folder in development.
    pub mail: MailDelivery,
    /// Where SMS go.
    pub sms: SmsDelivery,
    /// Key of the gateway's delivery receipt signatures (`MSJ_SMS_RECEIPT_SECRET`); without
    /// it, receipts are refused.
    pub sms_receipt_secret: Option<SecretString>,
    /// Whether `msj serve` runs the SMS worker (`MSJ_SMS_WORKER=off` leaves it to `msj worker`).
    pub sms_worker: bool,
    /// Whether `msj serve` runs the periodic jobs, such as slot generation (`MSJ_JOBS=off`
    /// leaves them to `msj worker`).
    pub jobs: bool,
    /// `MSJ_DATA_DIR`: where development secrets and mail files live (default `.data`).
    pub data_dir: PathBuf,
    /// `MSJ_STATIC_DIR`: the built web application (default `dist`).
    pub static_dir: PathBuf,
    /// `MSJ_LOG_FORMAT`: `json` or `pretty` (default: pretty in dev, json otherwise).
    pub log_format: LogFormat,
    /// `MSJ_API_TOKEN_RATE_LIMIT`: requests per minute each integrator API token may make on
    /// each server process (default 600).
    pub api_token_rate_limit: NonZeroU32,
}

/// Reads `DATABASE_URL` alone (for `msj migrate`).
pub fn database_url(get: &dyn Fn(&str) -> Option<String>) -> Result<String, ConfigError> {
    let url = required(get, "DATABASE_URL")?;
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(url)
    } else {
        Err(ConfigError::new(
            "DATABASE_URL",
            "must start with postgres:// or postgresql://",
        ))
    }
}

impl Config {
    /// Reads the configuration through `get` (the process environment in production).
    pub fn from_env(get: &dyn Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let profile = match optional(get, "MSJ_PROFILE").as_deref() {
            None | Some("production") => Profile::Production,
            Some("dev") => Profile::Dev,
            Some(_) => {
                return Err(ConfigError::new(
                    "MSJ_PROFILE",
                    "must be `dev` or `production`",
                ));
            }
        };
        let dev = profile == Profile::Dev;
        let bind: SocketAddr = parse_or(
            get,
            "MSJ_BIND",
            "127.0.0.1:8080".parse().ok(),
            "host:port, e.g. 127.0.0.1:8080",
        )?;
        let data_dir =
            PathBuf::from(optional(get, "MSJ_DATA_DIR").unwrap_or_else(|| ".data".into()));
        let public_url = match optional(get, "MSJ_PUBLIC_URL") {
            Some(url) => vars::http_url("MSJ_PUBLIC_URL", &url)?,
            None if dev => format!("http://{bind}"),
            None => return Err(ConfigError::missing("MSJ_PUBLIC_URL")),
        };
        let log_format = match optional(get, "MSJ_LOG_FORMAT").as_deref() {
            None if dev => LogFormat::Pretty,
            None | Some("json") => LogFormat::Json,
            Some("pretty") => LogFormat::Pretty,
            Some(_) => {
                return Err(ConfigError::new(
                    "MSJ_LOG_FORMAT",
                    "must be `json` or `pretty`",
                ));
            }
        };
        Ok(Self {
            profile,
            database_url: database_url(get)?.into(),
            db_pool_size: parse_or(
                get,
                "MSJ_DB_POOL_SIZE",
                Some(16),
                "a number of connections, e.g. 16",
            )?,
            bind,
            public_url,
            jwt_keys: JwtKeys::from_env(get, dev.then_some(data_dir.as_path()))?,
            mail: MailDelivery::from_env(get, dev.then_some(data_dir.as_path()))?,
            sms: SmsDelivery::from_env(get, dev)?,
            sms_receipt_secret: optional(get, "MSJ_SMS_RECEIPT_SECRET").map(SecretString::from),
            sms_worker: on_off(get, "MSJ_SMS_WORKER")?,
            jobs: on_off(get, "MSJ_JOBS")?,
            static_dir: PathBuf::from(
                optional(get, "MSJ_STATIC_DIR").unwrap_or_else(|| "dist".into()),
            ),
            data_dir,
            log_format,
            api_token_rate_limit: parse_or(
                get,
                "MSJ_API_TOKEN_RATE_LIMIT",
                NonZeroU32::new(600),
                "a number of requests per minute, e.g. 600",
            )?,
        })
    }
}

#[cfg(test)]
mod tests;

/// A switch variable: `on` (the default) or `off`.
fn on_off(get: &dyn Fn(&str) -> Option<String>, name: &'static str) -> Result<bool, ConfigError> {
    match optional(get, name).as_deref() {
        None | Some("on") => Ok(true),
        Some("off") => Ok(false),
        Some(_) => Err(ConfigError::new(name, "must be `on` or `off`")),
    }
}
