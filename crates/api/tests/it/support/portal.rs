//! The portal's way in: an invited probationer, the SMS the worker sends, a signed-in device.

use diesel_async::RunQueryDsl;
use msj_api::notifications::gateway::OutboxGateway;
use msj_api::notifications::worker::run_once;
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use super::TestApp;

/// Runs the SMS worker once through the development outbox.
pub async fn deliver(app: &TestApp) {
    let outbox = OutboxGateway::new(app.state.pool.clone());
    run_once(
        &app.state.pool,
        &outbox,
        &app.state.clock,
        "https://msj.example.fr",
    )
    .await
    .unwrap();
}

/// The texts the outbox accepted for `phone` (E.164), oldest first.
pub async fn texts_to(app: &TestApp, phone: &str) -> Vec<String> {
    #[derive(diesel::QueryableByName)]
    struct Text {
        #[diesel(sql_type = diesel::sql_types::Text)]
        message: String,
    }
    let rows: Vec<Text> = diesel::sql_query(
        "SELECT message FROM sms_outbox WHERE destination = $1 ORDER BY accepted_at, client_reference",
    )
    .bind::<diesel::sql_types::Text, _>(phone)
    .load(&mut *app.conn().await)
    .await
    .unwrap();
    rows.into_iter().map(|row| row.message).collect()
}

/// The last sign-in code the outbox sent to `phone`.
pub async fn last_code(app: &TestApp, phone: &str) -> String {
    deliver(app).await;
    let texts = texts_to(app, phone).await;
    let text = texts
        .iter()
        .rev()
        .find(|text| text.contains("code de connexion"))
        .expect("a code SMS");
    text[..6].to_owned()
}

/// `POST /api/v1/convicts/{id}/portal-invitation` as `token`.
pub async fn invite(app: &TestApp, token: &str, convict: Uuid) -> reqwest::Response {
    app.send_as(
        Method::POST,
        token,
        &format!("/api/v1/convicts/{convict}/portal-invitation"),
        json!({}),
    )
    .await
}

/// Asks for a code for `phone` (as typed).
pub async fn ask_code(app: &TestApp, phone: &str) -> reqwest::Response {
    app.post_json("/api/v1/portal/auth/code", json!({"phone": phone}))
        .await
}

/// Enters `code` for `phone`.
pub async fn enter_code(app: &TestApp, phone: &str, code: &str) -> reqwest::Response {
    app.post_json(
        "/api/v1/portal/auth/verify",
        json!({"phone": phone, "code": code}),
    )
    .await
}

/// Invites `convict` (with `agent_token`), asks a code for `phone` and signs in: the portal
/// session's body and its refresh cookie (`name=value`).
pub async fn signed_in(
    app: &TestApp,
    agent_token: &str,
    convict: Uuid,
    phone: &str,
) -> (Value, String) {
    assert_eq!(invite(app, agent_token, convict).await.status(), 202);
    assert_eq!(ask_code(app, phone).await.status(), 202);
    let e164 =
        msj_domain::phone::parse_mobile(phone, msj_domain::territories::Territory::Metropole)
            .unwrap();
    let code = last_code(app, e164.e164()).await;
    let response = enter_code(app, phone, &code).await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    let pair = cookie.split(';').next().unwrap().to_owned();
    (response.json().await.unwrap(), pair)
}
