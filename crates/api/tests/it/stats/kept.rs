//! A rebuild recomputes the last 13 months only: the figures of older months stay as they were
//! once retention has deleted their appointments, and recent months follow every change.

use diesel_async::RunQueryDsl;
use msj_domain::roles::Role;
use serde_json::Value;

use super::fixture::{Fixture, at};

async fn total(f: &Fixture, token: &str, month: &str) -> Value {
    let path = format!("/api/v1/stats?national=true&from={month}&to={month}");
    f.app.get_ok(token, &path).await["total"].clone()
}

#[actix_web::test]
async fn old_months_keep_their_figures_when_their_appointments_are_deleted() {
    let f = Fixture::new().await;
    let admin = f.token(f.b, Role::Admin).await;
    f.seed().await;
    f.run_jobs().await;
    let january = total(&f, &admin, "2027-01").await;
    let march = total(&f, &admin, "2027-03").await;
    assert!(january["convocations"].as_i64() > Some(0), "{january}");
    assert!(march["convocations"].as_i64() > Some(0), "{march}");

    let mut conn = f.app.conn().await;
    for month in ["2027-01-01", "2027-03-01"] {
        diesel::sql_query(format!(
            "DELETE FROM appointments WHERE date_trunc('month', starts_at \
             AT TIME ZONE 'Europe/Paris')::date = '{month}'"
        ))
        .execute(&mut *conn)
        .await
        .unwrap();
    }
    // In March 2028 the rebuild starts at March 2027: January 2027 is kept as it was, March
    // 2027 is recomputed without its appointments.
    msj_api::stats::refresh(&f.app.state.pool, at(2028, 3, 10))
        .await
        .unwrap();
    assert_eq!(total(&f, &admin, "2027-01").await, january);
    assert_eq!(total(&f, &admin, "2027-03").await["convocations"], 0);
}
