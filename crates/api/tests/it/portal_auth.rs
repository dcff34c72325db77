//! Signing in to the portal: the code by SMS, its 10 minutes and 5 attempts, 3 codes an hour,
//! the same answers for unknown numbers, sessions of their own audience.

use chrono::TimeDelta;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::booking::{convict, monday, set_now};
use crate::support::fixtures::{agent, service, token};
use crate::support::portal::{ask_code, enter_code, invite, last_code, signed_in};
use crate::support::{TestApp, expect_problem};

const PHONE: &str = "+33639981234";
const TYPED: &str = "06 39 98 12 34";
const UNKNOWN: &str = "06 39 98 55 55";

async fn invited(app: &TestApp) -> (String, uuid::Uuid) {
    set_now(app, monday());
    let spip = service(app, "SPIP 92", OrganizationType::Spip).await;
    let dpip = token(app, &agent(app, spip, Role::Dpip, true).await);
    let person = convict(app, &[spip], Some(PHONE)).await;
    (dpip, person)
}

async fn refresh(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/portal/auth/refresh"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

#[actix_web::test]
async fn a_probationer_signs_in_with_the_code_received_by_sms() {
    let app = TestApp::spawn().await;
    let (dpip, person) = invited(&app).await;
    assert_eq!(invite(&app, &dpip, person).await.status(), 202);
    let sent = ask_code(&app, TYPED).await;
    assert_eq!(sent.status(), 202);
    let code = last_code(&app, PHONE).await;
    assert!(
        code.chars().all(|c| c.is_ascii_digit()) && code.len() == 6,
        "{code}"
    );
    let response = enter_code(&app, TYPED, &code).await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    for part in [
        "msj_portal_refresh=",
        "HttpOnly",
        "SameSite=Strict",
        "Path=/api/v1/portal/auth",
        "Max-Age=2592000",
    ] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }
    let session: Value = response.json().await.unwrap();
    assert_eq!(session["first_name"], "Élodie");
    let access = session["access_token"].as_str().unwrap();
    assert_eq!(
        app.get_as(access, "/api/v1/portal/appointments")
            .await
            .status(),
        200
    );
    expect_problem(enter_code(&app, TYPED, &code).await, 422, "no_code").await;

    let pair = cookie.split(';').next().unwrap().to_owned();
    let rotated = refresh(&app, &pair).await;
    assert_eq!(rotated.status(), 200);
    let next = rotated.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    expect_problem(refresh(&app, &pair).await, 401, "session_expired").await;
    expect_problem(refresh(&app, &next).await, 401, "session_expired").await;

    let profile: Value = app
        .get_as(&dpip, &format!("/api/v1/convicts/{person}"))
        .await
        .json()
        .await
        .unwrap();
    assert!(profile["portal"]["activated_at"].is_string(), "{profile}");
}

#[actix_web::test]
async fn a_session_lasts_thirty_days_and_signing_out_ends_it() {
    let app = TestApp::spawn().await;
    let (dpip, person) = invited(&app).await;
    let (_, cookie) = signed_in(&app, &dpip, person, TYPED).await;
    app.state.clock.advance(TimeDelta::days(29));
    let rotated = refresh(&app, &cookie).await;
    assert_eq!(rotated.status(), 200);
    let cookie = rotated.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    app.state.clock.advance(TimeDelta::days(1));
    expect_problem(refresh(&app, &cookie).await, 401, "session_expired").await;

    let (_, cookie) = signed_in_again(&app).await;
    let out = app
        .client
        .post(app.url("/api/v1/portal/auth/logout"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    assert!(
        out.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    expect_problem(refresh(&app, &cookie).await, 401, "session_expired").await;
}

async fn signed_in_again(app: &TestApp) -> (Value, String) {
    assert_eq!(ask_code(app, TYPED).await.status(), 202);
    let code = last_code(app, PHONE).await;
    let response = enter_code(app, TYPED, &code).await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    (response.json().await.unwrap(), cookie)
}

#[actix_web::test]
async fn known_and_unknown_numbers_get_the_same_answers() {
    let app = TestApp::spawn().await;
    let (dpip, person) = invited(&app).await;
    assert_eq!(invite(&app, &dpip, person).await.status(), 202);
    let mut bodies = Vec::new();
    for phone in [TYPED, UNKNOWN] {
        for _ in 0..3 {
            let answer = ask_code(&app, phone).await;
            assert_eq!(answer.status(), 202);
            bodies.push(answer.text().await.unwrap());
        }
        let fourth = ask_code(&app, phone).await;
        assert_eq!(fourth.headers()["retry-after"], "3600");
        bodies.push(
            expect_problem(fourth, 429, "too_many_codes")
                .await
                .to_string(),
        );
        let wrong =
            expect_problem(enter_code(&app, phone, "000000").await, 422, "invalid_code").await;
        bodies.push(wrong.to_string());
    }
    let (known, unknown) = bodies.split_at(5);
    assert_eq!(
        known, unknown,
        "answers never tell whether a number is known"
    );
    app.state.clock.advance(TimeDelta::minutes(61));
    assert_eq!(
        ask_code(&app, UNKNOWN).await.status(),
        202,
        "an hour later, a new code"
    );
    expect_problem(ask_code(&app, "01 23 45 67 89").await, 422, "invalid_field").await;
    let malformed = app
        .client
        .post(app.url("/api/v1/portal/auth/code"))
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), 400);
}

#[actix_web::test]
async fn a_code_lasts_ten_minutes_and_five_wrong_entries() {
    let app = TestApp::spawn().await;
    let (dpip, person) = invited(&app).await;
    assert_eq!(invite(&app, &dpip, person).await.status(), 202);
    ask_code(&app, TYPED).await;
    let code = last_code(&app, PHONE).await;
    let wrong = if code == "111111" { "222222" } else { "111111" };
    for remaining in (0..5).rev() {
        let body = expect_problem(enter_code(&app, TYPED, wrong).await, 422, "invalid_code").await;
        assert!(
            body["detail"]
                .as_str()
                .unwrap()
                .contains(&format!("{remaining} essai")),
            "{body}"
        );
        assert_eq!(body["errors"][0]["pointer"], "/code");
    }
    expect_problem(
        enter_code(&app, TYPED, &code).await,
        422,
        "code_attempts_exceeded",
    )
    .await;

    ask_code(&app, TYPED).await;
    let code = last_code(&app, PHONE).await;
    app.state.clock.advance(TimeDelta::minutes(10));
    expect_problem(enter_code(&app, TYPED, &code).await, 422, "code_expired").await;
}

#[actix_web::test]
async fn portal_and_agent_tokens_never_open_each_others_doors() {
    let app = TestApp::spawn().await;
    let (dpip, person) = invited(&app).await;
    let (session, _) = signed_in(&app, &dpip, person, TYPED).await;
    let portal = session["access_token"].as_str().unwrap();
    for path in [
        "/api/v1/convicts",
        &format!("/api/v1/convicts/{person}"),
        "/api/v1/auth/me",
        "/api/v1/appointments",
    ] {
        expect_problem(app.get_as(portal, path).await, 401, "unauthenticated").await;
    }
    let reinvite = app
        .send_as(
            Method::POST,
            portal,
            &format!("/api/v1/convicts/{person}/portal-invitation"),
            json!({}),
        )
        .await;
    expect_problem(reinvite, 401, "unauthenticated").await;
    for path in ["/api/v1/portal/appointments", "/api/v1/portal/me"] {
        expect_problem(app.get_as(&dpip, path).await, 401, "unauthenticated").await;
    }
    let archived = app
        .send_as(
            Method::POST,
            &dpip,
            &format!("/api/v1/convicts/{person}/archive"),
            json!({}),
        )
        .await;
    assert!(archived.status().is_success());
    expect_problem(
        app.get_as(portal, "/api/v1/portal/me").await,
        401,
        "unauthenticated",
    )
    .await;
}
