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

#[actix_web::test]
async fn an_unreachable_relay_means_a_retry_later() {
    use diesel::prelude::*;
    use diesel_async::RunQueryDsl;
    use msj_db::schema::emails;

    let more = [
        ("MSJ_SMTP_URL", "smtp://127.0.0.1:9".to_owned()),
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

    let mut row = (String::new(), 0, None::<String>);
    for _ in 0..100 {
        row = emails::table
            .select((emails::state, emails::attempts, emails::last_error))
            .first::<(String, i32, Option<String>)>(&mut *app.conn().await)
            .await
            .unwrap();
        if row.2.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!((row.0.as_str(), row.1), ("pending", 1), "{row:?}");
    assert!(row.2.is_some(), "the failure is recorded");
}
