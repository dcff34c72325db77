//! Back-office operations on probationers: « Fusionner des probationnaires »
//! (`/api/v1/convicts/merge…`) and « Import APPI » (`/api/v1/imports/appi`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::convicts::{ConvictMerge, ConvictMergeRequest};
use msj_contract::imports::AppiImportReport;

/// `GET /convicts/merge-preview`: what the merge would move.
pub async fn merge_preview(
    session: Session,
    request: &ConvictMergeRequest,
) -> Result<ConvictMerge, ApiError> {
    let query = client::query(&[
        ("kept", request.kept_id.clone()),
        ("duplicate", request.duplicate_id.clone()),
    ]);
    client::get(session, &format!("/convicts/merge-preview{query}")).await
}

/// `POST /convicts/merge` (irreversible).
pub async fn merge(
    session: Session,
    request: &ConvictMergeRequest,
) -> Result<ConvictMerge, ApiError> {
    client::call(session, Method::POST, "/convicts/merge", request).await
}

/// `POST /imports/appi?service_id=…` with the APPI export.
pub async fn import_appi(
    session: Session,
    service_id: String,
    file: web_sys::File,
) -> Result<AppiImportReport, ApiError> {
    let path = format!(
        "/imports/appi{}",
        client::query(&[("service_id", service_id)])
    );
    client::upload(session, &path, &file).await
}
