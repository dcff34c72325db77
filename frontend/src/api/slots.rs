//! Slots (`/api/v1/slots`): the list, bulk creation, closing, capacity, the month views.

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::slots::{
    BatchResult, CapacityUpdate, MonthView, SlotBatch, SlotCapacity, SlotPage, SlotSelection,
    SlotsClosed,
};

/// `GET /slots` with a ready query string.
pub async fn list(session: Session, query: String) -> Result<SlotPage, ApiError> {
    client::get(session, &format!("/slots{query}")).await
}

/// `POST /slots/batch`: one slot per date × time.
pub async fn create_batch(session: Session, batch: SlotBatch) -> Result<BatchResult, ApiError> {
    client::call(session, Method::POST, "/slots/batch", &batch).await
}

/// `POST /slots/close`: closes every slot of `slot_ids`.
pub async fn close(session: Session, slot_ids: Vec<String>) -> Result<SlotsClosed, ApiError> {
    let selection = SlotSelection { slot_ids };
    client::call(session, Method::POST, "/slots/close", &selection).await
}

/// `PATCH /slots/{id}`: a new capacity.
pub async fn set_capacity(
    session: Session,
    id: String,
    capacity: i32,
) -> Result<SlotCapacity, ApiError> {
    let path = format!("/slots/{id}");
    client::call(session, Method::PATCH, &path, &CapacityUpdate { capacity }).await
}

/// `GET /slots/month-view` with a ready query string (`kind`, `month`, `place_id`, `agenda_id`).
pub async fn month_view(session: Session, query: String) -> Result<MonthView, ApiError> {
    client::get(session, &format!("/slots/month-view{query}")).await
}
