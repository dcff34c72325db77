//! Weekly slot templates and the generation of six months of slots.

use msj_api::jobs::{DAILY, STATS_REFRESH, run_due};
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{convict, monday, place, set_now};
use crate::support::fixtures::{TestAgent, agent, service, token};
use crate::support::{TestApp, expect_problem};

struct Court {
    app: TestApp,
    agenda: Uuid,
    judge: TestAgent,
    jap: String,
}

async fn court() -> Court {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let tj = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let (_, agenda) = place(&app, tj, &["sortie_audience_sap", "suivi_jap"]).await;
    let judge = agent(&app, tj, Role::Jap, true).await;
    let jap = token(&app, &judge);
    Court {
        app,
        agenda,
        judge,
        jap,
    }
}

impl Court {
    async fn create(&self, token: &str, body: Value) -> reqwest::Response {
        self.app
            .send_as(Method::POST, token, "/api/v1/slot-templates", body)
            .await
    }

    fn batch(&self, days: &[u8], first: &str, last: &str, interval: u32) -> Value {
        json!({"agenda_id": self.agenda, "appointment_type": "sortie_audience_sap", "week_days": days,
            "first": first, "last": last, "interval_min": interval, "duration_min": 30, "capacity": 3})
    }

    /// The slot list, with a fresh token (the clock moves in days).
    async fn slots(&self, query: &str) -> Value {
        self.app
            .get_as(
                &token(&self.app, &self.judge),
                &format!("/api/v1/slots?per_page=100{query}"),
            )
            .await
            .json()
            .await
            .unwrap()
    }
}

#[actix_web::test]
async fn templates_are_created_in_batches_edited_and_never_past_the_last_time() {
    let c = court().await;
    let created: Value = c
        .create(&c.jap, c.batch(&[1, 3], "14:00", "16:00", 30))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(created, json!({"created": 10, "skipped": 0}));
    let again: Value = c
        .create(&c.jap, c.batch(&[1], "14:00", "15:00", 30))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again, json!({"created": 0, "skipped": 3}));
    c.create(&c.jap, c.batch(&[5], "09:00", "10:00", 25)).await;
    let list: Vec<Value> = c
        .app
        .get_as(
            &c.jap,
            &format!("/api/v1/slot-templates?agenda_id={}", c.agenda),
        )
        .await
        .json()
        .await
        .unwrap();
    let friday: Vec<&str> = list
        .iter()
        .filter(|t| t["week_day"] == 5)
        .map(|t| t["local_time"].as_str().unwrap())
        .collect();
    assert_eq!(
        friday,
        ["09:00", "09:25", "09:50"],
        "never past the last time"
    );
    assert_eq!(list.len(), 13);

    let first = format!("/api/v1/slot-templates/{}", list[0]["id"].as_str().unwrap());
    let changed: Value = c
        .app
        .send_as(
            Method::PATCH,
            &c.jap,
            &first,
            json!({"capacity": 5, "duration_min": 45}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            changed["capacity"].as_i64(),
            changed["duration_min"].as_i64()
        ),
        (Some(5), Some(45))
    );
    expect_problem(
        c.app
            .send_as(
                Method::PATCH,
                &c.jap,
                &first,
                json!({"local_time": "14:30"}),
            )
            .await,
        409,
        "slot_template_exists",
    )
    .await;

    for (body, pointer, code) in [
        (
            c.batch(&[1], "14:00", "16:00", 0),
            "/interval_min",
            "invalid_interval",
        ),
        (
            c.batch(&[1], "16:00", "14:00", 30),
            "/last",
            "start_after_end",
        ),
        (
            c.batch(&[6], "14:00", "16:00", 30),
            "/week_days",
            "invalid_week_day",
        ),
        (c.batch(&[1], "14h", "16:00", 30), "/first", "invalid_time"),
    ] {
        let problem = expect_problem(c.create(&c.jap, body).await, 422, "invalid_field").await;
        assert_eq!(
            (
                problem["errors"][0]["pointer"].as_str(),
                problem["errors"][0]["code"].as_str()
            ),
            (Some(pointer), Some(code))
        );
    }
    let mut wrong_type = c.batch(&[1], "09:00", "10:00", 30);
    wrong_type["appointment_type"] = json!("suivi_jap");
    let problem = expect_problem(c.create(&c.jap, wrong_type).await, 422, "invalid_field").await;
    assert_eq!(problem["errors"][0]["code"], "not_slot_type");
    let mut ddse = c.batch(&[1], "09:00", "10:00", 30);
    ddse["appointment_type"] = json!("sap_ddse");
    expect_problem(c.create(&c.jap, ddse.clone()).await, 403, "forbidden").await;
    let tj = msj_db::slots::slot_agendas(&mut *c.app.conn().await, &[c.agenda])
        .await
        .unwrap()[0]
        .organization
        .id;
    let local_admin = token(&c.app, &agent(&c.app, tj, Role::LocalAdmin, true).await);
    let problem = expect_problem(c.create(&local_admin, ddse).await, 422, "invalid_field").await;
    assert_eq!(problem["errors"][0]["code"], "type_not_offered");
}

#[actix_web::test]
async fn templates_follow_the_roles_and_the_service() {
    let c = court().await;
    let tj = service(&c.app, "TJ Nanterre", OrganizationType::Tj).await;
    let outsider = token(&c.app, &agent(&c.app, tj, Role::GreffSap, true).await);
    let body = c.batch(&[2], "09:00", "10:00", 30);
    expect_problem(c.create(&outsider, body.clone()).await, 404, "not_found").await;
    let own_tj = msj_db::slots::slot_agendas(&mut *c.app.conn().await, &[c.agenda])
        .await
        .unwrap()[0]
        .organization
        .id;
    for (role, status) in [
        (Role::SecretaryCourt, 403),
        (Role::Bex, 403),
        (Role::GreffSap, 201),
        (Role::DirGreffBex, 201),
        (Role::LocalAdmin, 201),
    ] {
        let caller = token(&c.app, &agent(&c.app, own_tj, role, true).await);
        let status_got = c.create(&caller, body.clone()).await.status().as_u16();
        assert_eq!(status_got, status, "{role:?}");
    }
}

#[actix_web::test]
async fn six_months_of_slots_are_generated_once_a_day_on_working_days() {
    let c = court().await;
    c.create(&c.jap, c.batch(&[1, 3], "14:00", "14:00", 30))
        .await;
    let pool = &c.app.state.pool;
    let clock = &c.app.state.clock;
    assert_eq!(
        run_due(pool, clock, "https://msj.example.fr")
            .await
            .unwrap(),
        [DAILY.as_slice(), &[STATS_REFRESH]].concat()
    );
    assert!(
        run_due(pool, clock, "https://msj.example.fr")
            .await
            .unwrap()
            .is_empty(),
        "once a day"
    );
    let day = |date: &str| format!("&from={date}&to={date}");
    let first: Value = c.slots(&day("2027-03-01")).await;
    assert_eq!(first["items"][0]["starts_at"], "2027-03-01T14:00:00+01:00");
    assert_eq!(first["items"][0]["capacity"], 3);
    assert_eq!(
        c.slots(&day("2027-03-29")).await["total"],
        0,
        "Easter Monday"
    );
    assert_eq!(c.slots(&day("2027-07-14")).await["total"], 0, "14 July");
    assert_eq!(
        c.slots(&day("2027-03-31")).await["items"][0]["starts_at"],
        "2027-03-31T14:00:00+02:00",
        "same local time after the change to summer time"
    );
    assert_eq!(c.slots(&day("2027-08-30")).await["total"], 1);
    assert_eq!(
        c.slots("&from=2027-09-02").await["total"],
        0,
        "six months ahead"
    );
    let all: i64 = c.slots("").await["total"].as_i64().unwrap();
    assert!((45..=54).contains(&all), "{all}");

    set_now(&c.app, monday() + chrono::TimeDelta::days(7));
    assert_eq!(
        run_due(pool, clock, "https://msj.example.fr")
            .await
            .unwrap(),
        [DAILY.as_slice(), &[STATS_REFRESH]].concat()
    );
    let after: i64 = c.slots("&from=2027-03-01").await["total"].as_i64().unwrap();
    assert_eq!(
        after,
        all - 2 + 2,
        "a week later: two past, two more at the far end"
    );
    let report = msj_api::slots::generate_all(&mut *c.app.conn().await, clock.now())
        .await
        .unwrap();
    assert_eq!((report.templates, report.created), (2, 0), "idempotent");

    let kept = c.slots(&day("2027-03-17")).await["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let tj = msj_db::slots::slot_agendas(&mut *c.app.conn().await, &[c.agenda])
        .await
        .unwrap()[0]
        .organization
        .id;
    let person = convict(&c.app, &[tj], None).await;
    let body =
        json!({"convict_id": person, "appointment_type": "sortie_audience_sap", "slot_id": kept});
    let booked = c
        .app
        .send_as(
            Method::POST,
            &token(&c.app, &c.judge),
            "/api/v1/appointments",
            body,
        )
        .await;
    assert_eq!(booked.status(), 201);
    let deleted: Value = c
        .app
        .send_as(
            Method::DELETE,
            &token(&c.app, &c.judge),
            &format!("/api/v1/slot-templates?agenda_id={}&week_day=3", c.agenda),
            json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(deleted["templates"], 1, "{deleted}");
    assert!(deleted["slots"].as_i64().unwrap() >= 24);
    let wednesdays = c.slots(&day("2027-03-17")).await;
    assert_eq!(wednesdays["total"], 1, "the booked slot stays");
    assert_eq!(wednesdays["items"][0]["id"], kept.as_str());
    assert!(wednesdays["items"][0]["slot_template_id"].is_null());
    assert_eq!(c.slots(&day("2027-03-24")).await["total"], 0);
}
