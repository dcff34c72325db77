//! `Idempotency-Key` on POST: replay, reuse with another request, parallel requests.

use futures_util::future::join_all;
use msj_db::organizations::link;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Response;
use serde_json::{Value, json};

use crate::support::api_tokens::{create, person};
use crate::support::fixtures::{agent, agent_with_role, service, token};
use crate::support::{TestApp, expect_problem};

async fn post(app: &TestApp, access: &str, key: &str, body: &Value) -> Response {
    app.client
        .post(app.url("/api/v1/convicts"))
        .bearer_auth(access)
        .header("Idempotency-Key", key)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn convicts(app: &TestApp, access: &str) -> i64 {
    let list: Value = app
        .get_as(access, "/api/v1/convicts")
        .await
        .json()
        .await
        .unwrap();
    list["total"].as_i64().unwrap()
}

async fn spip(app: &TestApp) -> uuid::Uuid {
    let spip = service(app, "SPIP 92", OrganizationType::Spip).await;
    let tj = service(app, "TJ Nanterre", OrganizationType::Tj).await;
    link(&mut *app.conn().await, spip, tj).await.unwrap();
    spip
}

#[actix_web::test]
async fn a_replayed_post_answers_the_same_and_creates_once() {
    let app = TestApp::spawn().await;
    let spip = spip(&app).await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let (_, secret) = create(
        &app,
        &admin,
        spip,
        "cpip",
        &["convicts:read", "convicts:write"],
    )
    .await;
    let first = post(&app, &secret, "commande-42", &person(1)).await;
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("idempotent-replayed").is_none());
    let first_body = first.text().await.unwrap();
    let again = post(&app, &secret, "commande-42", &person(1)).await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.headers()["content-type"], "application/json");
    assert_eq!(again.text().await.unwrap(), first_body);
    assert_eq!(convicts(&app, &secret).await, 1);

    let other = post(&app, &secret, "commande-42", &person(2)).await;
    expect_problem(other, 422, "idempotency_key_reused").await;
    let fresh = post(&app, &secret, "commande-43", &person(2)).await;
    assert_eq!(fresh.status(), 201);
    assert_eq!(convicts(&app, &secret).await, 2);
    let bad = post(&app, &secret, "clé avec espaces", &person(3)).await;
    expect_problem(bad, 400, "invalid_idempotency_key").await;
}

#[actix_web::test]
async fn invalid_requests_are_replayed_and_keys_belong_to_their_caller() {
    let app = TestApp::spawn().await;
    let spip = spip(&app).await;
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let colleague = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let invalid = json!({"first_name": "", "last_name": "X", "date_of_birth": "1990-01-01", "no_phone": true});
    expect_problem(
        post(&app, &cpip, "k1", &invalid).await,
        422,
        "invalid_field",
    )
    .await;
    let replay = post(&app, &cpip, "k1", &invalid).await;
    assert_eq!(replay.headers()["idempotent-replayed"], "true");
    expect_problem(replay, 422, "invalid_field").await;
    let theirs = post(&app, &colleague, "k1", &person(1)).await;
    assert_eq!(theirs.status(), 201, "another caller's key is theirs alone");
}

#[actix_web::test]
async fn parallel_requests_with_one_key_create_once() {
    let app = TestApp::spawn().await;
    let spip = spip(&app).await;
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let body = person(1);
    let responses = join_all((0..8).map(|_| post(&app, &cpip, "en-parallele", &body))).await;
    let mut fresh = 0;
    for response in responses {
        let status = response.status().as_u16();
        let replayed = response.headers().get("idempotent-replayed").is_some();
        match status {
            201 if !replayed => fresh += 1,
            201 => {}
            409 => {
                expect_problem(response, 409, "idempotency_key_in_progress").await;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(fresh, 1, "one request ran");
    assert_eq!(convicts(&app, &cpip).await, 1);
}
