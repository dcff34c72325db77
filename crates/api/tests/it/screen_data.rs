//! What the agent application reads to decide which menus and buttons to show: the menu in
//! `/auth/me`, the profile fields of a probationer, the actions of each appointment.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::booking::{booked, desk, monday, set_now};
use crate::support::fixtures::{agent, service, token};

async fn me(app: &TestApp, access: &str) -> Value {
    app.get_as(access, "/api/v1/auth/me")
        .await
        .json()
        .await
        .unwrap()
}

#[actix_web::test]
async fn the_menu_follows_the_role() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let tj = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let cpip = me(
        &app,
        &token(&app, &agent(&app, spip, Role::Cpip, true).await),
    )
    .await;
    assert_eq!(cpip["menu"]["administration"], false);
    assert_eq!(cpip["menu"]["my_convicts_filter"], true);
    assert_eq!(
        cpip["menu"]["month_views"],
        json!(["sortie_audience_spip", "sap_ddse"])
    );
    let local_admin = me(
        &app,
        &token(&app, &agent(&app, spip, Role::LocalAdmin, true).await),
    )
    .await;
    let menu = &local_admin["menu"];
    assert_eq!(menu["administration"], true);
    assert_eq!(menu["places"], true);
    assert_eq!(menu["agents"], true);
    assert_eq!(menu["transfers"], true);
    assert_eq!(menu["sms_templates"], false);
    let bex = me(&app, &token(&app, &agent(&app, tj, Role::Bex, true).await)).await;
    assert_eq!(bex["menu"]["ressort_filter"], true);
    assert_eq!(bex["menu"]["month_views"].as_array().unwrap().len(), 3);
    let admin = me(
        &app,
        &token(&app, &agent(&app, tj, Role::Admin, true).await),
    )
    .await;
    assert_eq!(admin["menu"]["sms_templates"], true);
    assert_eq!(admin["menu"]["audit"], true);
    let unsigned = me(
        &app,
        &token(&app, &agent(&app, tj, Role::Admin, false).await),
    )
    .await;
    assert_eq!(unsigned["menu"]["administration"], false);
}

#[actix_web::test]
async fn the_profile_carries_the_referent_and_the_buttons() {
    let app = TestApp::spawn().await;
    let desk = desk(&app).await;
    let path = format!("/api/v1/convicts/{}", desk.person);
    let profile: Value = app.get_as(&desk.cpip, &path).await.json().await.unwrap();
    assert_eq!(profile["referent"], Value::Null);
    assert_eq!(profile["actions"]["become_referent"], true);
    assert_eq!(profile["actions"]["edit"], true);
    assert_eq!(profile["actions"]["delete"], false);
    let assigned = app
        .send_as(
            Method::POST,
            &desk.cpip,
            &format!("{path}/referent"),
            json!({}),
        )
        .await;
    assert_eq!(assigned.status(), 204);
    let profile: Value = app.get_as(&desk.cpip, &path).await.json().await.unwrap();
    assert_eq!(profile["referent"]["id"], desk.agent.id.to_string());
    assert_eq!(profile["actions"]["become_referent"], false);
    assert_eq!(profile["actions"]["remove_referent"], true);
    let archived = app
        .send_as(
            Method::POST,
            &desk.cpip,
            &format!("{path}/archive"),
            json!({}),
        )
        .await;
    assert_eq!(archived.status(), 204);
    let profile: Value = app.get_as(&desk.cpip, &path).await.json().await.unwrap();
    assert_eq!(profile["actions"]["book"], false);
    assert_eq!(profile["actions"]["edit"], false);
    assert_eq!(profile["actions"]["unarchive"], true);
}

#[actix_web::test]
async fn appointments_carry_the_buttons_of_their_state_and_time() {
    let app = TestApp::spawn().await;
    let desk = desk(&app).await;
    let soon = booked(
        &app,
        &desk.cpip,
        desk.person,
        desk.room,
        "2027-03-02T10:00",
        Some("reminder_only"),
    )
    .await;
    let later = booked(
        &app,
        &desk.cpip,
        desk.person,
        desk.room,
        "2027-03-12T10:00",
        Some("reminder_only"),
    )
    .await;
    set_now(&app, monday() + chrono::TimeDelta::days(3));
    let cpip = token(&app, &desk.agent);
    let path = format!("/api/v1/appointments?convict_id={}", desk.person);
    let page: Value = app.get_as(&cpip, &path).await.json().await.unwrap();
    let actions = |id: &Value| {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|item| item["id"] == *id)
            .map(|item| item["actions"].clone())
            .unwrap()
    };
    assert_eq!(
        actions(&soon["id"]),
        json!({"cancel": false, "reschedule": false, "attendance": true, "excuse": true, "rebook": false})
    );
    assert_eq!(
        actions(&later["id"]),
        json!({"cancel": true, "reschedule": true, "attendance": false, "excuse": true, "rebook": false})
    );
    let detail: Value = app
        .get_as(
            &cpip,
            &format!("/api/v1/appointments/{}", soon["id"].as_str().unwrap()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(detail["actions"]["attendance"], true);
    let tj = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let bex = token(&app, &agent(&app, tj, Role::Bex, true).await);
    let page: Value = app.get_as(&bex, &path).await.json().await.unwrap();
    assert_eq!(page["total"], 0, "outside the BEX scope");
}
