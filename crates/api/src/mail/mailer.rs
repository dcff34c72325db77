//! Delivery of one email, by SMTP or to a file.

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use msj_db::emails::EmailRow;
use secrecy::ExposeSecret;

use crate::config::MailDelivery;

/// Sender address in development.
const DEV_FROM: &str = "Mon Suivi Justice <ne-pas-repondre@msj.localhost>";

/// Where emails go.
#[derive(Clone)]
pub enum Mailer {
    /// An SMTP relay.
    Smtp(AsyncSmtpTransport<Tokio1Executor>, Mailbox),
    /// One `.eml` file per email in a folder (development).
    Files(AsyncFileTransport<Tokio1Executor>, Mailbox),
}

impl Mailer {
    /// The mailer the configuration asks for.
    pub fn new(delivery: &MailDelivery) -> Result<Self, String> {
        match delivery {
            MailDelivery::Smtp { url, from } => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret())
                    .map_err(|error| format!("MSJ_SMTP_URL: {error}"))?
                    .build();
                Ok(Self::Smtp(
                    transport,
                    from.parse()
                        .map_err(|error| format!("MSJ_MAIL_FROM: {error}"))?,
                ))
            }
            MailDelivery::Files { dir } => {
                std::fs::create_dir_all(dir)
                    .map_err(|error| format!("{}: {error}", dir.display()))?;
                Ok(Self::Files(
                    AsyncFileTransport::new(dir),
                    DEV_FROM.parse().map_err(|error| format!("{error}"))?,
                ))
            }
        }
    }

    /// Sends one email of the outbox.
    pub async fn send(&self, email: &EmailRow) -> Result<(), String> {
        let from = match self {
            Self::Smtp(_, from) | Self::Files(_, from) => from.clone(),
        };
        let message = Message::builder()
            .from(from)
            .to(email
                .to_address
                .parse()
                .map_err(|error| format!("recipient: {error}"))?)
            .subject(email.subject.clone())
            .multipart(MultiPart::alternative_plain_html(
                email.text_body.clone(),
                email.html_body.clone(),
            ))
            .map_err(|error| error.to_string())?;
        match self {
            Self::Smtp(transport, _) => transport
                .send(message)
                .await
                .map(drop)
                .map_err(|error| error.to_string()),
            Self::Files(transport, _) => transport
                .send(message)
                .await
                .map(drop)
                .map_err(|error| error.to_string()),
        }
    }
}
