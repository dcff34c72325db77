//! The security charter gate and its exemptions.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn nothing_but_auth_and_the_charter_works_until_it_is_accepted() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let local_admin = agent(&app, org, Role::LocalAdmin, false).await;
    let access = token(&app, &local_admin);

    expect_problem(
        app.get_as(&access, "/api/v1/users").await,
        403,
        "security_charter_not_accepted",
    )
    .await;
    let invite =
        json!({"email": "x@test.msj", "first_name": "A", "last_name": "B", "role": "cpip"});
    expect_problem(
        app.send_as(Method::POST, &access, "/api/v1/users/invitations", invite)
            .await,
        403,
        "security_charter_not_accepted",
    )
    .await;
    assert_eq!(
        app.get_as(&access, "/api/v1/auth/me").await.status(),
        200,
        "auth/* is exempt"
    );
    assert_eq!(
        app.get("/api/v1/territories").await.status(),
        200,
        "public routes are exempt"
    );

    let charter: Value = app
        .get_as(&access, "/api/v1/security-charter")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(charter["accepted_at"], Value::Null);
    assert!(charter["sections"].as_array().unwrap().len() >= 8);
    let outdated = json!({"version": charter["version"].as_i64().unwrap() - 1});
    expect_problem(
        app.send_as(Method::POST, &access, "/api/v1/security-charter", outdated)
            .await,
        409,
        "charter_version_outdated",
    )
    .await;
    let accept = json!({"version": charter["version"]});
    assert_eq!(
        app.send_as(Method::POST, &access, "/api/v1/security-charter", accept)
            .await
            .status(),
        204
    );

    assert_eq!(app.get_as(&access, "/api/v1/users").await.status(), 200);
    let charter: Value = app
        .get_as(&access, "/api/v1/security-charter")
        .await
        .json()
        .await
        .unwrap();
    assert!(charter["accepted_at"].is_string());
    let me: Value = app
        .get_as(&access, "/api/v1/auth/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["security_charter_accepted"], true);
}
