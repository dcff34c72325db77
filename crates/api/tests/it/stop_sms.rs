//! STOP SMS end to end: the short link, the confirmation, the opt-out, the reactivation.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::booking::{Desk, booked, desk, reloaded, sms_rows};

#[actix_web::test]
async fn a_probationer_stops_sms_and_an_agent_reenables_them() {
    let app = TestApp::spawn().await;
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
        Some("reminder_only"),
    )
    .await;
    let stop_token = person.simple().to_string()[24..].to_owned();
    let no_redirect = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let short = no_redirect
        .get(app.url(&format!("/s/{stop_token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(short.status(), 302);
    assert_eq!(
        short.headers()["location"],
        format!("/stop-sms/{stop_token}").as_str()
    );
    let page = app.get(&format!("/stop-sms/{stop_token}")).await;
    assert_eq!(page.status(), 200);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = page.text().await.unwrap();
    assert!(
        html.contains(r#"<html lang="fr""#)
            && html.contains("Ne plus recevoir de SMS")
            && html.contains("/dsfr/dsfr.main.min.css")
    );
    let record: Value = app
        .get_as(&cpip, &format!("/api/v1/convicts/{person}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        record["can_receive_sms"], true,
        "opening the page changes nothing"
    );
    let done = app
        .client
        .post(app.url(&format!("/stop-sms/{stop_token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    assert!(
        done.text()
            .await
            .unwrap()
            .contains("vous ne recevrez plus de SMS")
    );
    let record: Value = app
        .get_as(&cpip, &format!("/api/v1/convicts/{person}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (record["refused_phone"].as_bool(), record["phone"].as_str()),
        (Some(true), Some("+33639981234"))
    );
    let fetched: Value = reloaded(&app, &cpip, &appointment).await;
    assert_eq!(sms_rows(&fetched)[0].1, "canceled");
    let history: Value = app
        .get_as(&cpip, &format!("/api/v1/history?convict_id={person}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(history["items"][0]["event"], "refuse_phone_convict");
    let again = app
        .client
        .post(app.url(&format!("/stop-sms/{stop_token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 200, "idempotent");
    let reactivated = app
        .send_as(
            Method::POST,
            &cpip,
            &format!("/api/v1/convicts/{person}/sms/reactivate"),
            json!({}),
        )
        .await;
    assert_eq!(reactivated.status(), 200);
    let fetched: Value = reloaded(&app, &cpip, &appointment).await;
    assert_eq!(
        sms_rows(&fetched).last().unwrap().1,
        "created",
        "the reminder is planned again"
    );
    let unknown = app
        .get("/stop-sms/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert_eq!(unknown.status(), 404);
    assert!(!unknown.text().await.unwrap().contains("<script>"));
}
