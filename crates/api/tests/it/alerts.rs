//! Broadcast alerts: the admin writes them; agents of the targeted service and role read the
//! unread ones and mark them read, once each.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, agent_with_role, service, token};
use crate::support::{TestApp, expect_problem};

fn alert(title: &str, organization: Option<String>, role: Option<&str>) -> Value {
    json!({"title": title, "text": "L'application sera indisponible samedi de 8 h à 10 h.",
        "kind": "warning", "organization_id": organization, "role": role})
}

async fn titles(app: &TestApp, token: &str) -> Vec<String> {
    let unread: Value = app
        .get_as(token, "/api/v1/alerts/unread")
        .await
        .json()
        .await
        .unwrap();
    unread
        .as_array()
        .unwrap()
        .iter()
        .map(|alert| alert["title"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn agents_see_the_alerts_of_their_service_and_role_until_read() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let paris = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let lyon = service(&app, "SPIP 69", OrganizationType::Spip).await;
    let cpip = token(&app, &agent(&app, paris, Role::Cpip, true).await);
    let other_cpip = token(&app, &agent(&app, paris, Role::Cpip, true).await);
    let dpip = token(&app, &agent(&app, paris, Role::Dpip, true).await);
    let lyon_cpip = token(&app, &agent(&app, lyon, Role::Cpip, true).await);
    let mut ids = Vec::new();
    for body in [
        alert("Tous", None, None),
        alert("Paris", Some(paris.to_string()), None),
        alert("CPIP", None, Some("cpip")),
        alert("CPIP de Lyon", Some(lyon.to_string()), Some("cpip")),
    ] {
        let response = app
            .send_as(Method::POST, &admin, "/api/v1/alerts", body)
            .await;
        assert_eq!(response.status(), 201);
        let created: Value = response.json().await.unwrap();
        ids.push(created["id"].as_str().unwrap().to_owned());
    }
    assert_eq!(titles(&app, &cpip).await, ["CPIP", "Paris", "Tous"]);
    assert_eq!(titles(&app, &dpip).await, ["Paris", "Tous"]);
    assert_eq!(
        titles(&app, &lyon_cpip).await,
        ["CPIP de Lyon", "CPIP", "Tous"]
    );

    for _ in 0..2 {
        let read = app
            .send_as(
                Method::POST,
                &cpip,
                &format!("/api/v1/alerts/{}/read", ids[2]),
                json!({}),
            )
            .await;
        assert_eq!(read.status(), 204, "idempotent");
    }
    assert_eq!(titles(&app, &cpip).await, ["Paris", "Tous"]);
    assert_eq!(
        titles(&app, &other_cpip).await,
        ["CPIP", "Paris", "Tous"],
        "read per agent"
    );
    let lyon_only = format!("/api/v1/alerts/{}/read", ids[3]);
    expect_problem(
        app.send_as(Method::POST, &cpip, &lyon_only, json!({}))
            .await,
        404,
        "not_found",
    )
    .await;
    let unknown = format!("/api/v1/alerts/{}/read", uuid::Uuid::now_v7());
    expect_problem(
        app.send_as(Method::POST, &cpip, &unknown, json!({})).await,
        404,
        "not_found",
    )
    .await;
}

#[actix_web::test]
async fn the_admin_lists_edits_and_deletes_with_audit() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let (_, cpip) = agent_with_role(&app, Role::Cpip).await;
    let created: Value = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/alerts",
            alert("Maintenance", None, None),
        )
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/alerts/{}", created["id"].as_str().unwrap());
    let mut changed = alert("Maintenance reportée", None, Some("cpip"));
    changed["kind"] = json!("info");
    let updated: Value = app
        .send_as(Method::PUT, &admin, &path, changed)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            updated["title"].as_str(),
            updated["kind"].as_str(),
            updated["role_label"].as_str()
        ),
        (Some("Maintenance reportée"), Some("info"), Some("CPIP"))
    );
    let page: Value = app
        .get_as(&admin, "/api/v1/alerts")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (page["total"].as_i64(), page["items"][0]["title"].as_str()),
        (Some(1), Some("Maintenance reportée"))
    );
    assert_eq!(titles(&app, &cpip).await, ["Maintenance reportée"]);
    let deleted = app.send_as(Method::DELETE, &admin, &path, json!({})).await;
    assert_eq!(deleted.status(), 204);
    assert!(titles(&app, &cpip).await.is_empty());
    expect_problem(
        app.send_as(Method::DELETE, &admin, &path, json!({})).await,
        404,
        "not_found",
    )
    .await;
    expect_problem(
        app.send_as(Method::PUT, &admin, &path, alert("X", None, None))
            .await,
        404,
        "not_found",
    )
    .await;
    let id = created["id"].as_str().unwrap();
    let audit: Value = app
        .get_as(&admin, &format!("/api/v1/audit?object_id={id}"))
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["alert.delete", "alert.update", "alert.create"]);
}

#[actix_web::test]
async fn only_the_admin_writes_alerts() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let created: Value = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/alerts",
            alert("Tous", None, None),
        )
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/alerts/{}", created["id"].as_str().unwrap());
    for role in [Role::LocalAdmin, Role::Dpip, Role::Cpip, Role::Jap] {
        let (_, caller) = agent_with_role(&app, role).await;
        let body = alert("Non", None, None);
        for response in [
            app.send_as(Method::POST, &caller, "/api/v1/alerts", body.clone())
                .await,
            app.send_as(Method::PUT, &caller, &path, body).await,
            app.send_as(Method::DELETE, &caller, &path, json!({})).await,
            app.get_as(&caller, "/api/v1/alerts").await,
        ] {
            expect_problem(response, 403, "forbidden").await;
        }
        assert_eq!(titles(&app, &caller).await, ["Tous"], "{role:?} reads it");
    }
    let (unsigned, _) = agent_with_role(&app, Role::Cpip).await;
    let newcomer = agent(&app, unsigned.organization_id, Role::Cpip, false).await;
    let before_charter = token(&app, &newcomer);
    expect_problem(
        app.get_as(&before_charter, "/api/v1/alerts/unread").await,
        403,
        "security_charter_not_accepted",
    )
    .await;
}

#[actix_web::test]
async fn bad_alerts_are_refused_field_by_field() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let body = json!({"title": " ", "text": "x".repeat(1001), "kind": "error", "role": "chef",
        "organization_id": uuid::Uuid::now_v7()});
    let problem = expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/alerts", body)
            .await,
        422,
        "invalid_field",
    )
    .await;
    let fields: Vec<(&str, &str)> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| {
            (
                error["pointer"].as_str().unwrap(),
                error["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("/title", "required"),
            ("/text", "too_long"),
            ("/kind", "invalid_kind"),
            ("/role", "invalid_role")
        ]
    );
    let unknown_service = alert("Titre", Some(uuid::Uuid::now_v7().to_string()), None);
    expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/alerts", unknown_service)
            .await,
        422,
        "invalid_field",
    )
    .await;
    let bad_id = alert("Titre", Some("pas-un-id".to_owned()), None);
    expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/alerts", bad_id)
            .await,
        422,
        "invalid_field",
    )
    .await;
    let extra = json!({"title": "T", "text": "x", "kind": "info", "couleur": "rouge"});
    let problem = expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/alerts", extra)
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "unknown_field");
    let page = app.get_as(&admin, "/api/v1/alerts?page=0").await;
    expect_problem(page, 400, "invalid_query").await;
}
