//! Editing probationers, the phone history, SMS re-planning, reactivation, history and audit.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{booked, convict, monday, place, set_now, sms_rows};
use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

async fn patch(app: &TestApp, token: &str, id: Uuid, body: Value) -> reqwest::Response {
    app.send_as(
        Method::PATCH,
        token,
        &format!("/api/v1/convicts/{id}"),
        body,
    )
    .await
}

async fn timeline(app: &TestApp, token: &str, id: Uuid) -> Vec<(String, String)> {
    let page: Value = app
        .get_as(token, &format!("/api/v1/history?convict_id={id}"))
        .await
        .json()
        .await
        .unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["event"].as_str().unwrap().to_owned(),
                i["content"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn appointment(app: &TestApp, token: &str, id: &Value) -> Value {
    app.get_as(
        token,
        &format!("/api/v1/appointments/{}", id.as_str().unwrap()),
    )
    .await
    .json()
    .await
    .unwrap()
}

#[actix_web::test]
async fn adding_a_phone_plans_reminders_and_removing_it_cancels_them() {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let (room, _) = place(&app, spip, &["suivi_spip"]).await;
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let person = convict(&app, &[spip], None).await;
    let future = booked(&app, &cpip, person, room, "2027-03-12T14:30", None).await;
    assert!(sms_rows(&future).is_empty());
    let response = patch(&app, &cpip, person, json!({"phone": "06 39 98 45 67"})).await;
    assert_eq!(response.status(), 200);
    let updated: Value = response.json().await.unwrap();
    assert_eq!(
        (
            updated["no_phone"].as_bool(),
            updated["can_receive_sms"].as_bool()
        ),
        (Some(false), Some(true))
    );
    let rows = sms_rows(&appointment(&app, &cpip, &future["id"]).await);
    assert_eq!(
        rows,
        [(
            "reminder".to_owned(),
            "created".to_owned(),
            "2027-03-10T14:30:00+01:00".to_owned()
        )]
    );
    let changed = patch(&app, &cpip, person, json!({"phone": "+33639984568"})).await;
    assert_eq!(changed.status(), 200);
    let removed = patch(
        &app,
        &cpip,
        person,
        json!({"phone": null, "no_phone": true}),
    )
    .await;
    assert_eq!(removed.status(), 200);
    let rows = sms_rows(&appointment(&app, &cpip, &future["id"]).await);
    assert_eq!(rows[0].1, "canceled");
    let items = timeline(&app, &cpip, person).await;
    let phone_items: Vec<&str> = items
        .iter()
        .filter(|(e, _)| e.ends_with("phone_convict"))
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        phone_items,
        [
            "Élodie MARTIN (CPIP) a supprimé le numéro de téléphone 06 39 98 45 68.",
            "Élodie MARTIN (CPIP) a remplacé le numéro de téléphone 06 39 98 45 67 par 06 39 98 45 68.",
            "Élodie MARTIN (CPIP) a ajouté le numéro de téléphone 06 39 98 45 67.",
        ]
    );
}

#[actix_web::test]
async fn edits_are_validated_and_services_recomputed_only_on_japat_or_town() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let tj = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let japat_court = service(&app, "TJ Paris JAPAT", OrganizationType::Tj).await;
    msj_db::organizations::link(&mut *app.conn().await, spip, tj)
        .await
        .unwrap();
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query(format!(
            "UPDATE organizations SET is_japat_court = true WHERE id = '{japat_court}'"
        )),
        &mut *app.conn().await,
    )
    .await
    .unwrap();
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let person = convict(&app, &[spip], Some("+33639981234")).await;
    let renamed: Value = patch(&app, &cpip, person, json!({"first_name": "jean-éric"}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(renamed["first_name"], "Jean-Éric");
    assert_eq!(
        renamed["organizations"].as_array().unwrap().len(),
        1,
        "a name change recomputes nothing"
    );
    let japat: Value = patch(&app, &cpip, person, json!({"japat": true}))
        .await
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = japat["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["SPIP 75", "TJ Paris JAPAT"]);
    let bad = patch(
        &app,
        &cpip,
        person,
        json!({"last_name": "x".repeat(10_000), "date_of_birth": "2020-01-01"}),
    )
    .await;
    let problem = expect_problem(bad, 422, "invalid_field").await;
    assert_eq!(problem["errors"].as_array().unwrap().len(), 2);
    let unknown = patch(&app, &cpip, person, json!({"nickname": "x"})).await;
    assert_eq!(unknown.status(), 422);
    let other = convict(&app, &[spip], Some("+33639989999")).await;
    let taken = patch(&app, &cpip, other, json!({"phone": "06 39 98 12 34"})).await;
    expect_problem(taken, 409, "duplicate").await;
    let stranger = token(
        &app,
        &agent(
            &app,
            service(&app, "SPIP 92", OrganizationType::Spip).await,
            Role::Cpip,
            true,
        )
        .await,
    );
    expect_problem(
        patch(&app, &stranger, person, json!({"first_name": "Paul"})).await,
        404,
        "not_found",
    )
    .await;
    msj_db::convicts::set_archived(&mut *app.conn().await, person, Some(chrono::Utc::now()))
        .await
        .unwrap();
    expect_problem(
        patch(&app, &cpip, person, json!({"first_name": "Paul"})).await,
        409,
        "convict_archived",
    )
    .await;
}

#[actix_web::test]
async fn reactivating_sms_plans_the_reminders_again() {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let (room, _) = place(&app, spip, &["suivi_spip"]).await;
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let person = convict(&app, &[spip], Some("+33639981234")).await;
    let path = format!("/api/v1/convicts/{person}/sms/reactivate");
    expect_problem(
        app.send_as(Method::POST, &cpip, &path, json!({})).await,
        409,
        "sms_not_refused",
    )
    .await;
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query(format!(
            "UPDATE convicts SET refused_phone = true WHERE id = '{person}'"
        )),
        &mut *app.conn().await,
    )
    .await
    .unwrap();
    let future = booked(&app, &cpip, person, room, "2027-03-12T14:30", None).await;
    assert!(sms_rows(&future).is_empty());
    let renamed = patch(&app, &cpip, person, json!({"first_name": "Léa"})).await;
    let renamed: Value = renamed.json().await.unwrap();
    assert_eq!(
        (
            renamed["refused_phone"].as_bool(),
            renamed["phone"].as_str()
        ),
        (Some(true), Some("+33639981234")),
        "an edit keeps the opt-out"
    );
    let response = app.send_as(Method::POST, &cpip, &path, json!({})).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.json::<Value>().await.unwrap()["can_receive_sms"],
        true
    );
    assert_eq!(
        sms_rows(&appointment(&app, &cpip, &future["id"]).await)[0].0,
        "reminder"
    );
    assert!(
        timeline(&app, &cpip, person)
            .await
            .iter()
            .any(|(e, t)| e == "accept_phone_convict" && t.contains("a réactivé l'envoi des SMS"))
    );
}

#[actix_web::test]
async fn reads_and_changes_are_audited_for_admins() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip_agent = agent(&app, spip, Role::Cpip, true).await;
    let cpip = token(&app, &cpip_agent);
    let person = convict(&app, &[spip], Some("+33639981234")).await;
    assert_eq!(
        app.get_as(&cpip, &format!("/api/v1/convicts/{person}"))
            .await
            .status(),
        200
    );
    assert_eq!(
        app.get_as(&cpip, "/api/v1/convicts?q=dup").await.status(),
        200
    );
    app.send_as(
        Method::POST,
        &cpip,
        &format!("/api/v1/convicts/{person}/archive"),
        json!({}),
    )
    .await;
    expect_problem(app.get_as(&cpip, "/api/v1/audit").await, 403, "forbidden").await;
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let page: Value = app
        .get_as(&admin, &format!("/api/v1/audit?actor_id={}", cpip_agent.id))
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["convict.archive", "convict.list", "convict.read"]);
    let first = &page["items"][2];
    assert_eq!(
        (first["object_id"].as_str(), first["ip"].as_str()),
        (Some(person.to_string().as_str()), Some("127.0.0.1"))
    );
    assert_eq!(first["real_actor_id"], first["actor_id"]);
    let only_reads: Value = app
        .get_as(&admin, "/api/v1/audit?action=convict.read")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(only_reads["total"], 1);
    let items = timeline(&app, &cpip, person).await;
    assert!(
        items[0]
            .1
            .starts_with("Le dossier a été archivé par Élodie MARTIN (CPIP)."),
        "{items:?}"
    );
}
