//! Imports by central administrators: the APPI export of probationers (domain §8.4), as an
//! upload (`POST /api/v1/imports/appi`) and as `msj import appi`.

mod appi;
mod appi_file;
mod line;
mod upload;

pub use appi::{Importer, import_appi};
pub use appi_file::import_appi_file;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(upload::upload);
}
