//! Logs: `tracing` with one span per request (method, route pattern, request id, status),
//! JSON lines in production, personal data masked.

pub mod pii;
mod request_id;
mod root_span;

use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

pub use request_id::expose_request_id;
pub use root_span::MsjRootSpan;

/// Installs the global subscriber. `RUST_LOG` refines the default level (`info`).
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let installed = match format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Pretty => builder.compact().try_init(),
    };
    if installed.is_err() {
        tracing::debug!("a tracing subscriber was already installed");
    }
}
