//! How emails leave the server.

use std::path::{Path, PathBuf};

use secrecy::SecretString;

use super::vars::{ConfigError, optional, required};

/// Where outgoing emails go.
#[derive(Debug, Clone)]
pub enum MailDelivery {
    /// An SMTP relay: `MSJ_SMTP_URL` (`smtp://user:password@host:587` or `smtps://…`),
    /// sender `MSJ_MAIL_FROM`.
    Smtp {
        /// Relay URL, credentials included.
        url: SecretString,
        /// Sender address, e.g. `MSJ <ne-pas-repondre@example.fr>`.
        from: String,
    },
    /// Development: each email is written as a file in this folder.
    Files {
        /// Folder of the `.eml` files.
        dir: PathBuf,
    },
}

impl MailDelivery {
    /// Reads the SMTP settings; in development (`dev_data_dir`), mail goes to files when no
    /// relay is given.
    pub fn from_env(
        get: &dyn Fn(&str) -> Option<String>,
        dev_data_dir: Option<&Path>,
    ) -> Result<Self, ConfigError> {
        match (optional(get, "MSJ_SMTP_URL"), dev_data_dir) {
            (Some(url), _) => {
                if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                    return Err(ConfigError::new(
                        "MSJ_SMTP_URL",
                        "is malformed: expected smtp://… or smtps://…",
                    ));
                }
                Ok(Self::Smtp {
                    url: url.into(),
                    from: required(get, "MSJ_MAIL_FROM")?,
                })
            }
            (None, Some(dir)) => Ok(Self::Files {
                dir: dir.join("mail"),
            }),
            (None, None) => Err(ConfigError::missing("MSJ_SMTP_URL")),
        }
    }
}
