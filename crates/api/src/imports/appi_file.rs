//! `msj import appi --service <id|name> FILE`.

use msj_contract::imports::AppiImportReport;
use uuid::Uuid;

use super::{Importer, import_appi};

/// Imports `path` into the service named or numbered `service`, in `database_url`.
pub fn import_appi_file(
    database_url: &str,
    service: &str,
    path: &std::path::Path,
) -> Result<AppiImportReport, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    let (url, service) = (database_url.to_owned(), service.trim().to_owned());
    crate::cli::block_on(async move {
        let pool = msj_db::build_pool(&url, 1).map_err(|error| error.to_string())?;
        let mut conn = msj_db::pool::connection(&pool)
            .await
            .map_err(|error| error.to_string())?;
        let target = match Uuid::parse_str(&service) {
            Ok(id) => id,
            Err(_) => msj_db::organizations::list(&mut conn, None)
                .await
                .map_err(|error| error.to_string())?
                .into_iter()
                .find(|row| row.name == service)
                .map(|row| row.id)
                .ok_or_else(|| format!("service inconnu : {service}"))?,
        };
        let now = chrono::Utc::now();
        import_appi(&mut conn, target, &bytes, &Importer::default(), now)
            .await
            .map_err(|error| format!("{} : {}", error.code, error.detail))
    })?
}
