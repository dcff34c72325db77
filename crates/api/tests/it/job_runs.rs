//! `GET /api/v1/job-runs`: the runs of the periodic jobs, for central admins only.

use msj_api::jobs::{DAILY, run_due};
use msj_domain::roles::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::agent_with_role;
use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn admins_read_the_runs_with_french_names_and_counts() {
    let app = TestApp::spawn().await;
    run_due(&app.state.pool, &app.state.clock, "https://msj.example.fr")
        .await
        .unwrap();
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let page: Value = app
        .get_as(&admin, "/api/v1/job-runs?per_page=10")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        page["total"],
        DAILY.len() + 1,
        "the daily jobs and the hourly one"
    );
    for run in page["items"].as_array().unwrap() {
        assert_ne!(run["label"], run["job"], "every job has a French name");
    }
    let archive = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|run| run["job"] == "retention.archive")
        .unwrap();
    assert_eq!(archive["label"], "Archivage des dossiers inactifs");
    assert!(archive["finished_at"].is_string());
    assert_eq!(
        archive["counts"],
        json!([{"key": "archived", "label": "Dossiers archivés", "value": 0}])
    );
    let second: Value = app
        .get_as(&admin, "/api/v1/job-runs?per_page=4&page=2")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        second["items"].as_array().unwrap().len(),
        DAILY.len() + 1 - 4
    );
}

#[actix_web::test]
async fn other_roles_and_bad_pages_are_refused() {
    let app = TestApp::spawn().await;
    for role in [Role::LocalAdmin, Role::Dpip, Role::Cpip, Role::Jap] {
        let (_, caller) = agent_with_role(&app, role).await;
        expect_problem(
            app.get_as(&caller, "/api/v1/job-runs").await,
            403,
            "forbidden",
        )
        .await;
    }
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    expect_problem(
        app.get_as(&admin, "/api/v1/job-runs?per_page=500").await,
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        app.get_as(&admin, "/api/v1/job-runs?jour=1").await,
        400,
        "invalid_query",
    )
    .await;
    let anonymous = app
        .client
        .request(Method::GET, app.url("/api/v1/job-runs"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
}
