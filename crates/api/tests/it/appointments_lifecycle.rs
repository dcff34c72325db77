//! Transitions, rescheduling and concurrency of appointments.

use chrono::TimeDelta;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{Desk, booked, desk, place, set_now, sms_rows};
use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

struct World {
    app: TestApp,
    spip: Uuid,
    room: Uuid,
    cpip: String,
    person: Uuid,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let Desk {
        spip,
        room,
        cpip,
        person,
        ..
    } = desk(&app).await;
    World {
        app,
        spip,
        room,
        cpip,
        person,
    }
}

impl World {
    async fn act(
        &self,
        token: &str,
        appointment: &Value,
        action: &str,
        body: Value,
    ) -> reqwest::Response {
        let path = format!(
            "/api/v1/appointments/{}/{action}",
            appointment["id"].as_str().unwrap()
        );
        self.app.send_as(Method::POST, token, &path, body).await
    }

    async fn ok(&self, appointment: &Value, action: &str, body: Value) -> Value {
        let response = self.act(&self.cpip, appointment, action, body).await;
        assert_eq!(
            response.status(),
            200,
            "{action}: {}",
            response.text().await.unwrap()
        );
        response.json().await.unwrap()
    }

    /// Moves past the appointment and issues a fresh token.
    fn after(&mut self, appointment: &Value) {
        let starts: chrono::DateTime<chrono::Utc> =
            appointment["starts_at"].as_str().unwrap().parse().unwrap();
        set_now(&self.app, starts + TimeDelta::hours(1));
    }
}

fn kinds(appointment: &Value) -> Vec<(String, String)> {
    sms_rows(appointment)
        .into_iter()
        .map(|(kind, state, _)| (kind, state))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[actix_web::test]
async fn cancel_cancels_the_reminder_and_sends_the_chosen_sms() {
    let w = world().await;
    let appointment = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-12T14:30",
        Some("reminder_only"),
    )
    .await;
    let missing = w.act(&w.cpip, &appointment, "cancel", json!({})).await;
    assert_eq!(
        expect_problem(missing, 422, "invalid_field").await["errors"][0]["code"],
        "sms_choice_required"
    );
    let canceled = w
        .ok(&appointment, "cancel", json!({"send_sms": true}))
        .await;
    assert_eq!(canceled["state"], "canceled");
    assert_eq!(
        kinds(&canceled),
        pairs(&[("reminder", "canceled"), ("cancelation", "created")])
    );
    let again = w
        .act(&w.cpip, &appointment, "cancel", json!({"send_sms": false}))
        .await;
    expect_problem(again, 409, "invalid_transition").await;
    let silent = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-12T15:30",
        Some("reminder_only"),
    )
    .await;
    let canceled = w.ok(&silent, "cancel", json!({"send_sms": false})).await;
    assert_eq!(kinds(&canceled), pairs(&[("reminder", "canceled")]));
}

#[actix_web::test]
async fn attendance_is_recorded_only_once_past_and_can_be_undone() {
    let mut w = world().await;
    let appointment = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-12T14:30",
        Some("reminder_only"),
    )
    .await;
    for action in ["fulfil", "miss"] {
        let early = w
            .act(&w.cpip, &appointment, action, json!({"send_sms": false}))
            .await;
        expect_problem(early, 409, "appointment_not_past").await;
    }
    w.after(&appointment);
    w.cpip = token(&w.app, &agent(&w.app, w.spip, Role::Cpip, true).await);
    let late = w
        .act(&w.cpip, &appointment, "cancel", json!({"send_sms": false}))
        .await;
    expect_problem(late, 409, "appointment_not_future").await;
    let fulfilled = w.ok(&appointment, "fulfil", json!({})).await;
    assert_eq!(
        (
            fulfilled["state"].as_str(),
            fulfilled["state_label"].as_str()
        ),
        (Some("fulfilled"), Some("Honoré"))
    );
    let twice = w
        .act(&w.cpip, &appointment, "miss", json!({"send_sms": false}))
        .await;
    expect_problem(twice, 409, "invalid_transition").await;
    assert_eq!(
        w.ok(&appointment, "rebook", json!({})).await["unknown_status"],
        true
    );
    let missed = w.ok(&appointment, "miss", json!({"send_sms": true})).await;
    assert_eq!(missed["state"], "no_show");
    assert!(kinds(&missed).contains(&("no_show".to_owned(), "created".to_owned())));
    w.ok(&appointment, "rebook", json!({})).await;
    let bad_reason = w
        .act(&w.cpip, &appointment, "excuse", json!({"reason": "flemme"}))
        .await;
    assert_eq!(
        expect_problem(bad_reason, 422, "invalid_field").await["errors"][0]["code"],
        "invalid_excuse_reason"
    );
    let excused = w
        .ok(
            &appointment,
            "excuse",
            json!({"reason": "medical", "comment": "Hospitalisé"}),
        )
        .await;
    assert_eq!(
        (
            excused["excuse_reason"].as_str(),
            excused["excuse_comment"].as_str()
        ),
        (Some("medical"), Some("Hospitalisé"))
    );
    let rebooked = w.ok(&appointment, "rebook", json!({})).await;
    assert_eq!(rebooked["excuse_reason"], Value::Null);
    let path = format!(
        "/api/v1/history?appointment_id={}",
        appointment["id"].as_str().unwrap()
    );
    let page: Value = w.app.get_as(&w.cpip, &path).await.json().await.unwrap();
    let events: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["category"] == "appointment")
        .map(|i| i["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        events,
        [
            "rebook_appointment",
            "excuse_appointment",
            "rebook_appointment",
            "miss_appointment",
            "rebook_appointment",
            "fulfil_appointment",
            "book_appointment"
        ]
    );
    let excuse_text = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["event"] == "excuse_appointment")
        .unwrap()["content"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        excuse_text.contains("motif : raison médicale") && excuse_text.contains("« Hospitalisé »"),
        "{excuse_text}"
    );
}

#[actix_web::test]
async fn a_future_excuse_drops_the_reminder_and_rebook_plans_it_again() {
    let w = world().await;
    let appointment = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-12T14:30",
        Some("reminder_only"),
    )
    .await;
    let excused = w.ok(&appointment, "excuse", json!({})).await;
    assert_eq!(kinds(&excused), pairs(&[("reminder", "canceled")]));
    let rebooked = w.ok(&appointment, "rebook", json!({})).await;
    assert_eq!(
        kinds(&rebooked),
        pairs(&[("reminder", "canceled"), ("reminder", "created")])
    );
    assert_eq!(sms_rows(&rebooked)[1].2, "2027-03-10T14:30:00+01:00");
}

#[actix_web::test]
async fn reschedule_links_both_appointments_and_keeps_the_history() {
    let w = world().await;
    let body = json!({"convict_id": w.person, "appointment_type": "suivi_spip", "place_id": w.room,
        "starts_at": "2027-03-12T14:30", "sms": "now_and_reminder", "prosecutor_number": "P-27-001"});
    let old: Value = w
        .app
        .send_as(Method::POST, &w.cpip, "/api/v1/appointments", body)
        .await
        .json()
        .await
        .unwrap();
    let path = format!(
        "/api/v1/appointments/{}/reschedule",
        old["id"].as_str().unwrap()
    );
    let missing = w
        .app
        .send_as(
            Method::POST,
            &w.cpip,
            &path,
            json!({"starts_at": "2027-03-19T10:00"}),
        )
        .await;
    expect_problem(missing, 422, "invalid_field").await;
    let response = w
        .app
        .send_as(
            Method::POST,
            &w.cpip,
            &path,
            json!({"starts_at": "2027-03-19T10:00", "sms": "now_and_reminder"}),
        )
        .await;
    assert_eq!(response.status(), 201);
    let new: Value = response.json().await.unwrap();
    assert_eq!(new["rescheduled_from_id"], old["id"]);
    assert_eq!(new["prosecutor_number"], "P-27-001");
    assert_eq!(new["assigned_agent_id"], old["assigned_agent_id"]);
    assert_eq!(
        kinds(&new),
        pairs(&[("reschedule", "created"), ("reminder", "created")])
    );
    let old_now: Value = w
        .app
        .get_as(
            &w.cpip,
            &format!("/api/v1/appointments/{}", old["id"].as_str().unwrap()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(old_now["state"], "canceled");
    assert_eq!(
        kinds(&old_now),
        pairs(&[("summon", "created"), ("reminder", "canceled")]),
        "no cancelation SMS"
    );
    let again = w
        .app
        .send_as(
            Method::POST,
            &w.cpip,
            &path,
            json!({"starts_at": "2027-03-19T11:00", "sms": "reminder_only"}),
        )
        .await;
    expect_problem(again, 409, "invalid_transition").await;
    let history = format!(
        "/api/v1/history?appointment_id={}",
        new["id"].as_str().unwrap()
    );
    let page: Value = w.app.get_as(&w.cpip, &history).await.json().await.unwrap();
    let items = page["items"].as_array().unwrap();
    assert!(items.iter().any(|i| i["event"] == "reschedule_appointment"
        && i["content"] == "La convocation du vendredi 12 mars 2027 à 14 h 30 a été replanifiée au vendredi 19 mars 2027 à 10 h."));
    assert!(
        items
            .iter()
            .any(|i| i["event"] == "book_appointment" && i["appointment_id"] == old["id"]),
        "the old history is shown"
    );
}

#[actix_web::test]
async fn concurrent_transitions_have_exactly_one_winner() {
    let w = world().await;
    let appointment = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-12T14:30",
        Some("reminder_only"),
    )
    .await;
    let attempts = (0..8).map(|i| {
        let action = if i % 2 == 0 { "cancel" } else { "excuse" };
        w.act(
            &w.cpip,
            &appointment,
            action,
            if action == "cancel" {
                json!({"send_sms": true})
            } else {
                json!({})
            },
        )
    });
    let statuses: Vec<u16> = futures_util::future::join_all(attempts)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        7,
        "{statuses:?}"
    );
    let id: Uuid = appointment["id"].as_str().unwrap().parse().unwrap();
    let path = format!("/api/v1/history?appointment_id={id}");
    let page: Value = w.app.get_as(&w.cpip, &path).await.json().await.unwrap();
    let changes = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["event"] == "cancel_appointment" || i["event"] == "excuse_appointment")
        .count();
    assert_eq!(changes, 1, "one transition, one history item");
}

#[actix_web::test]
async fn other_services_see_nothing_and_attendance_needs_the_place_service() {
    let mut w = world().await;
    let appointment = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-12T14:30",
        Some("reminder_only"),
    )
    .await;
    let other = service(&w.app, "SPIP 92", OrganizationType::Spip).await;
    let stranger = token(&w.app, &agent(&w.app, other, Role::Dpip, true).await);
    let id = appointment["id"].as_str().unwrap();
    expect_problem(
        w.app
            .get_as(&stranger, &format!("/api/v1/appointments/{id}"))
            .await,
        404,
        "not_found",
    )
    .await;
    expect_problem(
        w.act(
            &stranger,
            &appointment,
            "cancel",
            json!({"send_sms": false}),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    expect_problem(
        w.app
            .get_as(&stranger, &format!("/api/v1/history?appointment_id={id}"))
            .await,
        404,
        "not_found",
    )
    .await;
    let listed: Value = w
        .app
        .get_as(&stranger, "/api/v1/appointments")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["total"], 0);
    let mine: Value = w
        .app
        .get_as(
            &w.cpip,
            "/api/v1/appointments?from=2027-03-12&to=2027-03-12",
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["total"], 1);
    let tj = service(&w.app, "TJ Paris", OrganizationType::Tj).await;
    msj_db::organizations::link(&mut *w.app.conn().await, w.spip, tj)
        .await
        .unwrap();
    w.after(&appointment);
    let psy = token(
        &w.app,
        &agent(&w.app, w.spip, Role::Psychologist, true).await,
    );
    let fulfilled = w.act(&psy, &appointment, "fulfil", json!({})).await;
    assert_eq!(
        fulfilled.status(),
        200,
        "any SPIP role of the place's service"
    );
    let jap = token(&w.app, &agent(&w.app, tj, Role::Jap, true).await);
    expect_problem(
        w.act(&jap, &appointment, "rebook", json!({})).await,
        404,
        "not_found",
    )
    .await;
    w.cpip = psy;
    let waiting: Value = w
        .app
        .get_as(&w.cpip, "/api/v1/appointments?unknown_status=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(waiting["total"], 0);
}

#[actix_web::test]
async fn lists_are_sorted_and_paginated() {
    let w = world().await;
    let (other_room, _) = place(&w.app, w.spip, &["suivi_spip"]).await;
    let first = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-11T15:00",
        Some("reminder_only"),
    )
    .await;
    let second = booked(
        &w.app,
        &w.cpip,
        w.person,
        other_room,
        "2027-03-12T09:00",
        Some("reminder_only"),
    )
    .await;
    let third = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-12T10:00",
        Some("reminder_only"),
    )
    .await;
    let ids = |page: &Value| -> Vec<String> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let id = |a: &Value| a["id"].as_str().unwrap().to_owned();
    let get = |query: &'static str| {
        let app = &w.app;
        let cpip = w.cpip.clone();
        async move {
            app.get_as(&cpip, &format!("/api/v1/appointments?{query}"))
                .await
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        ids(&get("sort=starts_at").await),
        [id(&first), id(&second), id(&third)]
    );
    assert_eq!(
        ids(&get("sort=-starts_at").await),
        [id(&third), id(&second), id(&first)]
    );
    let by_place = get("sort=place").await;
    let names: Vec<&str> = by_place["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["place"]["name"].as_str().unwrap())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    let page_two = get("per_page=2&page=2").await;
    assert_eq!(
        (page_two["total"].as_i64(), ids(&page_two)),
        (Some(3), vec![id(&third)])
    );
    let day = get("from=2027-03-12&to=2027-03-12").await;
    assert_eq!(ids(&day), [id(&second), id(&third)]);
    let typed = get("appointment_type=suivi_jap").await;
    assert_eq!(typed["total"], 0);
    expect_problem(
        w.app.get_as(&w.cpip, "/api/v1/appointments?sort=nom").await,
        400,
        "invalid_query",
    )
    .await;
}
