//! SMS administration: templates and their preview (`/api/v1/notification-templates`), the
//! numbers that fail, the development outbox (`/api/v1/notifications`).

use super::{ApiError, client};
use crate::session::Session;
use gloo_net::http::Method;
use msj_contract::notifications::{
    FailingNumber, NotificationTemplate, OutboxPage, TemplatePreview, TemplatePreviewRequest,
    TemplateUpdate,
};

/// `?organization_id=…` of a service's templates; empty for the national defaults.
fn scope(organization_id: &str) -> String {
    client::query(&[("organization_id", organization_id.to_owned())])
}

/// `/notification-templates/{type}/{kind}?organization_id=…` of `template`.
fn template_path(template: &NotificationTemplate) -> String {
    let organization = template.organization_id.clone().unwrap_or_default();
    format!(
        "/notification-templates/{}/{}{}",
        template.appointment_type,
        template.kind,
        scope(&organization)
    )
}

/// `GET /notification-templates` of one type, nationally or for a service.
pub async fn templates(
    session: Session,
    organization_id: String,
    appointment_type: String,
) -> Result<Vec<NotificationTemplate>, ApiError> {
    let path = format!(
        "/notification-templates{}",
        client::query(&[
            ("organization_id", organization_id),
            ("appointment_type", appointment_type)
        ])
    );
    client::get(session, &path).await
}

/// `POST /notification-templates/preview`.
pub async fn preview(session: Session, template: String) -> Result<TemplatePreview, ApiError> {
    let request = TemplatePreviewRequest { template };
    client::call(
        session,
        Method::POST,
        "/notification-templates/preview",
        &request,
    )
    .await
}

/// `PUT /notification-templates/{type}/{kind}`.
pub async fn save(
    session: Session,
    template: &NotificationTemplate,
    update: TemplateUpdate,
) -> Result<(), ApiError> {
    let path = template_path(template);
    client::act(session, Method::PUT, &path, &update).await
}

/// `DELETE /notification-templates/{type}/{kind}`: « Restaurer le défaut ».
pub async fn restore(session: Session, template: &NotificationTemplate) -> Result<(), ApiError> {
    let path = template_path(template);
    client::send_as_agent(session, Method::DELETE, &path, None)
        .await
        .map(drop)
}

/// `GET /notifications/failing-numbers` of a service (empty: the caller's).
pub async fn failing_numbers(
    session: Session,
    organization_id: String,
) -> Result<Vec<FailingNumber>, ApiError> {
    let path = format!("/notifications/failing-numbers{}", scope(&organization_id));
    client::get(session, &path).await
}

/// `GET /notifications?gateway=outbox`: what the development gateway kept.
pub async fn outbox(session: Session, page: i64) -> Result<OutboxPage, ApiError> {
    let path = format!(
        "/notifications{}",
        client::query(&[
            ("gateway", "outbox".to_owned()),
            ("page", page.to_string()),
            ("per_page", "50".to_owned())
        ])
    );
    client::get(session, &path).await
}
