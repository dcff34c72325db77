//! Towns (SRJ referential): search, and the `msj import srj` command.

mod import;
mod search;

pub use import::{ImportReport, import_srj, import_srj_file};

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(search::search);
}
