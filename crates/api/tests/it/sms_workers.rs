//! No loss, no double delivery: two `msj worker` processes on one database, 2 000 due
//! messages, one worker killed (SIGKILL) in the middle; the gateway, deduplicating on the
//! client reference as real gateways do, accepts every message exactly once.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use diesel_async::RunQueryDsl;

use crate::support::TestApp;
use crate::support::booking::place;
use crate::support::fixtures::service;
use crate::support::sms::FakeProvider;

const PEOPLE: usize = 400;
const EACH: usize = 5;

fn worker(app: &TestApp, provider: &FakeProvider, dir: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_msj"))
        .arg("worker")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", &app.db.url)
        .env("MSJ_PROFILE", "dev")
        .env("MSJ_DATA_DIR", dir)
        .env("MSJ_PUBLIC_URL", "https://msj.example.fr")
        .env("MSJ_SMS_GATEWAY_URL", &provider.base)
        .env("MSJ_SMS_GATEWAY_USER", "msj")
        .env("MSJ_SMS_GATEWAY_PASSWORD", "secret")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

async fn count(app: &TestApp, state: &str) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let rows: Vec<Count> = diesel::sql_query(format!(
        "SELECT count(*) AS n FROM notifications WHERE state = '{state}'"
    ))
    .load(&mut *app.conn().await)
    .await
    .unwrap();
    rows[0].n
}

#[actix_web::test]
async fn two_workers_one_killed_every_message_exactly_once() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 75", msj_domain::roles::OrganizationType::Spip).await;
    let (room, agenda) = place(&app, spip, &["suivi_spip"]).await;
    // The worker processes read the real clock: no quiet hours, whatever the time of the run.
    diesel::sql_query(format!(
        "UPDATE organizations SET quiet_hours_start = '00:00', quiet_hours_end = '00:00' WHERE id = '{spip}'"
    ))
    .execute(&mut *app.conn().await)
    .await
    .unwrap();
    let starts = chrono::Utc::now() + chrono::TimeDelta::days(2);
    diesel::sql_query(format!(
        "WITH people AS ( \
             INSERT INTO convicts (id, first_name, last_name, date_of_birth, phone, opt_out_token, created_at, updated_at) \
             SELECT gen_random_uuid(), 'Élodie', 'DUPRÉ' || i, '1990-01-01', '+3363998' || lpad(i::text, 4, '0'), 'w' || i, now(), now() \
             FROM generate_series(1, {PEOPLE}) i RETURNING id), \
         booked AS ( \
             INSERT INTO appointments (id, convict_id, appointment_type_id, place_id, agenda_id, starts_at, duration_min, state, creating_organization_id, created_at, updated_at) \
             SELECT gen_random_uuid(), p.id, (SELECT id FROM appointment_types WHERE key = 'suivi_spip'), '{room}', '{agenda}', '{starts}', 30, 'booked', '{spip}', now(), now() \
             FROM people p, generate_series(1, {EACH}) RETURNING id) \
         INSERT INTO notifications (id, appointment_id, kind, state, due_at, created_at, updated_at) \
         SELECT gen_random_uuid(), id, 'summon', 'created', now() - interval '1 minute', now(), now() FROM booked",
        starts = starts.to_rfc3339()
    ))
    .execute(&mut *app.conn().await)
    .await
    .unwrap();
    let provider = FakeProvider::start();
    let dirs = tempfile::tempdir().unwrap();
    let mut first = worker(&app, &provider, dirs.path());
    let mut second = worker(&app, &provider, dirs.path());
    let deadline = Instant::now() + Duration::from_secs(60);
    while provider.state.lock().unwrap().requests < 300 && Instant::now() < deadline {
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    }
    first.kill().unwrap();
    first.wait().unwrap();
    // The killed worker's claims run out (as 2 minutes would make them).
    diesel::sql_query("UPDATE notifications SET lease_until = now() - interval '1 second' WHERE state = 'programmed'")
        .execute(&mut *app.conn().await)
        .await
        .unwrap();
    let total = (PEOPLE * EACH) as i64;
    while count(&app, "sent").await < total && Instant::now() < deadline {
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    }
    second.kill().unwrap();
    second.wait().unwrap();
    let mut states = Vec::new();
    for state in ["created", "programmed", "sent", "unsent", "failed"] {
        states.push((state, count(&app, state).await));
    }
    assert_eq!(
        count(&app, "sent").await,
        total,
        "every message sent: {states:?}"
    );
    let provider = provider.state.lock().unwrap();
    assert_eq!(provider.accepted.len(), PEOPLE * EACH, "each accepted once");
    assert!(
        provider.requests >= PEOPLE * EACH,
        "{} requests",
        provider.requests
    );
}
