//! Probationers: creation, validation, duplicates, attached services, isolation.

use msj_db::organizations::link;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

fn person(phone: &str) -> Value {
    json!({"first_name": "élodie", "last_name": "dupré", "date_of_birth": "1990-05-17", "phone": phone})
}

async fn spip_with_tj(app: &TestApp) -> (uuid::Uuid, uuid::Uuid, String) {
    let spip = service(app, "SPIP 75", OrganizationType::Spip).await;
    let tj = service(app, "TJ Paris", OrganizationType::Tj).await;
    link(&mut *app.conn().await, spip, tj).await.unwrap();
    let cpip = token(app, &agent(app, spip, Role::Cpip, true).await);
    (spip, tj, cpip)
}

#[actix_web::test]
async fn a_probationer_is_created_normalised_and_attached_to_the_jurisdiction() {
    let app = TestApp::spawn().await;
    let (_, _, cpip) = spip_with_tj(&app).await;
    let response = app
        .send_as(
            Method::POST,
            &cpip,
            "/api/v1/convicts",
            person("06 39 98 12 34"),
        )
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    assert_eq!(
        (
            created["first_name"].as_str(),
            created["last_name"].as_str()
        ),
        (Some("Élodie"), Some("DUPRÉ"))
    );
    assert_eq!(created["phone"], "+33639981234");
    assert_eq!(created["phone_display"], "06 39 98 12 34");
    assert_eq!(created["can_receive_sms"], true);
    let services: Vec<&str> = created["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(services, ["SPIP 75", "TJ Paris"]);
    let fetched: Value = app
        .get_as(
            &cpip,
            &format!("/api/v1/convicts/{}", created["id"].as_str().unwrap()),
        )
        .await
        .json()
        .await
        .unwrap();
    let mut fetched = fetched;
    assert!(
        fetched["actions"]["edit"].as_bool().unwrap(),
        "the profile's buttons"
    );
    fetched.as_object_mut().unwrap().remove("actions");
    assert_eq!(fetched, created);
}

#[actix_web::test]
async fn every_invalid_field_is_reported_and_text_round_trips() {
    let app = TestApp::spawn().await;
    let (_, _, cpip) = spip_with_tj(&app).await;
    let bad = json!({"first_name": "x".repeat(10_000), "last_name": " ", "date_of_birth": "2015-01-01", "phone": "01 23 45 67 89", "appi_number": "123"});
    let problem = expect_problem(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", bad)
            .await,
        422,
        "invalid_field",
    )
    .await;
    let pointers: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        pointers,
        [
            "/first_name",
            "/last_name",
            "/date_of_birth",
            "/phone",
            "/appi_number"
        ]
    );
    let impossible = json!({"first_name": "A", "last_name": "B", "date_of_birth": "1990-02-30", "no_phone": true});
    expect_problem(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", impossible)
            .await,
        422,
        "invalid_field",
    )
    .await;

    let tricky = json!({"first_name": "<script>alert(1)</script>", "last_name": "o'brien'; DROP TABLE convicts; --", "date_of_birth": "1980-01-01", "no_phone": true});
    let created: Value = app
        .send_as(Method::POST, &cpip, "/api/v1/convicts", tricky)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(created["first_name"], "<script>alert(1)</script>");
    assert_eq!(created["last_name"], "O'BRIEN'; DROP TABLE CONVICTS; --");
    assert_eq!(created["can_receive_sms"], false);
}

#[actix_web::test]
async fn duplicates_are_refused_and_similar_people_need_a_confirmation() {
    let app = TestApp::spawn().await;
    let (_, _, cpip) = spip_with_tj(&app).await;
    let first = json!({"first_name": "Jean", "last_name": "Martin", "date_of_birth": "1985-03-02", "phone": "06 39 98 00 01", "appi_number": "200123456789"});
    assert_eq!(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", first)
            .await
            .status(),
        201
    );

    let same_phone = json!({"first_name": "Paul", "last_name": "Durand", "date_of_birth": "1970-01-01", "phone": "+33 6 39 98 00 01"});
    let problem = expect_problem(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", same_phone)
            .await,
        409,
        "duplicate",
    )
    .await;
    assert!(
        problem["detail"].as_str().unwrap().contains("SPIP 75"),
        "{problem}"
    );
    let same_appi = json!({"first_name": "Paul", "last_name": "Durand", "date_of_birth": "1970-01-01", "no_phone": true, "appi_number": "200123456789"});
    expect_problem(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", same_appi)
            .await,
        409,
        "duplicate",
    )
    .await;

    let named = json!({"first_name": "Léa", "last_name": "Petit", "date_of_birth": "1999-09-09", "no_phone": true});
    assert_eq!(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", named)
            .await
            .status(),
        201
    );
    let same_names = json!({"first_name": "LEA", "last_name": "petit", "date_of_birth": "1999-09-09", "no_phone": true});
    let problem = expect_problem(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", same_names)
            .await,
        409,
        "duplicate",
    )
    .await;
    let existing = problem["instance"].as_str().unwrap();
    assert_eq!(
        app.get_as(&cpip, existing).await.status(),
        200,
        "names the record"
    );
    let with_appi = json!({"first_name": "Léa", "last_name": "Petit", "date_of_birth": "1999-09-09", "no_phone": true, "appi_number": "201000000001"});
    expect_problem(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", with_appi.clone())
            .await,
        409,
        "possible_duplicate",
    )
    .await;
    let mut forced = with_appi;
    forced["force"] = json!(true);
    assert_eq!(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", forced)
            .await
            .status(),
        201
    );

    let dupont = json!({"first_name": "Jean-Pierre", "last_name": "Dupont", "date_of_birth": "1975-07-14", "no_phone": true});
    assert_eq!(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", dupont)
            .await
            .status(),
        201
    );
    let dupond = json!({"first_name": "Jean Pierre", "last_name": "Dupond", "date_of_birth": "1975-07-14", "refused_phone": true});
    expect_problem(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", dupond)
            .await,
        409,
        "possible_duplicate",
    )
    .await;
    let not_close = json!({"first_name": "Jean", "last_name": "Martinn", "date_of_birth": "1985-03-02", "refused_phone": true});
    let response = app
        .send_as(Method::POST, &cpip, "/api/v1/convicts", not_close)
        .await;
    assert_eq!(response.status(), 201, "similarity 0.79 is under 0.8");
}

#[actix_web::test]
async fn two_agents_creating_the_same_person_at_once_make_one_record() {
    let app = TestApp::spawn().await;
    let (_, _, cpip) = spip_with_tj(&app).await;
    let attempts = (0..6).map(|_| {
        app.send_as(
            Method::POST,
            &cpip,
            "/api/v1/convicts",
            person("06 39 98 55 55"),
        )
    });
    let statuses: Vec<u16> = futures_util::future::join_all(attempts)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|&&s| s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|&s| s == 201 || s == 409),
        "{statuses:?}"
    );
}

#[actix_web::test]
async fn japat_probationers_go_to_the_japat_court() {
    let app = TestApp::spawn().await;
    let (_, _, cpip) = spip_with_tj(&app).await;
    let mut body = person("06 39 98 12 35");
    body["japat"] = json!(true);
    expect_problem(
        app.send_as(Method::POST, &cpip, "/api/v1/convicts", body.clone())
            .await,
        422,
        "invalid_field",
    )
    .await;
    let (_, admin) = crate::support::fixtures::agent_with_role(&app, Role::Admin).await;
    let court = json!({"name": "TJ Paris JAPAT", "kind": "tj", "territory": "metropole", "is_japat_court": true});
    assert_eq!(
        app.send_as(Method::POST, &admin, "/api/v1/organizations", court)
            .await
            .status(),
        201
    );
    let created: Value = app
        .send_as(Method::POST, &cpip, "/api/v1/convicts", body)
        .await
        .json()
        .await
        .unwrap();
    let services: Vec<&str> = created["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(services, ["SPIP 75", "TJ Paris JAPAT"]);
}

#[actix_web::test]
async fn other_services_see_nothing_but_bex_agents_see_everyone() {
    let app = TestApp::spawn().await;
    let (_, _, cpip) = spip_with_tj(&app).await;
    let created: Value = app
        .send_as(
            Method::POST,
            &cpip,
            "/api/v1/convicts",
            person("06 39 98 12 36"),
        )
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/convicts/{}", created["id"].as_str().unwrap());
    for role in Role::ALL {
        let (_, access) = crate::support::fixtures::agent_with_role(&app, role).await;
        let status = app.get_as(&access, &path).await.status().as_u16();
        assert_eq!(
            status,
            if role.work_at_bex() { 200 } else { 404 },
            "{role:?} of another service"
        );
    }
    expect_problem(
        app.get_as(
            &cpip,
            "/api/v1/convicts/0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d00",
        )
        .await,
        404,
        "not_found",
    )
    .await;
}
