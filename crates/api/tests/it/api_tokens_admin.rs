//! Creating, listing and revoking integrator API tokens; their technical accounts stay
//! out of the agents' lists.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::api_tokens::create;
use crate::support::fixtures::{agent, agent_with_role, service, token};
use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn the_admin_creates_a_token_shown_once_listed_without_its_secret() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let body = json!({"name": "  Logiciel du SPIP  ", "organization_id": spip, "role": "secretary_spip",
        "scopes": ["appointments:read", "convicts:read", "convicts:read"], "expires_at": "2099-01-01T00:00:00Z"});
    let response = app
        .send_as(Method::POST, &admin, "/api/v1/api-tokens", body)
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    let secret = created["secret"].as_str().unwrap();
    assert!(secret.starts_with("msj_") && secret.len() == 47, "{secret}");
    let token = &created["token"];
    assert_eq!(token["name"], "Logiciel du SPIP");
    assert_eq!(token["prefix"].as_str(), Some(&secret[..10]));
    assert_eq!(
        token["scopes"],
        json!(["convicts:read", "appointments:read"])
    );
    assert_eq!(token["organization"]["name"], "SPIP 92");
    assert_eq!(token["role_label"], "Secrétariat SPIP");
    assert!(token["created_by"]["name"].is_string() && token["last_used_at"].is_null());

    let list: Value = app
        .get_as(&admin, "/api/v1/api-tokens")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["id"], token["id"]);
    assert!(
        !list.to_string().contains(secret),
        "the secret is never shown again"
    );
    let sql = format!(
        "(SELECT count(*) FROM api_tokens WHERE token_hash = sha256(convert_to('{secret}', 'UTF8')))"
    );
    let stored: i64 = diesel_async::RunQueryDsl::get_result(
        diesel::dsl::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(&sql)),
        &mut *app.conn().await,
    )
    .await
    .unwrap();
    assert_eq!(stored, 1, "only the SHA-256 of the secret is stored");
}

#[actix_web::test]
async fn who_may_create_tokens_for_whom() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let other = service(&app, "SPIP 93", OrganizationType::Spip).await;
    let tj = service(&app, "TJ Nanterre", OrganizationType::Tj).await;
    let local = token(&app, &agent(&app, spip, Role::LocalAdmin, true).await);
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let post = |access: String, organization, role: &str| {
        let body = json!({"name": "Outil", "organization_id": organization, "role": role, "scopes": ["convicts:read"]});
        let app = &app;
        async move {
            app.send_as(Method::POST, &access, "/api/v1/api-tokens", body)
                .await
        }
    };
    assert_eq!(post(admin.clone(), tj, "bex").await.status(), 201);
    assert_eq!(post(local.clone(), spip, "cpip").await.status(), 201);
    expect_problem(post(local.clone(), other, "cpip").await, 404, "not_found").await;
    expect_problem(
        post(local.clone(), spip, "admin").await,
        403,
        "cannot_assign_role",
    )
    .await;
    expect_problem(post(cpip.clone(), spip, "cpip").await, 403, "forbidden").await;
    let misfit = post(admin.clone(), tj, "cpip").await;
    expect_problem(misfit, 422, "role_not_allowed_for_organization").await;

    let bad = json!({"name": " ", "organization_id": "nope", "role": "chef", "scopes": ["users:write"],
        "expires_at": "2001-01-01T00:00:00Z"});
    let problem = expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/api-tokens", bad)
            .await,
        422,
        "invalid_field",
    )
    .await;
    let pointers: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        pointers,
        [
            "/role",
            "/organization_id",
            "/name",
            "/scopes",
            "/expires_at"
        ]
    );
    let no_scope = json!({"name": "Outil", "organization_id": spip, "role": "cpip", "scopes": []});
    let response = app
        .send_as(Method::POST, &admin, "/api/v1/api-tokens", no_scope)
        .await;
    expect_problem(response, 422, "invalid_field").await;

    let mine: Value = app
        .get_as(&local, "/api/v1/api-tokens")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        mine["total"], 1,
        "a local admin lists their service's tokens"
    );
    let all: Value = app
        .get_as(&admin, "/api/v1/api-tokens")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(all["total"], 2);
    expect_problem(
        app.get_as(&cpip, "/api/v1/api-tokens").await,
        403,
        "forbidden",
    )
    .await;
}

#[actix_web::test]
async fn revoking_is_idempotent_and_scoped_to_the_service() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let (id, _) = create(&app, &admin, spip, "cpip", &["convicts:read"]).await;
    let other = service(&app, "SPIP 93", OrganizationType::Spip).await;
    let outsider = token(&app, &agent(&app, other, Role::LocalAdmin, true).await);
    let path = format!("/api/v1/api-tokens/{id}");
    let refused = app
        .send_as(Method::DELETE, &outsider, &path, json!({}))
        .await;
    expect_problem(refused, 404, "not_found").await;
    for _ in 0..2 {
        let response = app.send_as(Method::DELETE, &admin, &path, json!({})).await;
        assert_eq!(response.status(), 204);
    }
    let list: Value = app
        .get_as(&admin, "/api/v1/api-tokens")
        .await
        .json()
        .await
        .unwrap();
    assert!(list["items"][0]["revoked_at"].is_string());
    let audit: Value = app
        .get_as(&admin, "/api/v1/audit?action=api_token.revoke")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(audit["total"], 1, "{audit}");
}

#[actix_web::test]
async fn the_technical_account_is_never_an_agent() {
    let app = TestApp::spawn().await;
    let (admin_agent, admin) = agent_with_role(&app, Role::Admin).await;
    let (_, secret) = create(
        &app,
        &admin,
        admin_agent.organization_id,
        "local_admin",
        &["convicts:read"],
    )
    .await;
    let users: Value = app
        .get_as(&admin, "/api/v1/users")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(users["total"], 1, "{users}");
    assert!(!users.to_string().contains("Jeton"));
    let account: (uuid::Uuid, String) = {
        use diesel::prelude::*;
        use msj_db::schema::users;
        diesel_async::RunQueryDsl::get_result(
            users::table
                .filter(users::api_client.eq(true))
                .select((users::id, users::email)),
            &mut *app.conn().await,
        )
        .await
        .unwrap()
    };
    let path = format!("/api/v1/users/{}", account.0);
    expect_problem(app.get_as(&admin, &path).await, 404, "not_found").await;
    let login = app
        .post_json(
            "/api/v1/auth/login",
            json!({"email": account.1, "password": secret}),
        )
        .await;
    assert_eq!(login.status(), 401);
    let reset = app
        .post_json("/api/v1/auth/password-reset", json!({"email": account.1}))
        .await;
    assert_eq!(reset.status(), 202);
    let queued: i64 = diesel_async::RunQueryDsl::get_result(
        diesel::dsl::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
            "(SELECT count(*) FROM user_tokens)",
        )),
        &mut *app.conn().await,
    )
    .await
    .unwrap();
    assert_eq!(queued, 0, "no reset link for a token's account");
}
