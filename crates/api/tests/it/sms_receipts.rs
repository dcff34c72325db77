//! Delivery receipts: signatures, replay window, ordering.

use hmac::{Hmac, Mac};
use msj_api::notifications::gateway::OutboxGateway;
use msj_api::notifications::worker::run_once;
use serde_json::Value;
use sha2::Sha256;

use crate::support::booking::{Desk, booked, desk, sms_rows};
use crate::support::{TestApp, expect_problem};

const SECRET: &str = "receipt-secret-0123456789";

fn signature(t: i64, body: &str, secret: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.{body}").as_bytes());
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("t={t},v1={hex}")
}

async fn post(app: &TestApp, body: &str, header: Option<String>) -> reqwest::Response {
    let mut request = app
        .client
        .post(app.url("/api/v1/sms/receipts"))
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(header) = header {
        request = request.header("X-MSJ-Signature", header);
    }
    request.send().await.unwrap()
}

async fn summon_state(app: &TestApp, token: &str, appointment: &Value) -> String {
    let path = format!(
        "/api/v1/appointments/{}",
        appointment["id"].as_str().unwrap()
    );
    let fetched: Value = app.get_as(token, &path).await.json().await.unwrap();
    sms_rows(&fetched)[0].1.clone()
}

#[actix_web::test]
async fn signed_receipts_update_sent_messages_in_order() {
    let app =
        TestApp::spawn_configured(|_| {}, &[("MSJ_SMS_RECEIPT_SECRET", SECRET.to_owned())]).await;
    let Desk {
        spip: _,
        room,
        cpip,
        person,
        ..
    } = desk(&app).await;
    let appointment = booked(
        &app,
        &cpip,
        person,
        room,
        "2027-03-12T14:30",
        Some("now_and_reminder"),
    )
    .await;
    let gateway = OutboxGateway::new(app.state.pool.clone());
    run_once(
        &app.state.pool,
        &gateway,
        &app.state.clock,
        "https://msj.example.fr",
    )
    .await
    .unwrap();
    let summon = appointment["notifications"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let now = app.state.clock.now().timestamp();
    let delivered = format!(
        r#"{{"client_ref":"{summon}","status":"delivered","code":"0","at":"2027-03-01T09:00:30Z"}}"#
    );
    assert_eq!(
        post(&app, &delivered, Some(signature(now, &delivered, SECRET)))
            .await
            .status(),
        204
    );
    assert_eq!(summon_state(&app, &cpip, &appointment).await, "delivered");
    let older = format!(
        r#"{{"client_ref":"{summon}","status":"failed","code":"27","at":"2027-03-01T09:00:10Z"}}"#
    );
    assert_eq!(
        post(&app, &older, Some(signature(now, &older, SECRET)))
            .await
            .status(),
        204
    );
    assert_eq!(
        summon_state(&app, &cpip, &appointment).await,
        "delivered",
        "an older receipt is ignored"
    );
    let undelivered = format!(
        r#"{{"client_ref":"{summon}","status":"failed","code":"34","at":"2027-03-01T09:05:00Z"}}"#
    );
    post(
        &app,
        &undelivered,
        Some(signature(now, &undelivered, SECRET)),
    )
    .await;
    assert_eq!(summon_state(&app, &cpip, &appointment).await, "failed");
    let history: Value = app
        .get_as(&cpip, &format!("/api/v1/history?convict_id={person}"))
        .await
        .json()
        .await
        .unwrap();
    let failures: Vec<&str> = history["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["event"] == "fail_notification")
        .map(|item| item["content"].as_str().unwrap())
        .collect();
    assert_eq!(
        failures,
        [
            "Le SMS « Convocation » envoyé à Élodie DUPRÉ n'a pas été distribué par l'opérateur (code 34)."
        ]
    );
    expect_problem(post(&app, &delivered, None).await, 401, "invalid_signature").await;
    expect_problem(
        post(&app, &delivered, Some(signature(now, &delivered, "other"))).await,
        401,
        "invalid_signature",
    )
    .await;
    expect_problem(
        post(&app, &older, Some(signature(now, &delivered, SECRET))).await,
        401,
        "invalid_signature",
    )
    .await;
    expect_problem(
        post(
            &app,
            &delivered,
            Some(signature(now - 301, &delivered, SECRET)),
        )
        .await,
        401,
        "signature_expired",
    )
    .await;
    let garbage = "pas du json";
    expect_problem(
        post(&app, garbage, Some(signature(now, garbage, SECRET))).await,
        400,
        "invalid_json",
    )
    .await;
    let unknown =
        format!(r#"{{"client_ref":"{summon}","status":"lu","at":"2027-03-01T09:01:00Z"}}"#);
    expect_problem(
        post(&app, &unknown, Some(signature(now, &unknown, SECRET))).await,
        422,
        "invalid_field",
    )
    .await;
}
