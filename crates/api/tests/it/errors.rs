//! Bad input always gets a 4xx problem+json answer, never a 500.

use actix_web::{HttpResponse, web};
use msj_api::error::JsonBody;
use serde::Deserialize;
use serde_json::json;

use crate::support::{TestApp, expect_problem};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProbeBody {
    name: String,
    count: u32,
}

async fn probe(id: web::Path<uuid::Uuid>, body: JsonBody<ProbeBody>) -> HttpResponse {
    HttpResponse::Ok()
        .json(json!({"id": id.into_inner(), "name": body.0.name, "count": body.0.count}))
}

fn probe_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/probe/{id}", web::post().to(probe));
}

const ID: &str = "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d00";

async fn post(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[actix_web::test]
async fn a_valid_body_is_accepted() {
    let app = TestApp::spawn_with(probe_routes).await;
    let response = post(
        &app,
        &format!("/probe/{ID}"),
        "application/json",
        r#"{"name":"Élodie","count":2}"#,
    )
    .await;
    assert_eq!(response.status(), 200);
}

#[actix_web::test]
async fn malformed_json_is_a_bad_request() {
    let app = TestApp::spawn_with(probe_routes).await;
    let response = post(
        &app,
        &format!("/probe/{ID}"),
        "application/json",
        r#"{"name": "x", "#,
    )
    .await;
    expect_problem(response, 400, "malformed_json").await;
}

#[actix_web::test]
async fn unknown_fields_and_wrong_types_point_at_the_field() {
    let app = TestApp::spawn_with(probe_routes).await;
    let path = format!("/probe/{ID}");
    let cases = [
        (
            r#"{"name":"x","count":1,"admin":true}"#,
            "/admin",
            "unknown_field",
        ),
        (r#"{"name":"x","count":"deux"}"#, "/count", "invalid_type"),
        (r#"{"name":"x","count":-1}"#, "/count", "invalid_value"),
        (r#"{"count":1}"#, "/name", "missing_field"),
    ];
    for (body, pointer, code) in cases {
        let problem = expect_problem(
            post(&app, &path, "application/json", body).await,
            422,
            "invalid_field",
        )
        .await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{body}");
        assert_eq!(problem["errors"][0]["code"], code, "{body}");
    }
}

#[actix_web::test]
async fn bodies_over_one_mebibyte_are_refused() {
    let app = TestApp::spawn_with(probe_routes).await;
    let huge = format!(r#"{{"name":"{}","count":1}}"#, "x".repeat(1024 * 1024 + 1));
    let response = post(&app, &format!("/probe/{ID}"), "application/json", huge).await;
    expect_problem(response, 413, "payload_too_large").await;
}

#[actix_web::test]
async fn a_body_that_is_not_json_is_refused() {
    let app = TestApp::spawn_with(probe_routes).await;
    let response = post(&app, &format!("/probe/{ID}"), "text/plain", "name=x").await;
    expect_problem(response, 415, "unsupported_media_type").await;
}

#[actix_web::test]
async fn a_bad_uuid_in_the_path_is_a_bad_request() {
    let app = TestApp::spawn_with(probe_routes).await;
    let response = post(
        &app,
        "/probe/not-a-uuid",
        "application/json",
        r#"{"name":"x","count":1}"#,
    )
    .await;
    expect_problem(response, 400, "invalid_path_parameter").await;
}

#[actix_web::test]
async fn unknown_api_routes_and_methods_answer_problems() {
    let app = TestApp::spawn().await;
    expect_problem(app.get("/api/v1/nothing-here").await, 404, "not_found").await;
    expect_problem(app.get("/api/other").await, 404, "not_found").await;
    let response = app.client.delete(app.url("/health")).send().await.unwrap();
    expect_problem(response, 405, "method_not_allowed").await;
}

#[actix_web::test]
async fn bad_query_parameters_are_bad_requests() {
    let app = TestApp::spawn().await;
    expect_problem(
        app.get("/api/v1/territories/reunion/public-holidays?year=deux")
            .await,
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        app.get("/api/v1/territories/reunion/public-holidays?year=99999")
            .await,
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        app.get("/api/v1/territories/reunion/public-holidays?annee=2026")
            .await,
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        app.get("/api/v1/territories/atlantide/public-holidays")
            .await,
        400,
        "invalid_path_parameter",
    )
    .await;
}
