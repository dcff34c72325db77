//! SMS gateways behind one trait: the provider's HTTP API and the development outbox.

use std::future::Future;
use std::time::Duration;

use chrono::{DateTime, Utc};
use msj_db::DbPool;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use uuid::Uuid;

use crate::config::SmsDelivery;

/// One message to hand over.
#[derive(Debug, Clone, Copy)]
pub struct OutgoingSms<'a> {
    /// The notification id: the gateway deduplicates on it.
    pub client_reference: Uuid,
    /// E.164 number.
    pub destination: &'a str,
    /// Sender name.
    pub sender: &'a str,
    /// Text.
    pub text: &'a str,
    /// Now.
    pub now: DateTime<Utc>,
}

/// What the gateway answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GatewayAnswer {
    /// Accepted, with the gateway's message id when it gives one.
    Accepted(Option<String>),
    /// Refused with this code (`responseCode`).
    Refused(String),
    /// No usable answer (network, timeout, server error): try again later.
    Unavailable(String),
}

/// Something that sends SMS.
pub trait SmsGateway: Send + Sync {
    /// Hands one message over.
    fn send(&self, sms: OutgoingSms<'_>) -> impl Future<Output = GatewayAnswer> + Send;
}

/// The provider's contract (SPEC §4): `POST {base}/sms/send`, HTTP Basic, form-encoded.
#[derive(Debug, Clone)]
pub struct HttpGateway {
    client: reqwest::Client,
    url: String,
    user: String,
    password: SecretString,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProviderAnswer {
    response_code: i64,
    #[serde(default)]
    message_ids: Vec<String>,
}

impl HttpGateway {
    /// A gateway at `base` with these credentials.
    pub fn new(base: &str, user: &str, password: SecretString) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|error| error.to_string())?;
        Ok(Self {
            client,
            url: format!("{}/sms/send", base.trim_end_matches('/')),
            user: user.to_owned(),
            password,
        })
    }
}

impl SmsGateway for HttpGateway {
    async fn send(&self, sms: OutgoingSms<'_>) -> GatewayAnswer {
        let reference = sms.client_reference.to_string();
        let form = [
            ("destinationAddress", sms.destination),
            ("messageText", sms.text),
            ("originatorTON", "1"),
            ("originatingAddress", sms.sender),
            ("maxConcatenatedMessages", "10"),
            ("clientReference", reference.as_str()),
        ];
        let response = self
            .client
            .post(&self.url)
            .basic_auth(&self.user, Some(self.password.expose_secret()))
            .form(&form)
            .send()
            .await;
        let response = match response {
            Ok(response) if response.status().is_success() => response,
            Ok(response) => {
                return GatewayAnswer::Unavailable(format!("http {}", response.status().as_u16()));
            }
            Err(error) => return GatewayAnswer::Unavailable(error.without_url().to_string()),
        };
        match response.json::<ProviderAnswer>().await {
            Ok(answer) if answer.response_code == 0 => {
                GatewayAnswer::Accepted(answer.message_ids.into_iter().next())
            }
            Ok(answer) => GatewayAnswer::Refused(answer.response_code.to_string()),
            Err(error) => GatewayAnswer::Unavailable(error.without_url().to_string()),
        }
    }
}

/// The number the development outbox refuses for good (code 16, unroutable), so that the
/// failure path can be seen without a provider. It lies in the range set aside for fiction.
pub const UNREACHABLE_NUMBER: &str = "+33639980016";

/// Development: messages are kept in `sms_outbox`, once per client reference; those to
/// [`UNREACHABLE_NUMBER`] are refused with code 16.
#[derive(Clone)]
pub struct OutboxGateway {
    pool: DbPool,
}

impl OutboxGateway {
    /// The outbox of this database.
    pub fn new(pool: DbPool) -> Self {
        Self { pool }
    }
}

impl SmsGateway for OutboxGateway {
    async fn send(&self, sms: OutgoingSms<'_>) -> GatewayAnswer {
        if sms.destination == UNREACHABLE_NUMBER {
            return GatewayAnswer::Refused("16".to_owned());
        }
        let stored = async {
            let mut conn = msj_db::pool::connection(&self.pool).await?;
            msj_db::notifications::outbox_accept(
                &mut conn,
                sms.client_reference,
                sms.destination,
                sms.sender,
                sms.text,
                sms.now,
            )
            .await
            .map_err(msj_db::DbError::from)
        };
        match stored.await {
            Ok(()) => GatewayAnswer::Accepted(Some(sms.client_reference.to_string())),
            Err(error) => GatewayAnswer::Unavailable(error.to_string()),
        }
    }
}

/// The gateway the configuration names.
#[derive(Clone)]
pub enum Gateway {
    /// The provider.
    Http(HttpGateway),
    /// The development outbox.
    Outbox(OutboxGateway),
}

impl Gateway {
    /// The gateway of `delivery`.
    pub fn new(delivery: &SmsDelivery, pool: DbPool) -> Result<Self, String> {
        Ok(match delivery {
            SmsDelivery::Http {
                url,
                user,
                password,
            } => Self::Http(HttpGateway::new(url, user, password.clone())?),
            SmsDelivery::Outbox => Self::Outbox(OutboxGateway::new(pool)),
        })
    }
}

impl SmsGateway for Gateway {
    async fn send(&self, sms: OutgoingSms<'_>) -> GatewayAnswer {
        match self {
            Self::Http(gateway) => gateway.send(sms).await,
            Self::Outbox(gateway) => gateway.send(sms).await,
        }
    }
}
