//! Where outgoing SMS go.

use secrecy::SecretString;

use super::vars::{ConfigError, http_url, optional, required};

/// The SMS gateway.
#[derive(Debug, Clone)]
pub enum SmsDelivery {
    /// The provider's HTTP API (SPEC §4): `MSJ_SMS_GATEWAY_URL` (base URL, `…/sms/send` is
    /// appended), HTTP Basic credentials `MSJ_SMS_GATEWAY_USER` and
    /// `MSJ_SMS_GATEWAY_PASSWORD`.
    Http {
        /// Base URL.
        url: String,
        /// Account.
        user: String,
        /// Password.
        password: SecretString,
    },
    /// Development and demonstration: messages are kept in the database (`sms_outbox`) and
    /// listed to admins, never sent to a phone. `MSJ_SMS_GATEWAY=outbox`, the default of the
    /// dev profile.
    Outbox,
}

impl SmsDelivery {
    /// Reads the gateway settings; `dev` defaults to the outbox.
    pub fn from_env(get: &dyn Fn(&str) -> Option<String>, dev: bool) -> Result<Self, ConfigError> {
        let choice = optional(get, "MSJ_SMS_GATEWAY");
        match (choice.as_deref(), optional(get, "MSJ_SMS_GATEWAY_URL")) {
            (Some("outbox"), _) => Ok(Self::Outbox),
            (Some("http") | None, Some(url)) => Ok(Self::Http {
                url: http_url("MSJ_SMS_GATEWAY_URL", &url)?,
                user: required(get, "MSJ_SMS_GATEWAY_USER")?,
                password: required(get, "MSJ_SMS_GATEWAY_PASSWORD")?.into(),
            }),
            (None, None) if dev => Ok(Self::Outbox),
            (Some("http") | None, None) => Err(ConfigError::missing("MSJ_SMS_GATEWAY_URL")),
            (Some(_), _) => Err(ConfigError::new(
                "MSJ_SMS_GATEWAY",
                "must be `http` or `outbox`",
            )),
        }
    }
}
