//! « Fusionner des probationnaires » (domain §4.11), central administrators only: the preview
//! of what moves, and the irreversible merge in one transaction.

pub(super) mod merge;
pub(super) mod preview;

use msj_contract::convicts::ConvictMerge;
use msj_db::AsyncPgConnection;
use msj_db::convicts::ConvictRow;
use msj_db::convicts::merging::{MergeCounts, counts, lock_pair};
use msj_domain::access::convict_operations::merge_convicts;
use msj_domain::access::impersonation::SensitiveAction;
use msj_domain::convicts::{MergeRefusal, MergeSide, check_merge};
use uuid::Uuid;

use crate::ApiError;
use crate::auth::principal::AgentPrincipal;

/// The two records locked, what the merge moves, and its warnings; refused with 403 for
/// anyone but the central admin (or while impersonating), 404 for an unknown id, 422
/// `same_convict`, 409 `divestment_pending`.
async fn prepare(
    conn: &mut AsyncPgConnection,
    agent: &AgentPrincipal,
    kept: Uuid,
    duplicate: Uuid,
) -> Result<(ConvictRow, ConvictRow, MergeCounts, ConvictMerge), ApiError> {
    merge_convicts(&agent.actor()).into_result()?;
    agent.refuse_while_impersonating(SensitiveAction::MergeConvicts)?;
    let (kept_row, duplicate_row) = if kept == duplicate {
        let row = msj_db::convicts::find(conn, kept)
            .await?
            .ok_or_else(ApiError::not_found)?;
        (row.clone(), row)
    } else {
        lock_pair(conn, kept, duplicate)
            .await?
            .ok_or_else(ApiError::not_found)?
    };
    let moved = counts(conn, kept, duplicate).await?;
    let kept_side = side(conn, &kept_row, false).await?;
    let duplicate_side = side(conn, &duplicate_row, moved.portal_account).await?;
    let warnings = check_merge(&kept_side, &duplicate_side, kept == duplicate).map_err(refusal)?;
    let report = ConvictMerge {
        kept: label(&kept_row),
        duplicate: label(&duplicate_row),
        appointments: moved.appointments,
        notifications: moved.notifications,
        history_items: moved.history_items,
        organizations_added: moved.organizations_added,
        divestments_dropped: moved.divestments_dropped,
        portal_account_dropped: moved.portal_account,
        warnings,
    };
    Ok((kept_row, duplicate_row, moved, report))
}

async fn side(
    conn: &mut AsyncPgConnection,
    row: &ConvictRow,
    portal_account: bool,
) -> Result<MergeSide, ApiError> {
    let pending = msj_db::divestments::pending_for(conn, row.id).await?;
    Ok(MergeSide {
        first_name: row.first_name.clone(),
        last_name: row.last_name.clone(),
        date_of_birth: row.date_of_birth,
        appi_number: row.appi_number.clone(),
        phone: row.phone.clone(),
        archived: row.archived_at.is_some(),
        pending_transfer: pending.is_some(),
        portal_account,
    })
}

fn refusal(refusal: MergeRefusal) -> ApiError {
    let status = match refusal {
        MergeRefusal::SameConvict => actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
        MergeRefusal::PendingTransfer => actix_web::http::StatusCode::CONFLICT,
    };
    ApiError::new(status, refusal.code(), refusal.to_string())
}

/// « Prénom NOM, né(e) le JJ/MM/AAAA ».
fn label(row: &ConvictRow) -> String {
    format!(
        "{} {}, né(e) le {}",
        row.first_name,
        row.last_name,
        row.date_of_birth.format("%d/%m/%Y")
    )
}
