//! Importing an APPI export into a target service: each line in its own transaction, so
//! that a person is written entirely or not at all; good lines are imported and bad ones
//! reported.

use chrono::{DateTime, Utc};
use diesel_async::AsyncConnection;
use msj_contract::imports::{AppiImportReport, ImportLine};
use msj_db::AsyncPgConnection;
use msj_db::audit::AuditRow;
use msj_domain::imports::appi::{AppiLine, read_appi};
use msj_domain::roles::OrganizationType;
use uuid::Uuid;

use super::line::{Outcome, write};
use crate::ApiError;

/// Who imports, for `created_by` and the audit log (`None`: the command line).
#[derive(Debug, Clone, Default)]
pub struct Importer {
    /// The agent (actor).
    pub actor_id: Option<Uuid>,
    /// The real actor (the administrator while impersonating is refused anyway).
    pub real_actor_id: Option<Uuid>,
    /// Address of the client.
    pub ip: Option<String>,
}

/// Imports `bytes` (the APPI CSV) into the service `target`; 404 for an unknown service,
/// 422 `invalid_file` when the file cannot be read at all. Audited `convict.import_appi`.
pub async fn import_appi(
    conn: &mut AsyncPgConnection,
    target: Uuid,
    bytes: &[u8],
    importer: &Importer,
    now: DateTime<Utc>,
) -> Result<AppiImportReport, ApiError> {
    let organization = msj_db::organizations::find(conn, target)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let kind: OrganizationType = organization.kind.parse().map_err(ApiError::internal)?;
    let linked: Vec<Uuid> = msj_db::organizations::links_of(conn, &[target])
        .await?
        .into_iter()
        .map(|(spip, tj)| if spip == target { tj } else { spip })
        .collect();
    let lines = read_appi(bytes, now.date_naive()).map_err(|error| {
        ApiError::new(
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_file",
            error.0,
        )
    })?;
    let mut report = AppiImportReport {
        lines: lines.len(),
        ..AppiImportReport::default()
    };
    for (line, read) in lines {
        let outcome = match read {
            AppiLine::Skipped(reason) => Outcome::Skipped(reason),
            AppiLine::Rejected(reason) => Outcome::Rejected(reason),
            AppiLine::Person(person) => {
                let (linked, importer) = (&linked, importer);
                conn.transaction::<_, ApiError, _>(async move |conn| {
                    write(conn, &person, (target, kind), linked, importer, now).await
                })
                .await?
            }
        };
        match outcome {
            Outcome::Created => report.created += 1,
            Outcome::Updated => report.updated += 1,
            Outcome::Skipped(reason) => report.skipped.push(ImportLine { line, reason }),
            Outcome::Rejected(reason) => report.rejected.push(ImportLine { line, reason }),
        }
    }
    let audit = AuditRow {
        id: Uuid::now_v7(),
        occurred_at: now,
        actor_id: importer.actor_id,
        real_actor_id: importer.real_actor_id,
        organization_id: Some(target),
        ip: importer.ip.clone(),
        action: "convict.import_appi".to_owned(),
        object_type: "organization".to_owned(),
        object_id: Some(target),
    };
    msj_db::audit::record(conn, &audit).await?;
    Ok(report)
}
