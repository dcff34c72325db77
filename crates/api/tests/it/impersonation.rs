//! « Se connecter en tant que cet agent »: audit with the real actor, refresh, stop, sign-out.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, service, token};
use crate::support::sessions::{audit_of, refresh, sign_in};
use crate::support::{TestApp, expect_problem};

async fn start(app: &TestApp, access: &str, agent: uuid::Uuid) -> reqwest::Response {
    let path = format!("/api/v1/users/{agent}/impersonation");
    app.send_as(Method::POST, access, &path, json!({})).await
}

#[actix_web::test]
async fn an_admin_acts_as_an_agent_with_themselves_as_real_actor_then_returns() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let admin = agent(&app, spip, Role::Admin, true).await;
    let cpip = agent(&app, spip, Role::Cpip, true).await;
    let session = sign_in(&app, &admin.email).await;

    let response = start(&app, &session.access, cpip.id).await;
    assert_eq!(response.status(), 200);
    let acting: Value = response.json().await.unwrap();
    assert_eq!(acting["user"]["id"], cpip.id.to_string());
    assert_eq!(
        acting["user"]["impersonated_by"]["id"],
        admin.id.to_string()
    );
    let as_agent = acting["access_token"].as_str().unwrap();
    let me: Value = app
        .get_as(as_agent, "/api/v1/auth/me")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["impersonated_by"]["id"], admin.id.to_string());
    assert_eq!(app.get_as(as_agent, "/api/v1/convicts").await.status(), 200);

    let (admin_id, cpip_id) = (admin.id.to_string(), cpip.id.to_string());
    assert_eq!(
        audit_of(&app, "user.impersonate_start").await,
        [(admin_id.clone(), admin_id.clone(), cpip_id.clone())]
    );
    let lists = audit_of(&app, "convict.list").await;
    assert_eq!(lists.len(), 1);
    assert_eq!((&lists[0].0, &lists[0].1), (&cpip_id, &admin_id));

    // Refreshing the administrator's session keeps acting as the agent.
    let renewed = refresh(&app, &session.cookie).await;
    assert_eq!(renewed.status(), 200);
    let cookie = crate::support::sessions::cookie_of(&renewed);
    let renewed: Value = renewed.json().await.unwrap();
    assert_eq!(renewed["user"]["id"], cpip_id);
    assert_eq!(renewed["user"]["impersonated_by"]["id"], admin_id);

    let path = format!("/api/v1/users/{}/impersonation", cpip.id);
    let back = app
        .send_as(Method::DELETE, as_agent, &path, json!({}))
        .await;
    assert_eq!(back.status(), 200);
    let back: Value = back.json().await.unwrap();
    assert_eq!(back["user"]["id"], admin_id);
    assert!(back["user"].get("impersonated_by").is_none());
    let own = back["access_token"].as_str().unwrap();
    assert_eq!(app.get_as(own, "/api/v1/users").await.status(), 200);
    // The agent's tokens of the impersonation stop working at once.
    let renewed_access = renewed["access_token"].as_str().unwrap();
    for stale in [as_agent, renewed_access] {
        expect_problem(
            app.get_as(stale, "/api/v1/auth/me").await,
            401,
            "unauthenticated",
        )
        .await;
    }
    let after: Value = refresh(&app, &cookie).await.json().await.unwrap();
    assert_eq!(after["user"]["id"], admin_id);
    assert!(after["user"].get("impersonated_by").is_none());
    assert_eq!(
        audit_of(&app, "user.impersonate_stop").await,
        [(cpip_id.clone(), admin_id, cpip_id)]
    );
}

#[actix_web::test]
async fn sensitive_actions_are_refused_while_impersonating() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let admin = agent(&app, spip, Role::Admin, true).await;
    let local_admin = agent(&app, spip, Role::LocalAdmin, true).await;
    let cpip = agent(&app, spip, Role::Cpip, true).await;
    let session = sign_in(&app, &admin.email).await;
    let acting: Value = start(&app, &session.access, local_admin.id)
        .await
        .json()
        .await
        .unwrap();
    let access = acting["access_token"].as_str().unwrap();

    let invitation = json!({"email": "nouvel.agent@test.msj", "first_name": "Jean",
        "last_name": "DUPONT", "role": "cpip"});
    let charter = json!({"version": msj_api::charter::CURRENT_VERSION});
    let token_request = json!({"name": "Logiciel", "organization_id": spip, "role": "cpip",
        "scopes": ["convicts:read"]});
    let calls = [
        (
            Method::POST,
            format!("/api/v1/users/{}/impersonation", cpip.id),
            json!({}),
        ),
        (
            Method::POST,
            format!("/api/v1/users/{}/deactivation", cpip.id),
            json!({}),
        ),
        (
            Method::DELETE,
            format!("/api/v1/users/{}", cpip.id),
            json!({}),
        ),
        (
            Method::PATCH,
            format!("/api/v1/users/{}", cpip.id),
            json!({"first_name": "Zoé"}),
        ),
        (
            Method::POST,
            "/api/v1/users/invitations".to_owned(),
            invitation,
        ),
        (Method::POST, "/api/v1/security-charter".to_owned(), charter),
        (Method::POST, "/api/v1/api-tokens".to_owned(), token_request),
    ];
    for (method, path, body) in calls {
        let response = app.send_as(method.clone(), access, &path, body).await;
        expect_problem(response, 403, "impersonation_forbidden").await;
    }
    // Reading stays possible.
    assert_eq!(app.get_as(access, "/api/v1/users").await.status(), 200);
}

#[actix_web::test]
async fn only_the_central_admin_impersonates_and_never_an_admin_a_token_or_themselves() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let admin = agent(&app, spip, Role::Admin, true).await;
    let other_admin = agent(&app, spip, Role::Admin, true).await;
    let cpip = agent(&app, spip, Role::Cpip, true).await;
    let access = token(&app, &admin);

    for role in [Role::LocalAdmin, Role::Dpip, Role::Cpip] {
        let caller = token(&app, &agent(&app, spip, role, true).await);
        expect_problem(start(&app, &caller, cpip.id).await, 403, "forbidden").await;
    }
    expect_problem(
        start(&app, &access, other_admin.id).await,
        403,
        "cannot_impersonate_admin",
    )
    .await;
    expect_problem(
        start(&app, &access, admin.id).await,
        403,
        "cannot_impersonate_self",
    )
    .await;
    expect_problem(
        start(&app, &access, uuid::Uuid::now_v7()).await,
        404,
        "not_found",
    )
    .await;

    let (_, secret) =
        crate::support::api_tokens::create(&app, &access, spip, "local_admin", &["convicts:read"])
            .await;
    expect_problem(
        start(&app, &secret, cpip.id).await,
        403,
        "closed_to_api_tokens",
    )
    .await;
    let technical: uuid::Uuid = {
        use diesel::prelude::*;
        use msj_db::schema::users;
        diesel_async::RunQueryDsl::get_result(
            users::table
                .filter(users::api_client.eq(true))
                .select(users::id),
            &mut *app.conn().await,
        )
        .await
        .unwrap()
    };
    expect_problem(start(&app, &access, technical).await, 404, "not_found").await;

    let path = format!("/api/v1/users/{}/deactivation", cpip.id);
    assert_eq!(
        app.send_as(Method::POST, &access, &path, json!({}))
            .await
            .status(),
        200
    );
    expect_problem(
        start(&app, &access, cpip.id).await,
        403,
        "agent_deactivated",
    )
    .await;
    let path = format!("/api/v1/users/{}/impersonation", cpip.id);
    let stop = app.send_as(Method::DELETE, &access, &path, json!({})).await;
    expect_problem(stop, 404, "no_impersonation").await;
}

#[actix_web::test]
async fn an_admin_comes_back_from_an_agent_who_has_not_accepted_the_charter() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let admin = agent(&app, spip, Role::Admin, true).await;
    let newcomer = agent(&app, spip, Role::Cpip, false).await;
    let session = sign_in(&app, &admin.email).await;
    let acting: Value = start(&app, &session.access, newcomer.id)
        .await
        .json()
        .await
        .unwrap();
    let as_agent = acting["access_token"].as_str().unwrap();
    let charter = json!({"version": msj_api::charter::CURRENT_VERSION});
    let accept = app
        .send_as(Method::POST, as_agent, "/api/v1/security-charter", charter)
        .await;
    expect_problem(accept, 403, "impersonation_forbidden").await;
    let path = format!("/api/v1/users/{}/impersonation", newcomer.id);
    let back = app
        .send_as(Method::DELETE, as_agent, &path, json!({}))
        .await;
    assert_eq!(back.status(), 200);
}

#[actix_web::test]
async fn signing_out_or_deactivating_the_agent_ends_the_impersonation() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let admin = agent(&app, spip, Role::Admin, true).await;
    let cpip = agent(&app, spip, Role::Cpip, true).await;
    let dpip = agent(&app, spip, Role::Dpip, true).await;

    let session = sign_in(&app, &admin.email).await;
    let acting: Value = start(&app, &session.access, cpip.id)
        .await
        .json()
        .await
        .unwrap();
    let as_agent = acting["access_token"].as_str().unwrap();
    let logout = app
        .client
        .post(app.url("/api/v1/auth/logout"))
        .header("cookie", &session.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 204);
    expect_problem(
        app.get_as(as_agent, "/api/v1/auth/me").await,
        401,
        "unauthenticated",
    )
    .await;

    let session = sign_in(&app, &admin.email).await;
    let acting: Value = start(&app, &session.access, dpip.id)
        .await
        .json()
        .await
        .unwrap();
    let as_agent = acting["access_token"].as_str().unwrap();
    let other_admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let path = format!("/api/v1/users/{}/deactivation", dpip.id);
    assert_eq!(
        app.send_as(Method::POST, &other_admin, &path, json!({}))
            .await
            .status(),
        200
    );
    expect_problem(
        app.get_as(as_agent, "/api/v1/auth/me").await,
        401,
        "account_deactivated",
    )
    .await;
    let own: Value = refresh(&app, &session.cookie).await.json().await.unwrap();
    assert_eq!(own["user"]["id"], admin.id.to_string());
}
