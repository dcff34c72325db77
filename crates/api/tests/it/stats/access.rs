//! Who reads which statistics, and bad input.

use msj_domain::roles::Role;
use serde_json::Value;

use super::fixture::Fixture;
use crate::support::expect_problem;

#[actix_web::test]
async fn a_service_reads_its_own_figures_and_only_the_admin_the_others() {
    let f = Fixture::new().await;
    f.seed().await;
    f.run_jobs().await;
    let local = f.token(f.a, Role::LocalAdmin).await;
    let dpip = f.token(f.a, Role::Dpip).await;
    let cpip = f.token(f.a, Role::Cpip).await;
    let jap = f.token(f.b, Role::Jap).await;
    let director = f.token(f.b, Role::DirGreffSap).await;
    let admin = f.token(f.a, Role::Admin).await;
    let total = |body: Value| body["total"]["convocations"].as_i64();
    let own = "/api/v1/stats?from=2027-01&to=2027-02";
    for (token, convocations) in [(&local, 6), (&dpip, 6), (&director, 2), (&admin, 6)] {
        assert_eq!(total(f.app.get_ok(token, own).await), Some(convocations));
    }

    let of_b = format!("/api/v1/stats?organization_id={}", f.b);
    expect_problem(f.app.get_as(&local, &of_b).await, 404, "not_found").await;
    let csv_of_b = format!("/api/v1/stats/months?organization_id={}&format=csv", f.b);
    expect_problem(f.app.get_as(&local, &csv_of_b).await, 404, "not_found").await;
    expect_problem(f.app.get_as(&dpip, &of_b).await, 404, "not_found").await;
    assert_eq!(f.app.get_as(&admin, &of_b).await.status(), 200);
    for token in [&local, &dpip, &director] {
        let national = f.app.get_as(token, "/api/v1/stats?national=true").await;
        expect_problem(national, 403, "forbidden").await;
    }
    for token in [&cpip, &jap] {
        expect_problem(f.app.get_as(token, "/api/v1/stats").await, 403, "forbidden").await;
        expect_problem(
            f.app.get_as(token, "/api/v1/stats/places").await,
            403,
            "forbidden",
        )
        .await;
    }
    expect_problem(f.app.get("/api/v1/stats").await, 401, "unauthenticated").await;
    let unknown = format!("/api/v1/stats?organization_id={}", uuid::Uuid::now_v7());
    expect_problem(f.app.get_as(&admin, &unknown).await, 404, "not_found").await;
}

#[actix_web::test]
async fn bad_months_periods_services_and_formats_are_refused() {
    let f = Fixture::new().await;
    let admin = f.token(f.a, Role::Admin).await;
    for (query, status, code) in [
        ("/api/v1/stats?from=2027-13", 400, "invalid_month"),
        ("/api/v1/stats?to=mars", 400, "invalid_month"),
        (
            "/api/v1/stats?from=2027-03&to=2027-01",
            400,
            "period_reversed",
        ),
        (
            "/api/v1/stats?from=2010-01&to=2027-01",
            400,
            "period_too_long",
        ),
        ("/api/v1/stats?organization_id=abc", 400, "invalid_query"),
        ("/api/v1/stats?national=peut-etre", 400, "invalid_query"),
        ("/api/v1/stats?colour=blue", 400, "invalid_query"),
        ("/api/v1/stats?format=csv", 400, "invalid_query"),
        ("/api/v1/stats/months?format=xml", 400, "invalid_query"),
        ("/api/v1/stats/weeks", 404, "not_found"),
    ] {
        expect_problem(f.app.get_as(&admin, query).await, status, code).await;
    }
    let both = format!("/api/v1/stats?national=true&organization_id={}", f.a);
    expect_problem(f.app.get_as(&admin, &both).await, 400, "invalid_query").await;
}
