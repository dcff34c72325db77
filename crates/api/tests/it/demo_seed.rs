//! `msj seed --demo`: the demo appointments come with their SMS history, sent through the
//! development outbox (delivered, pending, one failing number), the sorties d'audience have
//! slots with some seats taken, and a second run adds nothing.

use std::process::Command;

use diesel_async::RunQueryDsl;
use msj_api::notifications::gateway::UNREACHABLE_NUMBER;
use msj_domain::roles::Role;
use serde_json::Value;

use crate::support::TestApp;
use crate::support::fixtures::{agent, token};

fn seed(url: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_msj"))
        .args(["seed", "--demo"])
        .env("DATABASE_URL", url)
        .env("MSJ_PUBLIC_URL", "https://msj.example.fr")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[derive(diesel::QueryableByName, Debug)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::Text)]
    label: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    count: i64,
}

async fn counts(app: &TestApp, sql: &str) -> Vec<(String, i64)> {
    let rows: Vec<Count> = diesel::sql_query(sql)
        .load(&mut *app.conn().await)
        .await
        .unwrap();
    rows.into_iter().map(|row| (row.label, row.count)).collect()
}

#[actix_web::test]
async fn demo_appointments_come_with_their_sms_history() {
    let app = TestApp::spawn().await;
    let first = seed(&app.db.url);
    assert!(
        first.contains("SMS sent to the development outbox"),
        "{first}"
    );
    let states = counts(
        &app,
        "SELECT state AS label, count(*) AS count FROM notifications GROUP BY state",
    )
    .await;
    let count = |label: &str| {
        states
            .iter()
            .find(|(state, _)| state == label)
            .map_or(0, |(_, count)| *count)
    };
    assert!(count("delivered") > 500, "{states:?}");
    assert!(count("created") > 50, "reminders still to come: {states:?}");
    assert!(count("failed") >= 1, "{states:?}");
    let sent_history = counts(
        &app,
        "SELECT 'fulfilled' AS label, count(*) AS count FROM appointments a \
         WHERE a.state = 'fulfilled' AND EXISTS (SELECT 1 FROM history_items h \
           WHERE h.appointment_id = a.id AND h.event = 'send_notification' AND h.created_at < a.starts_at)",
    )
    .await;
    assert!(
        sent_history[0].1 > 100,
        "past appointments show the SMS sent before them: {sent_history:?}"
    );

    let spip = counts(
        &app,
        &format!(
            "SELECT co.organization_id::text AS label, 1::bigint AS count \
             FROM convicts c JOIN convict_organizations co ON co.convict_id = c.id \
             JOIN organizations o ON o.id = co.organization_id \
             WHERE c.phone = '{UNREACHABLE_NUMBER}' AND o.kind = 'spip'"
        ),
    )
    .await;
    let spip = spip[0].0.parse().unwrap();
    let local_admin = token(&app, &agent(&app, spip, Role::LocalAdmin, true).await);
    let numbers: Value = app
        .get_as(&local_admin, "/api/v1/notifications/failing-numbers")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(numbers[0]["phone"], UNREACHABLE_NUMBER);
    assert_eq!(numbers[0]["code"], "16");
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let outbox: Value = app
        .get_as(&admin, "/api/v1/notifications?gateway=outbox&per_page=1")
        .await
        .json()
        .await
        .unwrap();
    assert!(outbox["total"].as_i64().unwrap() > 1000, "{outbox}");
    assert!(
        outbox["items"][0]["message"]
            .as_str()
            .unwrap()
            .contains("STOP SMS : https://msj.example.fr/s/")
    );

    let slots = counts(
        &app,
        "SELECT 'slots' AS label, count(*) AS count FROM slots \
         UNION ALL SELECT 'full', count(*) FROM slots WHERE used_capacity = capacity \
         UNION ALL SELECT 'booked', count(*) FROM appointments WHERE slot_id IS NOT NULL",
    )
    .await;
    assert!(slots[0].1 > 1000, "six months of sorties: {slots:?}");
    assert!(slots[1].1 >= 1, "one full slot at least: {slots:?}");
    assert!(slots[2].1 >= 20, "seats taken by demo bookings: {slots:?}");

    let transfers = counts(
        &app,
        "SELECT state AS label, count(*) AS count FROM divestments GROUP BY state",
    )
    .await;
    assert_eq!(
        transfers,
        [("pending".to_owned(), 2)],
        "one each way between SPIP 75 and SPIP 92"
    );

    let second = seed(&app.db.url);
    assert!(second.contains("0 new pending transfers"), "{second}");
    assert!(second.contains("0 new slots, 0 new sorties"), "{second}");
    assert!(
        second.contains("0 new appointments, 0 SMS sent"),
        "{second}"
    );
}
