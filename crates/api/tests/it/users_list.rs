//! The agent list: one service, a name search, and the caller's reach.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, agent_with_role, service, token};
use crate::support::{TestApp, expect_problem};

async fn names(app: &TestApp, token: &str, query: &str) -> Vec<String> {
    let page: Value = app
        .get_as(token, &format!("/api/v1/users{query}"))
        .await
        .json()
        .await
        .unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|user| user["last_name"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn agents_are_found_by_service_and_by_the_start_of_a_name() {
    let app = TestApp::spawn().await;
    let (_, central) = agent_with_role(&app, Role::Admin).await;
    let spip = service(&app, "SPIP 13", OrganizationType::Spip).await;
    let other = service(&app, "SPIP 83", OrganizationType::Spip).await;
    for (organization, last_name) in [(spip, "Lefèvre-Dupont"), (other, "Lefort")] {
        let colleague = agent(&app, organization, Role::Cpip, true).await;
        let path = format!("/api/v1/users/{}", colleague.id);
        let response = app
            .send_as(
                Method::PATCH,
                &central,
                &path,
                json!({"last_name": last_name}),
            )
            .await;
        assert_eq!(response.status(), 200);
    }

    assert_eq!(names(&app, &central, "?q=LEFE").await, ["LEFÈVRE-DUPONT"]);
    assert_eq!(names(&app, &central, "?q=lef").await.len(), 2);
    assert_eq!(names(&app, &central, "?q=elodie").await.len(), 3);
    assert_eq!(names(&app, &central, "?q=cpip.").await.len(), 2);
    let query = format!("?q=lef&organization_id={other}");
    assert_eq!(names(&app, &central, &query).await, ["LEFORT"]);

    let local = agent(&app, spip, Role::LocalAdmin, true).await;
    let access = token(&app, &local);
    assert_eq!(names(&app, &access, "?q=lef").await, ["LEFÈVRE-DUPONT"]);
    let own = format!("?organization_id={spip}");
    assert_eq!(names(&app, &access, &own).await.len(), 2);
    let path = format!("/api/v1/users?organization_id={other}");
    expect_problem(app.get_as(&access, &path).await, 404, "not_found").await;
}
