//! Booking free-time appointments: rules, SMS rows, zones, refusals.

use msj_db::organizations::{NewOrganization, insert_if_absent};
use msj_domain::roles::{OrganizationType, Role};
use serde_json::Value;
use uuid::Uuid;

use crate::support::booking::{
    book, booked, convict, monday, place as new_place, set_now, sms_rows,
};
use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

const PHONE: &str = "+33639981234";

/// A SPIP with a place offering follow-ups and TIG, a CPIP token, a probationer.
async fn setup(app: &TestApp, phone: Option<&str>) -> (Uuid, Uuid, String, Uuid) {
    set_now(app, monday());
    let spip = service(app, "SPIP 75", OrganizationType::Spip).await;
    let (place, _) = new_place(
        app,
        spip,
        &["suivi_spip", "placement_tig_tnr", "sortie_audience_spip"],
    )
    .await;
    let cpip = token(app, &agent(app, spip, Role::Cpip, true).await);
    let person = convict(app, &[spip], phone).await;
    (spip, place, cpip, person)
}

async fn history(app: &TestApp, token: &str, appointment: &Value) -> Vec<(String, String)> {
    let path = format!(
        "/api/v1/history?appointment_id={}",
        appointment["id"].as_str().unwrap()
    );
    let page: Value = app.get_as(token, &path).await.json().await.unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                item["event"].as_str().unwrap().to_owned(),
                item["content"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[actix_web::test]
async fn booking_plans_the_summon_now_and_the_reminder_two_days_before() {
    let app = TestApp::spawn().await;
    let (_, place, cpip, person) = setup(&app, Some(PHONE)).await;
    let created = booked(
        &app,
        &cpip,
        person,
        place,
        "2027-03-12T14:30",
        Some("now_and_reminder"),
    )
    .await;
    assert_eq!(created["state"], "booked");
    assert_eq!(created["state_label"], "Planifié");
    assert_eq!(created["starts_at"], "2027-03-12T14:30:00+01:00");
    assert_eq!(
        (
            created["local_date"].as_str(),
            created["local_time"].as_str()
        ),
        (Some("2027-03-12"), Some("14:30"))
    );
    assert!(
        created["assigned_agent_id"].is_string(),
        "a CPIP booking a follow-up is assigned"
    );
    let rows = sms_rows(&created);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        (rows[0].0.as_str(), rows[0].1.as_str()),
        ("summon", "created")
    );
    assert!(
        rows[0].2.starts_with("2027-03-01T10:0"),
        "summon due now: {}",
        rows[0].2
    );
    assert_eq!(
        rows[1],
        (
            "reminder".into(),
            "created".into(),
            "2027-03-10T14:30:00+01:00".into()
        )
    );
    let items = history(&app, &cpip, &created).await;
    let events: Vec<&str> = items.iter().map(|(event, _)| event.as_str()).collect();
    assert_eq!(
        events.iter().filter(|e| **e == "plan_notification").count(),
        2
    );
    let (_, booked_text) = items
        .iter()
        .find(|(event, _)| event == "book_appointment")
        .unwrap();
    assert!(
        booked_text.contains("Élodie DUPRÉ a été convoqué(e) le vendredi 12 mars 2027 à 14 h 30"),
        "{booked_text}"
    );
    let fetched: Value = app
        .get_as(
            &cpip,
            &format!("/api/v1/appointments/{}", created["id"].as_str().unwrap()),
        )
        .await
        .json()
        .await
        .unwrap();
    let mut fetched = fetched;
    assert!(
        fetched["actions"]["cancel"].as_bool().unwrap(),
        "the reader's buttons"
    );
    fetched.as_object_mut().unwrap().remove("actions");
    assert_eq!(fetched, created);
}

#[actix_web::test]
async fn the_sms_choice_is_explicit_and_absent_without_a_phone() {
    let app = TestApp::spawn().await;
    let (spip, place, cpip, person) = setup(&app, Some(PHONE)).await;
    let missing = book(
        &app,
        &cpip,
        person,
        place,
        "suivi_spip",
        "2027-03-12T14:30",
        None,
    )
    .await;
    let problem = expect_problem(missing, 422, "invalid_field").await;
    assert_eq!(problem["errors"][0]["code"], "sms_choice_required");
    let reminder_only = booked(
        &app,
        &cpip,
        person,
        place,
        "2027-03-12T15:30",
        Some("reminder_only"),
    )
    .await;
    assert_eq!(
        sms_rows(&reminder_only)
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        ["reminder"]
    );
    let unreachable = convict(&app, &[spip], None).await;
    let without = booked(&app, &cpip, unreachable, place, "2027-03-12T14:30", None).await;
    assert!(sms_rows(&without).is_empty());
    let items = history(&app, &cpip, &without).await;
    assert!(
        items
            .iter()
            .any(|(event, text)| event == "no_sms_notification"
                && text.contains("pas de téléphone portable"))
    );
}

#[actix_web::test]
async fn inside_the_reminder_delay_one_message_goes_now() {
    let app = TestApp::spawn().await;
    let (_, place, cpip, person) = setup(&app, Some(PHONE)).await;
    let with_summon = booked(
        &app,
        &cpip,
        person,
        place,
        "2027-03-02T11:00",
        Some("now_and_reminder"),
    )
    .await;
    assert_eq!(
        sms_rows(&with_summon)
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        ["summon"]
    );
    let reminder_only = booked(
        &app,
        &cpip,
        person,
        place,
        "2027-03-02T15:00",
        Some("reminder_only"),
    )
    .await;
    let rows = sms_rows(&reminder_only);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "reminder");
    assert!(
        rows[0].2.starts_with("2027-03-01T10:0"),
        "reminder due now: {}",
        rows[0].2
    );
}

#[actix_web::test]
async fn reminders_keep_the_local_time_across_dst_and_overseas() {
    let app = TestApp::spawn().await;
    let (_, place, cpip, person) = setup(&app, Some(PHONE)).await;
    let tig = |at: &'static str| {
        let app = &app;
        let cpip = cpip.clone();
        async move {
            let response = book(
                app,
                &cpip,
                person,
                place,
                "placement_tig_tnr",
                at,
                Some("reminder_only"),
            )
            .await;
            assert_eq!(response.status(), 201);
            response.json::<Value>().await.unwrap()
        }
    };
    let after_dst = tig("2027-03-29T09:00").await;
    assert_eq!(after_dst["starts_at"], "2027-03-29T09:00:00+02:00");
    assert_eq!(sms_rows(&after_dst)[0].2, "2027-03-27T09:00:00+01:00");
    let night_reminder = tig("2027-03-30T02:30").await;
    assert_eq!(sms_rows(&night_reminder)[0].2, "2027-03-27T20:00:00+01:00");
    let cayenne = Uuid::now_v7();
    let guyane = NewOrganization {
        id: cayenne,
        name: "SPIP 973".to_owned(),
        kind: "spip".to_owned(),
        territory: "guyane".to_owned(),
        time_zone: "America/Cayenne".to_owned(),
        structural_email: None,
        headquarter_id: None,
        use_inter_ressort: false,
        is_japat_court: false,
    };
    assert!(
        insert_if_absent(&mut *app.conn().await, &guyane)
            .await
            .unwrap()
    );
    let (overseas_place, _) = new_place(&app, cayenne, &["suivi_spip"]).await;
    let agent_973 = token(&app, &agent(&app, cayenne, Role::Cpip, true).await);
    let person_973 = convict(&app, &[cayenne], Some("+594694123456")).await;
    let there = booked(
        &app,
        &agent_973,
        person_973,
        overseas_place,
        "2027-03-12T09:00",
        Some("reminder_only"),
    )
    .await;
    assert_eq!(there["starts_at"], "2027-03-12T09:00:00-03:00");
    assert_eq!(there["time_zone"], "America/Cayenne");
    assert_eq!(sms_rows(&there)[0].2, "2027-03-10T09:00:00-03:00");
}

#[actix_web::test]
async fn dates_and_inputs_are_checked() {
    let app = TestApp::spawn().await;
    let (_, place, cpip, person) = setup(&app, Some(PHONE)).await;
    let cases = [
        (
            "suivi_spip",
            "2027-02-26T10:00",
            "/starts_at",
            "appointment_in_past",
        ),
        (
            "suivi_spip",
            "2028-03-02T10:00",
            "/starts_at",
            "appointment_too_far",
        ),
        (
            "suivi_spip",
            "2027-03-13T10:00",
            "/starts_at",
            "non_working_day",
        ),
        (
            "suivi_spip",
            "2027-05-06T10:00",
            "/starts_at",
            "non_working_day",
        ),
        (
            "suivi_spip",
            "2027-03-28T02:30",
            "/starts_at",
            "nonexistent_local_time",
        ),
        (
            "suivi_spip",
            "2027-02-30T10:00",
            "/starts_at",
            "invalid_local_date_time",
        ),
        (
            "suivi_spip",
            "demain",
            "/starts_at",
            "invalid_local_date_time",
        ),
        (
            "sortie_audience_spip",
            "2027-03-12T10:00",
            "/slot_id",
            "slot_required",
        ),
        (
            "visite_inconnue",
            "2027-03-12T10:00",
            "/appointment_type",
            "unknown_appointment_type",
        ),
        (
            "suivi_jap",
            "2027-03-12T10:00",
            "/place_id",
            "type_not_offered",
        ),
    ];
    for (kind, at, pointer, code) in cases {
        let response = book(&app, &cpip, person, place, kind, at, Some("reminder_only")).await;
        let problem = expect_problem(response, 422, "invalid_field").await;
        assert_eq!(
            (
                problem["errors"][0]["pointer"].as_str(),
                problem["errors"][0]["code"].as_str()
            ),
            (Some(pointer), Some(code)),
            "{kind} {at}"
        );
    }
    let weekend_type = book(
        &app,
        &cpip,
        person,
        place,
        "placement_tig_tnr",
        "2027-03-13T10:00",
        Some("reminder_only"),
    )
    .await;
    assert_eq!(
        weekend_type.status(),
        201,
        "TIG may take place on a Saturday"
    );
    let long = serde_json::json!({"convict_id": person, "appointment_type": "suivi_spip", "place_id": place,
        "starts_at": "2027-03-12T10:00", "sms": "reminder_only", "prosecutor_number": "<script>".repeat(2_000)});
    let response = app
        .send_as(reqwest::Method::POST, &cpip, "/api/v1/appointments", long)
        .await;
    assert_eq!(
        expect_problem(response, 422, "invalid_field").await["errors"][0]["code"],
        "too_long"
    );
    let html = serde_json::json!({"convict_id": person, "appointment_type": "suivi_spip", "place_id": place,
        "starts_at": "2027-03-12T10:00", "sms": "reminder_only", "prosecutor_number": "<b>'; DROP TABLE appointments;--"});
    let created: Value = app
        .send_as(reqwest::Method::POST, &cpip, "/api/v1/appointments", html)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        created["prosecutor_number"],
        "<b>'; DROP TABLE appointments;--"
    );
    let bad_id = serde_json::json!({"convict_id": "abc", "appointment_type": "suivi_spip", "place_id": place, "starts_at": "2027-03-12T10:00"});
    let response = app
        .send_as(reqwest::Method::POST, &cpip, "/api/v1/appointments", bad_id)
        .await;
    assert_eq!(
        expect_problem(response, 422, "invalid_field").await["errors"][0]["code"],
        "invalid_id"
    );
    let unknown_state = app.get_as(&cpip, "/api/v1/appointments?state=perdu").await;
    expect_problem(unknown_state, 400, "invalid_query").await;
}

#[actix_web::test]
async fn bookings_are_refused_outside_the_rules() {
    let app = TestApp::spawn().await;
    let (spip, place, cpip, person) = setup(&app, Some(PHONE)).await;
    let other = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let (other_place, _) = new_place(&app, other, &["suivi_spip"]).await;
    let stranger = token(&app, &agent(&app, other, Role::Cpip, true).await);
    let response = book(
        &app,
        &stranger,
        person,
        place,
        "suivi_spip",
        "2027-03-12T10:00",
        Some("reminder_only"),
    )
    .await;
    expect_problem(response, 404, "not_found").await;
    let shared = convict(&app, &[spip, other], Some("+33639985555")).await;
    let response = book(
        &app,
        &cpip,
        shared,
        other_place,
        "suivi_spip",
        "2027-03-12T10:00",
        Some("reminder_only"),
    )
    .await;
    expect_problem(response, 403, "place_out_of_reach").await;
    let response = book(
        &app,
        &cpip,
        person,
        other_place,
        "suivi_spip",
        "2027-03-12T10:00",
        Some("reminder_only"),
    )
    .await;
    expect_problem(response, 403, "place_not_following_convict").await;
    let tj = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let bex = token(&app, &agent(&app, tj, Role::Bex, true).await);
    let response = book(
        &app,
        &bex,
        person,
        place,
        "suivi_spip",
        "2027-03-12T10:00",
        Some("reminder_only"),
    )
    .await;
    expect_problem(response, 403, "appointment_type_not_allowed").await;
    msj_db::convicts::set_archived(&mut *app.conn().await, person, Some(chrono::Utc::now()))
        .await
        .unwrap();
    let response = book(
        &app,
        &cpip,
        person,
        place,
        "suivi_spip",
        "2027-03-12T10:00",
        Some("reminder_only"),
    )
    .await;
    expect_problem(response, 409, "convict_archived").await;
}
