//! What a signed-in probationer sees: their own convocations only, in plain words; their
//! referent's contact as far as it is shared; their SMS preference.

use msj_domain::roles::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::booking::{Desk, booked, convict, desk, reloaded, sms_rows};
use crate::support::fixtures::{agent, token};
use crate::support::portal::signed_in;
use crate::support::{TestApp, expect_problem};

const TYPED: &str = "06 39 98 12 34";

/// A DPIP of `spip`, who may invite anyone their service follows.
async fn dpip(app: &TestApp, spip: uuid::Uuid) -> String {
    token(app, &agent(app, spip, Role::Dpip, true).await)
}

#[actix_web::test]
async fn a_probationer_sees_only_their_own_convocations() {
    let app = TestApp::spawn().await;
    let Desk {
        spip,
        room,
        cpip,
        person,
        ..
    } = desk(&app).await;
    let other = convict(&app, &[spip], Some("+33639985678")).await;
    let next = booked(
        &app,
        &cpip,
        person,
        room,
        "2027-03-12T14:30",
        Some("reminder_only"),
    )
    .await;
    booked(
        &app,
        &cpip,
        person,
        room,
        "2027-04-02T09:05",
        Some("reminder_only"),
    )
    .await;
    let canceled = booked(
        &app,
        &cpip,
        person,
        room,
        "2027-03-05T10:00",
        Some("reminder_only"),
    )
    .await;
    let cancel = app
        .send_as(
            Method::POST,
            &cpip,
            &format!(
                "/api/v1/appointments/{}/cancel",
                canceled["id"].as_str().unwrap()
            ),
            json!({"send_sms": false}),
        )
        .await;
    assert!(
        cancel.status().is_success(),
        "{}",
        cancel.text().await.unwrap()
    );
    let theirs = booked(
        &app,
        &cpip,
        other,
        room,
        "2027-03-10T11:00",
        Some("reminder_only"),
    )
    .await;

    let (session, _) = signed_in(&app, &dpip(&app, spip).await, person, TYPED).await;
    let portal = session["access_token"].as_str().unwrap();
    let upcoming = app.get_ok(portal, "/api/v1/portal/appointments").await;
    assert_eq!(upcoming["total"], 2);
    let first = &upcoming["items"][0];
    assert_eq!(first["id"], next["id"]);
    assert_eq!(first["date_label"], "vendredi 12 mars 2027");
    assert_eq!(first["time_label"], "14 h 30");
    assert_eq!(first["status_label"], "Prévue");
    assert!(
        !first["place"]["what_to_bring"]
            .as_array()
            .unwrap()
            .is_empty(),
        "the default list at least"
    );
    assert_eq!(first["service"], "SPIP 75");
    assert!(
        first["place"]["map_url"]
            .as_str()
            .unwrap()
            .starts_with("https://www.openstreetmap.org/search?query=1%20rue")
    );
    assert!(
        first["place"]["preparation_url"]
            .as_str()
            .unwrap()
            .contains("/p/")
    );
    let past = app
        .get_ok(portal, "/api/v1/portal/appointments?when=past")
        .await;
    assert_eq!(past["total"], 1);
    assert_eq!(past["items"][0]["status_label"], "Annulée");

    let smuggled = app
        .get_ok(
            portal,
            &format!("/api/v1/portal/appointments?convict_id={other}"),
        )
        .await;
    assert!(
        smuggled["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|item| item["id"] != theirs["id"])
    );
    let theirs_path = format!("/api/v1/appointments/{}", theirs["id"].as_str().unwrap());
    expect_problem(
        app.get_as(portal, &theirs_path).await,
        401,
        "unauthenticated",
    )
    .await;
    expect_problem(
        app.get_as(portal, &format!("/api/v1/convicts/{other}"))
            .await,
        401,
        "unauthenticated",
    )
    .await;
    expect_problem(
        app.get_as(portal, "/api/v1/portal/appointments?when=all")
            .await,
        400,
        "invalid_query",
    )
    .await;
}

#[actix_web::test]
async fn sms_stop_and_resume_from_the_portal() {
    let app = TestApp::spawn().await;
    let Desk {
        spip,
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
    let (session, _) = signed_in(&app, &dpip(&app, spip).await, person, TYPED).await;
    let portal = session["access_token"].as_str().unwrap();
    assert_eq!(
        app.get_ok(portal, "/api/v1/portal/me").await["receives_sms"],
        true
    );

    let stopped = app
        .send_as(
            Method::PUT,
            portal,
            "/api/v1/portal/me/sms",
            json!({"receives_sms": false}),
        )
        .await;
    assert_eq!(stopped.status(), 200);
    assert_eq!(
        stopped.json::<Value>().await.unwrap()["receives_sms"],
        false
    );
    let rows = sms_rows(&reloaded(&app, &cpip, &appointment).await);
    assert!(
        rows.iter().all(|(_, state, _)| state != "created"),
        "pending SMS canceled: {rows:?}"
    );

    let resumed = app
        .send_as(
            Method::PUT,
            portal,
            "/api/v1/portal/me/sms",
            json!({"receives_sms": true}),
        )
        .await;
    assert_eq!(resumed.json::<Value>().await.unwrap()["receives_sms"], true);
    let rows = sms_rows(&reloaded(&app, &cpip, &appointment).await);
    assert!(
        rows.iter()
            .any(|(kind, state, _)| kind == "reminder" && state == "created"),
        "reminder planned again: {rows:?}"
    );
    let history = app
        .get_ok(&cpip, &format!("/api/v1/history?convict_id={person}"))
        .await;
    let texts: Vec<&str> = history["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|item| item["content"].as_str())
        .collect();
    assert!(
        texts.iter().any(|text| text.contains("depuis son espace")),
        "{texts:?}"
    );
    let bad = app
        .send_as(
            Method::PUT,
            portal,
            "/api/v1/portal/me/sms",
            json!({"receives_sms": "non"}),
        )
        .await;
    assert!(bad.status().is_client_error());
}

#[actix_web::test]
async fn the_referents_contact_shows_what_they_share() {
    let app = TestApp::spawn().await;
    let Desk { spip, person, .. } = desk(&app).await;
    let referent = agent(&app, spip, Role::Cpip, true).await;
    let referent_token = token(&app, &referent);
    let phone = msj_db::users::ProfileChanges {
        phone: Some(Some("01 47 00 00 01".to_owned())),
        ..Default::default()
    };
    msj_db::users::update_profile(&mut *app.conn().await, referent.id, &phone)
        .await
        .unwrap();
    let taken = app
        .send_as(
            Method::POST,
            &referent_token,
            &format!("/api/v1/convicts/{person}/referent"),
            json!({}),
        )
        .await;
    assert!(taken.status().is_success());
    let (session, _) = signed_in(&app, &referent_token, person, TYPED).await;
    let portal = session["access_token"].as_str().unwrap();
    let hidden = app.get_ok(portal, "/api/v1/portal/me").await;
    assert_eq!(hidden["referent"]["name"], "Élodie MARTIN");
    assert!(hidden["referent"]["phone"].is_null() && hidden["referent"]["email"].is_null());
    let shared = app
        .send_as(
            Method::PUT,
            &referent_token,
            "/api/v1/auth/me/contact-sharing",
            json!({"share_phone": true, "share_email": false}),
        )
        .await;
    assert_eq!(shared.status(), 200);
    assert_eq!(
        app.get_ok(&referent_token, "/api/v1/auth/me/contact-sharing")
            .await["share_phone"],
        true
    );
    let visible = app.get_ok(portal, "/api/v1/portal/me").await;
    assert_eq!(visible["referent"]["phone"], "01 47 00 00 01");
    assert!(visible["referent"]["email"].is_null());
}
