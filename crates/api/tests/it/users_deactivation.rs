//! Deactivating an agent: no sign-in, sessions and tokens refused at once, reactivation.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{PASSWORD, agent, service, token};
use crate::support::sessions::{audit_of, refresh, sign_in};
use crate::support::{TestApp, expect_problem};

fn path(agent: uuid::Uuid) -> String {
    format!("/api/v1/users/{agent}/deactivation")
}

#[actix_web::test]
async fn a_deactivated_agent_is_refused_everywhere_until_reactivated() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let cpip = agent(&app, spip, Role::Cpip, true).await;
    let session = sign_in(&app, &cpip.email).await;

    let response = app
        .send_as(Method::POST, &admin, &path(cpip.id), json!({}))
        .await;
    assert_eq!(response.status(), 200);
    let user: Value = response.json().await.unwrap();
    assert_eq!(user["deactivated"], true);

    expect_problem(
        app.get_as(&session.access, "/api/v1/convicts").await,
        401,
        "account_deactivated",
    )
    .await;
    expect_problem(refresh(&app, &session.cookie).await, 401, "session_expired").await;
    let login = app
        .post_json(
            "/api/v1/auth/login",
            json!({"email": cpip.email, "password": PASSWORD}),
        )
        .await;
    let problem = expect_problem(login, 403, "account_deactivated").await;
    assert!(problem["detail"].as_str().unwrap().contains("désactivé"));
    let wrong = app
        .post_json(
            "/api/v1/auth/login",
            json!({"email": cpip.email, "password": "Faux-Mot-2026!"}),
        )
        .await;
    expect_problem(wrong, 401, "invalid_credentials").await;

    let list: Value = app
        .get_as(&admin, "/api/v1/users")
        .await
        .json()
        .await
        .unwrap();
    let row = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == cpip.id.to_string());
    assert_eq!(row.unwrap()["deactivated"], true);

    // Deactivating again changes nothing and records nothing more.
    assert_eq!(
        app.send_as(Method::POST, &admin, &path(cpip.id), json!({}))
            .await
            .status(),
        200
    );
    assert_eq!(audit_of(&app, "user.deactivate").await.len(), 1);

    let back = app
        .send_as(Method::DELETE, &admin, &path(cpip.id), json!({}))
        .await;
    assert_eq!(back.status(), 200);
    assert_eq!(back.json::<Value>().await.unwrap()["deactivated"], false);
    sign_in(&app, &cpip.email).await;
    let reactivations = audit_of(&app, "user.reactivate").await;
    assert_eq!(reactivations.len(), 1);
    assert_eq!(reactivations[0].2, cpip.id.to_string());
}

#[actix_web::test]
async fn deactivating_follows_the_reach_of_deleting() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let other = service(&app, "SPIP 93", OrganizationType::Spip).await;
    let local_admin = agent(&app, spip, Role::LocalAdmin, true).await;
    let local = token(&app, &local_admin);
    let cpip = agent(&app, spip, Role::Cpip, true).await;
    let far = agent(&app, other, Role::Cpip, true).await;
    let admin = agent(&app, spip, Role::Admin, true).await;

    assert_eq!(
        app.send_as(Method::POST, &local, &path(cpip.id), json!({}))
            .await
            .status(),
        200
    );
    let far_away = app
        .send_as(Method::POST, &local, &path(far.id), json!({}))
        .await;
    expect_problem(far_away, 404, "not_found").await;
    let on_admin = app
        .send_as(Method::POST, &local, &path(admin.id), json!({}))
        .await;
    expect_problem(on_admin, 403, "only_admins_deactivate_admins").await;
    let on_self = app
        .send_as(Method::POST, &local, &path(local_admin.id), json!({}))
        .await;
    expect_problem(on_self, 403, "cannot_deactivate_self").await;

    let colleague = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let by_cpip = app
        .send_as(Method::DELETE, &colleague, &path(cpip.id), json!({}))
        .await;
    // Agents outside a manager's list are answered as absent, as for deleting.
    expect_problem(by_cpip, 404, "not_found").await;

    let admin_token = token(&app, &admin);
    let (_, secret) = crate::support::api_tokens::create(
        &app,
        &admin_token,
        spip,
        "local_admin",
        &["convicts:write"],
    )
    .await;
    let by_token = app
        .send_as(Method::DELETE, &secret, &path(cpip.id), json!({}))
        .await;
    expect_problem(by_token, 403, "closed_to_api_tokens").await;
    assert_eq!(
        app.send_as(Method::DELETE, &admin_token, &path(cpip.id), json!({}))
            .await
            .status(),
        200
    );
}
