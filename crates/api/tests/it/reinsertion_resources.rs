//! `/api/v1/reinsertion-resources`: local admins keep their service's resources, the central
//! admin any; everyone else only reads; bad input is a 422 problem.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

const PATH: &str = "/api/v1/reinsertion-resources";

fn employment(title: &str) -> Value {
    json!({"departement": "92", "category": "emploi", "title": title,
        "description": "Offres d'emploi.", "url": "https://www.francetravail.fr", "phone": "39 49"})
}

#[actix_web::test]
async fn local_admins_keep_their_own_resources_and_the_admin_all() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let other = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let local = token(&app, &agent(&app, spip, Role::LocalAdmin, true).await);
    let stranger = token(&app, &agent(&app, other, Role::LocalAdmin, true).await);
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let admin = token(&app, &agent(&app, other, Role::Admin, true).await);

    let created = app
        .send_as(Method::POST, &local, PATH, employment("France Travail"))
        .await;
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["organization_id"], spip.to_string());
    assert_eq!(
        (
            created["category_label"].as_str(),
            created["editable"].as_bool()
        ),
        (Some("Emploi"), Some(true))
    );
    let item = format!("{PATH}/{}", created["id"].as_str().unwrap());

    let mut changed = employment("France Travail Nanterre");
    changed["address"] = json!("  ");
    let response = app
        .send_as(Method::PUT, &local, &item, changed.clone())
        .await;
    assert_eq!(response.status(), 200);
    let response: Value = response.json().await.unwrap();
    assert_eq!(
        (response["title"].as_str(), response["address"].as_null()),
        (Some("France Travail Nanterre"), Some(()))
    );

    expect_problem(
        app.send_as(Method::PUT, &stranger, &item, changed.clone())
            .await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        app.send_as(Method::DELETE, &stranger, &item, json!({}))
            .await,
        403,
        "forbidden",
    )
    .await;
    let mut elsewhere = employment("Mission locale");
    elsewhere["organization_id"] = json!(spip.to_string());
    expect_problem(
        app.send_as(Method::POST, &stranger, PATH, elsewhere.clone())
            .await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        app.send_as(Method::POST, &cpip, PATH, employment("X"))
            .await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        app.send_as(Method::DELETE, &cpip, &item, json!({})).await,
        403,
        "forbidden",
    )
    .await;

    let listed: Value = app
        .get_as(&cpip, &format!("{PATH}?departement=92"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            listed["total"].as_i64(),
            listed["items"][0]["editable"].as_bool()
        ),
        (Some(1), Some(false))
    );

    let by_admin = app.send_as(Method::POST, &admin, PATH, elsewhere).await;
    assert_eq!(by_admin.status(), 201);
    let by_admin: Value = by_admin.json().await.unwrap();
    assert_eq!(by_admin["organization_id"], spip.to_string());
    assert_eq!(
        app.send_as(Method::PUT, &admin, &item, changed)
            .await
            .status(),
        200
    );

    let page: Value = app
        .get_as(&stranger, &format!("{PATH}?per_page=1&page=2"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            page["total"].as_i64(),
            page["items"].as_array().unwrap().len()
        ),
        (Some(2), 1)
    );
    assert_eq!(
        page["items"][0]["title"], "Mission locale",
        "by département, category and title"
    );

    assert_eq!(
        app.send_as(Method::DELETE, &local, &item, json!({}))
            .await
            .status(),
        204
    );
    expect_problem(
        app.send_as(Method::DELETE, &local, &item, json!({})).await,
        404,
        "not_found",
    )
    .await;
    expect_problem(
        app.send_as(Method::PUT, &admin, &item, employment("Y"))
            .await,
        404,
        "not_found",
    )
    .await;
    let html = app
        .get("/investir-ma-reinsertion/92")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Mission locale") && !html.contains("France Travail Nanterre"));
}

#[actix_web::test]
async fn bad_input_is_refused_field_by_field() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let local = token(&app, &agent(&app, spip, Role::LocalAdmin, true).await);
    let bad = json!({"departement": "99", "category": "loisirs", "title": " ", "url": "javascript:alert(1)", "phone": "appelez"});
    let problem = expect_problem(
        app.send_as(Method::POST, &local, PATH, bad).await,
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
        ["/title", "/category", "/departement", "/url", "/phone"]
    );
    assert_eq!(problem["errors"][2]["code"], "invalid_departement");
    let mut long = employment("x");
    long["description"] = json!("é".repeat(2001));
    let problem = expect_problem(
        app.send_as(Method::POST, &local, PATH, long).await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(
        (
            problem["errors"][0]["pointer"].as_str(),
            problem["errors"][0]["code"].as_str()
        ),
        (Some("/description"), Some("too_long"))
    );
    let mut unknown = employment("x");
    unknown["organization_id"] = json!("pas-un-id");
    expect_problem(
        app.send_as(Method::POST, &local, PATH, unknown).await,
        422,
        "invalid_field",
    )
    .await;
    let mut extra = employment("x");
    extra["colour"] = json!("red");
    let response = app.send_as(Method::POST, &local, PATH, extra).await;
    assert!(response.status().is_client_error());
    expect_problem(
        app.get_as(&local, &format!("{PATH}?departement=99")).await,
        400,
        "invalid_query",
    )
    .await;
    let path = format!("{PATH}/{}", uuid::Uuid::now_v7());
    expect_problem(
        app.send_as(Method::PUT, &local, &path, employment("x"))
            .await,
        404,
        "not_found",
    )
    .await;

    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let mut nowhere = employment("x");
    nowhere["organization_id"] = json!(uuid::Uuid::now_v7().to_string());
    let problem = expect_problem(
        app.send_as(Method::POST, &admin, PATH, nowhere).await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/organization_id");
    let unsigned = token(&app, &agent(&app, spip, Role::LocalAdmin, false).await);
    expect_problem(
        app.get_as(&unsigned, PATH).await,
        403,
        "security_charter_not_accepted",
    )
    .await;
}

#[actix_web::test]
async fn the_menu_offers_the_screen_to_admins_and_places_keep_preparation_texts() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    for (role, shown) in [
        (Role::LocalAdmin, true),
        (Role::Cpip, false),
        (Role::Dpip, false),
    ] {
        let me: Value = app
            .get_as(
                &token(&app, &agent(&app, spip, role, true).await),
                "/api/v1/auth/me",
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(me["menu"]["reinsertion_resources"], shown, "{role:?}");
    }
    let dpip = token(&app, &agent(&app, spip, Role::Dpip, true).await);
    let body = json!({"name": "Accueil", "address": "1 rue X, 92000 Nanterre", "phone": "01 39 98 00 00",
        "appointment_types": ["suivi_spip"], "opening_hours": "x".repeat(501), "access_info": "y".repeat(1001)});
    let problem = expect_problem(
        app.send_as(Method::POST, &dpip, "/api/v1/places", body)
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"].as_array().unwrap().len(), 2);
    assert_eq!(
        (
            problem["errors"][1]["pointer"].as_str(),
            problem["errors"][1]["code"].as_str()
        ),
        (Some("/opening_hours"), Some("too_long"))
    );
    let body = json!({"name": "Accueil", "address": "1 rue X, 92000 Nanterre", "phone": "01 39 98 00 00",
        "appointment_types": ["suivi_spip"], "opening_hours": " 9 h – 17 h "});
    let place: Value = app
        .send_as(Method::POST, &dpip, "/api/v1/places", body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            place["opening_hours"].as_str(),
            place["access_info"].as_null()
        ),
        (Some("9 h – 17 h"), Some(()))
    );
    let path = format!("/api/v1/places/{}", place["id"].as_str().unwrap());
    let place: Value = app
        .send_as(
            Method::PATCH,
            &dpip,
            &path,
            json!({"opening_hours": "", "access_info": "Métro"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            place["opening_hours"].as_null(),
            place["access_info"].as_str()
        ),
        (Some(()), Some("Métro"))
    );
    let problem = expect_problem(
        app.send_as(
            Method::PATCH,
            &dpip,
            &path,
            json!({"what_to_bring": "z".repeat(1001)}),
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/what_to_bring");
}
