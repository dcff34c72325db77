//! Emails leave through a real SMTP conversation.

use std::time::Duration;

use msj_domain::roles::Role;
use reqwest::Method;
use serde_json::json;

use crate::support::fixtures::agent_with_role;
use crate::support::{TestApp, smtp};

#[actix_web::test]
async fn an_invitation_is_delivered_by_smtp() {
    let (url, mut received) = smtp::start().await;
    let more = [
        ("MSJ_SMTP_URL", url),
        ("MSJ_MAIL_FROM", "MSJ <ne-pas-repondre@test.msj>".to_owned()),
    ];
    let app = TestApp::spawn_configured(|_| {}, &more).await;
    let (_, admin) = agent_with_role(&app, Role::LocalAdmin).await;
    let invitation = json!({"email": "invitee@justice.fr", "first_name": "Inès", "last_name": "Diallo", "role": "cpip"});
    assert_eq!(
        app.send_as(
            Method::POST,
            &admin,
            "/api/v1/users/invitations",
            invitation
        )
        .await
        .status(),
        201
    );

    let message = tokio::time::timeout(Duration::from_secs(10), received.recv())
        .await
        .unwrap()
        .unwrap();
    assert!(message.contains("To: invitee@justice.fr"), "{message}");
    assert!(
        message.contains("Subject: =?utf-8?") || message.contains("Subject: Vous avez"),
        "{message}"
    );
    assert!(message.contains("/invitation/"), "{message}");
    assert!(message.contains("text/html"), "{message}");
}
