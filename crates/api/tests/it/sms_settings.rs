//! What a service's SMS settings and later changes do to messages waiting to leave: the
//! sender name, quiet hours (America/Cayenne), place and template edits, and the appointment
//! that is over before its reminder could leave.

use chrono::{DateTime, TimeZone, Utc};
use msj_api::notifications::gateway::HttpGateway;
use msj_api::notifications::worker::run_once;
use msj_domain::roles::Role;
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{Desk, booked, convict, desk, place, reloaded, set_now, sms_rows};
use crate::support::fixtures::{TestAgent, agent, agent_with_role, token};
use crate::support::sms::FakeProvider;
use crate::support::{TestApp, expect_problem};

async fn dispatch(app: &TestApp, provider: &FakeProvider) -> usize {
    let gateway = HttpGateway::new(&provider.base, "msj", "secret".to_owned().into()).unwrap();
    run_once(
        &app.state.pool,
        &gateway,
        &app.state.clock,
        "https://msj.example.fr",
    )
    .await
    .unwrap()
}

fn cayenne(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    chrono_tz::America::Cayenne
        .with_ymd_and_hms(2027, 3, day, hour, minute, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// The appointment as its agent sees it now (a fresh token: the clock moves in days).
async fn reload(app: &TestApp, agent: &TestAgent, appointment: &Value) -> Value {
    reloaded(app, &token(app, agent), appointment).await
}

#[actix_web::test]
async fn a_services_sender_name_and_quiet_hours_apply_to_its_messages() {
    let app = TestApp::spawn().await;
    let provider = FakeProvider::start();
    set_now(&app, cayenne(1, 21, 30));
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let body = json!({"name": "SPIP 973", "kind": "spip", "territory": "guyane"});
    let created: Value = app
        .send_as(Method::POST, &admin, "/api/v1/organizations", body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(created["time_zone"], "America/Cayenne");
    assert_eq!(created["sms_sender"], "MSJ");
    let spip: Uuid = created["id"].as_str().unwrap().parse().unwrap();
    let path = format!("/api/v1/organizations/{spip}");
    let settings = json!({"sms_sender": " SPIP 973 ", "quiet_hours_start": "20:00", "quiet_hours_end": "07:30"});
    let changed: Value = app
        .send_as(Method::PATCH, &admin, &path, settings)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(changed["sms_sender"], "SPIP 973");
    for (name, why) in [
        ("Justice-973", "sans accent"),
        ("0694123456", "lettre"),
        ("SPIP GUYANE 973", "11"),
    ] {
        let problem = expect_problem(
            app.send_as(Method::PATCH, &admin, &path, json!({"sms_sender": name}))
                .await,
            422,
            "invalid_field",
        )
        .await;
        assert_eq!(problem["errors"][0]["pointer"], "/sms_sender");
        assert_eq!(problem["errors"][0]["code"], "invalid_sender_name");
        assert!(
            problem["errors"][0]["detail"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains(&why.to_lowercase()),
            "{problem}"
        );
    }
    let local_admin = token(&app, &agent(&app, spip, Role::LocalAdmin, true).await);
    expect_problem(
        app.send_as(
            Method::PATCH,
            &local_admin,
            &path,
            json!({"sms_sender": "X1"}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;

    let (room, _) = place(&app, spip, &["suivi_spip"]).await;
    let booker = agent(&app, spip, Role::Cpip, true).await;
    let cpip = token(&app, &booker);
    let person = convict(&app, &[spip], Some("+594694123456")).await;
    let appointment = booked(
        &app,
        &cpip,
        person,
        room,
        "2027-03-12T09:00",
        Some("now_and_reminder"),
    )
    .await;
    assert_eq!(
        sms_rows(&appointment)[0].2,
        "2027-03-02T07:30:00-03:00",
        "booked in the evening, the summon waits for the end of the quiet hours"
    );
    assert_eq!(dispatch(&app, &provider).await, 0);
    set_now(&app, cayenne(2, 7, 29));
    assert_eq!(dispatch(&app, &provider).await, 0, "not a minute early");
    set_now(&app, cayenne(2, 7, 30));
    assert_eq!(dispatch(&app, &provider).await, 1);
    let form = provider.accepted().into_values().next().unwrap();
    assert_eq!(form["originatingAddress"], "SPIP 973");
    assert_eq!(form["destinationAddress"], "+594694123456");
    let sent = reload(&app, &booker, &appointment).await;
    let sent_at = sent["notifications"][0]["sent_at"].as_str().unwrap();
    assert!(
        sent_at.starts_with("2027-03-02T07:30:00") && sent_at.ends_with("-03:00"),
        "{sent_at}"
    );
    assert_eq!(
        sent["notifications"][0]["content"],
        form["messageText"].as_str()
    );

    let later = json!({"quiet_hours_start": "08:30", "quiet_hours_end": "10:00"});
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let response = app.send_as(Method::PATCH, &admin, &path, later).await;
    assert_eq!(response.status(), 200);
    set_now(&app, cayenne(10, 9, 0));
    assert_eq!(dispatch(&app, &provider).await, 1);
    assert_eq!(
        provider.state.lock().unwrap().requests,
        1,
        "the reminder due at 09:00 is now inside the quiet hours"
    );
    let waiting = reload(&app, &booker, &appointment).await;
    assert_eq!(
        sms_rows(&waiting)[1],
        (
            "reminder".to_owned(),
            "created".to_owned(),
            "2027-03-10T10:00:00-03:00".to_owned()
        )
    );
    set_now(&app, cayenne(10, 10, 0));
    assert_eq!(dispatch(&app, &provider).await, 1);
    assert_eq!(provider.state.lock().unwrap().requests, 2);
}

#[actix_web::test]
async fn waiting_messages_carry_the_place_and_template_of_the_minute_they_leave() {
    let app = TestApp::spawn().await;
    let provider = FakeProvider::start();
    let Desk {
        spip,
        room,
        cpip,
        person,
        ..
    } = desk(&app).await;
    let dpip = token(&app, &agent(&app, spip, Role::Dpip, true).await);
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    booked(
        &app,
        &cpip,
        person,
        room,
        "2027-03-12T14:30",
        Some("reminder_only"),
    )
    .await;
    let moved = json!({"name": "Antenne Bastille", "address": "12 rue de Lyon, 75012 Paris"});
    let response = app
        .send_as(
            Method::PATCH,
            &dpip,
            &format!("/api/v1/places/{room}"),
            moved,
        )
        .await;
    assert_eq!(response.status(), 200);
    let text =
        "RAPPEL : le SPIP vous attend le {rdv.date} à {rdv.heure} à {lieu.nom}, {lieu.adresse}.";
    let response = app
        .send_as(
            Method::PUT,
            &admin,
            "/api/v1/notification-templates/suivi_spip/reminder",
            json!({"template": text}),
        )
        .await;
    assert_eq!(response.status(), 204);
    set_now(
        &app,
        chrono_tz::Europe::Paris
            .with_ymd_and_hms(2027, 3, 10, 14, 30, 0)
            .unwrap()
            .to_utc(),
    );
    assert_eq!(dispatch(&app, &provider).await, 1);
    let form = provider.accepted().into_values().next().unwrap();
    assert!(
        form["messageText"].starts_with(
            "RAPPEL : le SPIP vous attend le vendredi 12 mars 2027 à 14h30 à Antenne Bastille, 12 rue de Lyon, 75012 Paris."
        ),
        "{}",
        form["messageText"]
    );
}

#[actix_web::test]
async fn nothing_leaves_once_the_appointment_has_begun() {
    let app = TestApp::spawn().await;
    let provider = FakeProvider::start();
    let Desk {
        room,
        agent: booker,
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
    set_now(
        &app,
        chrono_tz::Europe::Paris
            .with_ymd_and_hms(2027, 3, 12, 14, 31, 0)
            .unwrap()
            .to_utc(),
    );
    assert_eq!(
        dispatch(&app, &provider).await,
        2,
        "the workers were stopped until after the appointment"
    );
    let reloaded = reload(&app, &booker, &appointment).await;
    let states: Vec<_> = reloaded["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|sms| {
            (
                sms["kind"].as_str(),
                sms["state"].as_str(),
                sms["unsent_reason"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            (Some("summon"), Some("unsent"), Some("too_late")),
            (Some("reminder"), Some("unsent"), Some("too_late"))
        ]
    );
    assert_eq!(provider.state.lock().unwrap().requests, 0);
}
