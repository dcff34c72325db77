//! The SMS worker against a real local HTTP gateway: exact timing, texts, failures, guards.

use chrono::TimeDelta;
use msj_api::notifications::gateway::HttpGateway;
use msj_api::notifications::worker::run_once;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::TestApp;
use crate::support::booking::{Desk, booked, desk, reloaded, set_now, sms_rows};
use crate::support::fixtures::{agent, service, token};
use crate::support::sms::FakeProvider;

struct World {
    app: TestApp,
    provider: FakeProvider,
    gateway: HttpGateway,
    room: Uuid,
    cpip: String,
    person: Uuid,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let Desk {
        room, cpip, person, ..
    } = desk(&app).await;
    let provider = FakeProvider::start();
    let gateway = HttpGateway::new(&provider.base, "msj", "secret".to_owned().into()).unwrap();
    World {
        app,
        provider,
        gateway,
        room,
        cpip,
        person,
    }
}

impl World {
    /// Books a `suivi_spip` for the person at the local time `at`.
    async fn book(&self, at: &str, sms: Option<&str>) -> Value {
        booked(&self.app, &self.cpip, self.person, self.room, at, sms).await
    }

    async fn dispatch(&self) -> usize {
        run_once(
            &self.app.state.pool,
            &self.gateway,
            &self.app.state.clock,
            "https://msj.example.fr",
        )
        .await
        .unwrap()
    }

    async fn reload(&self, appointment: &Value) -> Value {
        let token = token(
            &self.app,
            &agent(&self.app, self.spip().await, Role::Cpip, true).await,
        );
        reloaded(&self.app, &token, appointment).await
    }

    async fn spip(&self) -> Uuid {
        let rows = msj_db::convicts::followers(&mut *self.app.conn().await, &[self.person])
            .await
            .unwrap();
        rows[0].1
    }

    async fn states(&self, appointment: &Value) -> Vec<(String, String)> {
        sms_rows(&self.reload(appointment).await)
            .into_iter()
            .map(|(kind, state, _)| (kind, state))
            .collect()
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[actix_web::test]
async fn the_summon_goes_at_once_and_the_reminder_at_its_minute() {
    let w = world().await;
    let appointment = w.book("2027-03-12T14:30", Some("now_and_reminder")).await;
    assert_eq!(w.dispatch().await, 1);
    assert_eq!(
        w.states(&appointment).await,
        pairs(&[("summon", "sent"), ("reminder", "created")])
    );
    let accepted = w.provider.accepted();
    let summon_id = sms_rows(&appointment)[0].0.clone();
    assert_eq!(summon_id, "summon");
    let (reference, form) = accepted.iter().next().unwrap();
    assert!(
        Uuid::parse_str(reference).is_ok(),
        "the notification id is the client reference"
    );
    assert_eq!(form["destinationAddress"], "+33639981234");
    assert_eq!(
        (
            form["originatorTON"].as_str(),
            form["originatingAddress"].as_str(),
            form["maxConcatenatedMessages"].as_str()
        ),
        ("1", "MSJ", "10")
    );
    let text = &form["messageText"];
    assert!(text.contains("le vendredi 12 mars 2027 à 14h30"), "{text}");
    assert!(
        text.ends_with(&format!(
            "STOP SMS : https://msj.example.fr/s/{}",
            &w.person.simple().to_string()[24..]
        )),
        "{text}"
    );
    set_now(
        &w.app,
        chrono::DateTime::parse_from_rfc3339("2027-03-10T14:29:00+01:00")
            .unwrap()
            .to_utc(),
    );
    assert_eq!(w.dispatch().await, 0, "not a minute early");
    set_now(
        &w.app,
        chrono::DateTime::parse_from_rfc3339("2027-03-10T14:30:00+01:00")
            .unwrap()
            .to_utc(),
    );
    assert_eq!(w.dispatch().await, 1);
    assert_eq!(
        w.states(&appointment).await,
        pairs(&[("summon", "sent"), ("reminder", "sent")])
    );
    let reminder = w
        .provider
        .accepted()
        .into_values()
        .find(|f| f["messageText"].starts_with("RAPPEL"))
        .unwrap();
    assert!(reminder["messageText"].contains("14h30"));
    let token = token(
        &w.app,
        &agent(&w.app, w.spip().await, Role::Cpip, true).await,
    );
    let page: Value = w
        .app
        .get_as(
            &token,
            &format!(
                "/api/v1/history?appointment_id={}",
                appointment["id"].as_str().unwrap()
            ),
        )
        .await
        .json()
        .await
        .unwrap();
    let sent = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["event"] == "send_notification")
        .count();
    assert_eq!(sent, 2);
}

#[actix_web::test]
async fn failures_are_permanent_or_retried_with_backoff() {
    let w = world().await;
    let first = w.book("2027-03-12T14:30", Some("now_and_reminder")).await;
    w.provider.answer(100);
    w.dispatch().await;
    assert_eq!(
        w.states(&first).await[0],
        ("summon".to_owned(), "failed".to_owned())
    );
    let second = w.book("2027-03-12T15:30", Some("now_and_reminder")).await;
    w.provider.answer(3);
    w.dispatch().await;
    assert_eq!(
        w.states(&second).await[0].1,
        "created",
        "a transient failure is retried"
    );
    assert_eq!(w.dispatch().await, 0, "after a backoff");
    for minutes in [1, 2, 4, 8] {
        set_now(
            &w.app,
            w.app.state.clock.now() + TimeDelta::minutes(minutes),
        );
        w.dispatch().await;
    }
    assert_eq!(
        w.states(&second).await[0].1,
        "failed",
        "five attempts in all"
    );
    assert_eq!(w.provider.state.lock().unwrap().requests, 6);
    let token = token(
        &w.app,
        &agent(&w.app, w.spip().await, Role::Cpip, true).await,
    );
    let page: Value = w
        .app
        .get_as(&token, &format!("/api/v1/history?convict_id={}", w.person))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["event"] == "fail_notification"
                && i["content"].as_str().unwrap().contains("code 100"))
    );
}

#[actix_web::test]
async fn guards_cancel_too_late_and_cap_messages() {
    let w = world().await;
    let canceled = w.book("2027-03-12T14:30", Some("reminder_only")).await;
    let path = format!(
        "/api/v1/appointments/{}/cancel",
        canceled["id"].as_str().unwrap()
    );
    w.app
        .send_as(Method::POST, &w.cpip, &path, json!({"send_sms": false}))
        .await;
    let soon = w.book("2027-03-01T10:30", Some("reminder_only")).await;
    for hour in 9..15 {
        w.book(
            &format!("2027-03-05T{hour:02}:00"),
            Some("now_and_reminder"),
        )
        .await;
    }
    w.dispatch().await;
    assert_eq!(
        w.states(&canceled).await,
        pairs(&[("reminder", "canceled")])
    );
    assert_eq!(
        w.states(&soon).await,
        pairs(&[("reminder", "unsent")]),
        "less than an hour before"
    );
    let mut conn = w.app.conn().await;
    let reasons: Vec<(String, Option<String>)> = diesel_async::RunQueryDsl::load(
        diesel::sql_query("SELECT state, unsent_reason FROM notifications WHERE kind = 'summon' ORDER BY due_at, id")
            .clone(),
        &mut *conn,
    )
    .await
    .map(|rows: Vec<StateRow>| rows.into_iter().map(|r| (r.state, r.unsent_reason)).collect())
    .unwrap();
    assert_eq!(
        reasons.iter().filter(|(state, _)| state == "sent").count(),
        5
    );
    assert_eq!(
        reasons
            .iter()
            .filter(|(_, reason)| reason.as_deref() == Some("rate_limited"))
            .count(),
        1
    );
}

#[derive(diesel::QueryableByName)]
struct StateRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    state: String,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    unsent_reason: Option<String>,
}

#[actix_web::test]
async fn failing_numbers_and_the_outbox_are_listed_to_admins() {
    use crate::support::expect_problem;
    let w = world().await;
    w.book("2027-03-12T14:30", Some("now_and_reminder")).await;
    w.provider.answer(16);
    w.dispatch().await;
    let spip = w.spip().await;
    let local_admin = token(&w.app, &agent(&w.app, spip, Role::LocalAdmin, true).await);
    let numbers: Value = w
        .app
        .get_as(&local_admin, "/api/v1/notifications/failing-numbers")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(numbers[0]["phone"], "+33639981234");
    assert_eq!(
        (numbers[0]["code"].as_str(), numbers[0]["failures"].as_i64()),
        (Some("16"), Some(1))
    );
    assert_eq!(numbers[0]["convict_name"], "Élodie DUPRÉ");
    expect_problem(
        w.app
            .get_as(&w.cpip, "/api/v1/notifications/failing-numbers")
            .await,
        403,
        "forbidden",
    )
    .await;
    let other = service(&w.app, "SPIP 92", OrganizationType::Spip).await;
    let other_admin = token(&w.app, &agent(&w.app, other, Role::LocalAdmin, true).await);
    let path = format!("/api/v1/notifications/failing-numbers?organization_id={spip}");
    expect_problem(w.app.get_as(&other_admin, &path).await, 404, "not_found").await;
    let outbox = msj_api::notifications::gateway::OutboxGateway::new(w.app.state.pool.clone());
    w.book("2027-03-12T15:30", Some("now_and_reminder")).await;
    for _ in 0..2 {
        run_once(
            &w.app.state.pool,
            &outbox,
            &w.app.state.clock,
            "https://msj.example.fr",
        )
        .await
        .unwrap();
    }
    let admin = token(&w.app, &agent(&w.app, spip, Role::Admin, true).await);
    let page: Value = w
        .app
        .get_as(&admin, "/api/v1/notifications?gateway=outbox")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["total"], 1);
    assert!(
        page["items"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Convocation")
    );
    expect_problem(
        w.app
            .get_as(&admin, "/api/v1/notifications?gateway=http")
            .await,
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        w.app
            .get_as(&local_admin, "/api/v1/notifications?gateway=outbox")
            .await,
        403,
        "forbidden",
    )
    .await;
}
