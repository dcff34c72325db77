//! The daily retention jobs at their boundaries: 12 months idle (convocation, creation,
//! service link), a pending transfer, 6 months archived, audit kept one year; once a day.

use chrono::{DateTime, TimeDelta, Utc};
use msj_api::jobs::{RETENTION_ARCHIVE, RETENTION_AUDIT, RETENTION_DELETE, run_due};
use msj_domain::retention::{audit_kept_since, deletable_before, idle_since};
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use crate::support::TestApp;
use crate::support::booking::{booked, convict, monday, place, set_now};
use crate::support::fixtures::{agent, service, token};
use crate::support::sql::{count, exec};

/// Runs the due jobs and says whether `job` was among them.
async fn ran(app: &TestApp, job: &str) -> bool {
    run_due(&app.state.pool, &app.state.clock, "https://msj.example.fr")
        .await
        .unwrap()
        .contains(&job)
}

/// A SPIP with a place and a CPIP's token, at [`monday`].
async fn desk(app: &TestApp) -> (Uuid, Uuid, String) {
    set_now(app, monday());
    let spip = service(app, "SPIP 75", OrganizationType::Spip).await;
    let (room, _) = place(app, spip, &["suivi_spip"]).await;
    let cpip = token(app, &agent(app, spip, Role::Cpip, true).await);
    (spip, room, cpip)
}

/// A probationer of `spip` created, and linked to it, at the given instants.
async fn person(app: &TestApp, spip: Uuid, created: DateTime<Utc>, linked: DateTime<Utc>) -> Uuid {
    let id = convict(app, &[spip], None).await;
    exec(
        app,
        format!("UPDATE convicts SET created_at = '{created}' WHERE id = '{id}'"),
    )
    .await;
    exec(
        app,
        format!(
            "UPDATE convict_organizations SET created_at = '{linked}' WHERE convict_id = '{id}'"
        ),
    )
    .await;
    id
}

async fn archived(app: &TestApp, id: Uuid) -> bool {
    let sql =
        format!("SELECT count(*) AS n FROM convicts WHERE id = '{id}' AND archived_at IS NOT NULL");
    count(app, sql).await == 1
}

#[actix_web::test]
async fn idle_records_are_archived_at_twelve_months_once_a_day() {
    let app = TestApp::spawn().await;
    let (spip, room, cpip) = desk(&app).await;
    let old = convict(&app, &[spip], None).await;
    let recent = convict(&app, &[spip], None).await;
    booked(&app, &cpip, old, room, "2027-03-02T10:00", None).await;
    booked(&app, &cpip, recent, room, "2027-03-04T10:00", None).await;
    // 2027-03-02 10:00 Paris + 12 months + 1 day: the boundary is 2027-03-03 09:00 UTC.
    let now = monday() + TimeDelta::days(1) + TimeDelta::days(366) + TimeDelta::days(1);
    set_now(&app, now);
    let since = idle_since(app.state.clock.now());
    let day = TimeDelta::days(1);
    let created_old = person(&app, spip, since - day, since - day).await;
    let created_recent = person(&app, spip, since + day, since - day).await;
    let linked_old = person(&app, spip, since - day, since - day).await;
    let linked_recent = person(&app, spip, since - day, since + day).await;
    let pending = person(&app, spip, since - day, since - day).await;
    exec(&app, format!(
        "INSERT INTO divestments (id, convict_id, organization_id, state, created_at, updated_at) \
         VALUES ('{}', '{pending}', '{spip}', 'pending', now(), now())", Uuid::now_v7()
    )).await;

    assert!(ran(&app, RETENTION_ARCHIVE).await);
    for (id, expected, what) in [
        (old, true, "last convocation 12 months + 1 day ago"),
        (recent, false, "last convocation 12 months - 1 day ago"),
        (created_old, true, "created 12 months + 1 day ago"),
        (created_recent, false, "created 12 months - 1 day ago"),
        (linked_old, true, "service link 12 months + 1 day ago"),
        (linked_recent, false, "service link 12 months - 1 day ago"),
        (pending, false, "pending transfer"),
    ] {
        assert_eq!(archived(&app, id).await, expected, "{what}");
    }
    let items = count(&app, format!(
        "SELECT count(*) AS n FROM history_items WHERE event = 'archive_convict' AND actor_id IS NULL \
         AND content LIKE '%automatiquement%' AND convict_id IN ('{old}', '{created_old}', '{linked_old}')"
    )).await;
    assert_eq!(items, 3, "one history item per archived record");
    let report = count(&app, format!(
        "SELECT (report->>'archived')::bigint AS n FROM job_runs WHERE job = '{RETENTION_ARCHIVE}'"
    )).await;
    assert_eq!(report, 3);

    exec(
        &app,
        format!("UPDATE convicts SET archived_at = NULL WHERE id = '{old}'"),
    )
    .await;
    assert!(!ran(&app, RETENTION_ARCHIVE).await, "once a day");
    assert!(!archived(&app, old).await);
    set_now(&app, app.state.clock.now() + day);
    assert!(ran(&app, RETENTION_ARCHIVE).await, "the next day");
    assert!(archived(&app, old).await);
}

/// (appointments, notifications, history items) of a probationer.
async fn rows_of(app: &TestApp, id: Uuid) -> (i64, i64, i64) {
    let appointments = count(
        app,
        format!("SELECT count(*) AS n FROM appointments WHERE convict_id = '{id}'"),
    )
    .await;
    let notifications = count(app, format!(
        "SELECT count(*) AS n FROM notifications n JOIN appointments a ON a.id = n.appointment_id WHERE a.convict_id = '{id}'"
    )).await;
    let history = count(
        app,
        format!("SELECT count(*) AS n FROM history_items WHERE convict_id = '{id}'"),
    )
    .await;
    (appointments, notifications, history)
}

#[actix_web::test]
async fn records_archived_six_months_ago_are_deleted_with_everything() {
    let app = TestApp::spawn().await;
    let (spip, room, cpip) = desk(&app).await;
    let doomed = convict(&app, &[spip], Some("+33639981234")).await;
    let kept = convict(&app, &[spip], Some("+33639981235")).await;
    for id in [doomed, kept] {
        booked(
            &app,
            &cpip,
            id,
            room,
            "2027-03-12T14:30",
            Some("now_and_reminder"),
        )
        .await;
    }
    let (appointments, notifications, history) = rows_of(&app, doomed).await;
    assert!(appointments == 1 && notifications >= 1 && history >= 1);
    let before = deletable_before(app.state.clock.now() + TimeDelta::minutes(1));
    let day = TimeDelta::days(1);
    for (id, at) in [(doomed, before - day), (kept, before + day)] {
        exec(
            &app,
            format!("UPDATE convicts SET archived_at = '{at}' WHERE id = '{id}'"),
        )
        .await;
    }

    assert!(ran(&app, RETENTION_DELETE).await);
    let gone = count(
        &app,
        format!("SELECT count(*) AS n FROM convicts WHERE id = '{doomed}'"),
    )
    .await;
    assert_eq!(gone, 0, "archived 6 months + 1 day ago");
    assert_eq!(rows_of(&app, doomed).await, (0, 0, 0));
    let links = count(
        &app,
        format!("SELECT count(*) AS n FROM convict_organizations WHERE convict_id = '{doomed}'"),
    )
    .await;
    assert_eq!(links, 0);
    assert_eq!(
        rows_of(&app, kept).await,
        (appointments, notifications, history),
        "archived 6 months - 1 day ago"
    );
    let report = count(&app, format!(
        "SELECT (report->>'deleted')::bigint * 10 + (report->>'appointments')::bigint AS n FROM job_runs WHERE job = '{RETENTION_DELETE}'"
    )).await;
    assert_eq!(report, 11, "1 record, 1 convocation");
}

#[actix_web::test]
async fn audit_entries_are_kept_one_year() {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let since = audit_kept_since(app.state.clock.now() + TimeDelta::minutes(1));
    let day = TimeDelta::days(1);
    let old = Uuid::now_v7();
    let young = Uuid::now_v7();
    for (object, at) in [(old, since - day), (young, since + day)] {
        exec(
            &app,
            format!(
                "INSERT INTO audit_events (id, occurred_at, action, object_type, object_id) \
             VALUES ('{}', '{at}', 'convict.read', 'convict', '{object}')",
                Uuid::now_v7()
            ),
        )
        .await;
    }
    assert!(ran(&app, RETENTION_AUDIT).await);
    let left =
        |id: Uuid| format!("SELECT count(*) AS n FROM audit_events WHERE object_id = '{id}'");
    assert_eq!(count(&app, left(old)).await, 0, "one year + 1 day old");
    assert_eq!(count(&app, left(young)).await, 1, "one year - 1 day old");
}
