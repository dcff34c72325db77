//! Changing services, places, agendas and agent profiles.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, agent_with_role, service, token};
use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn the_central_admin_changes_a_service_within_its_territory() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let body = json!({"name": "SPIP 987", "kind": "spip", "territory": "polynesie_francaise"});
    let created: Value = app
        .send_as(Method::POST, &admin, "/api/v1/organizations", body)
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/organizations/{}", created["id"].as_str().unwrap());

    let changed = app
        .send_as(
            Method::PATCH,
            &admin,
            &path,
            json!({"time_zone": "Pacific/Gambier", "quiet_hours_start": "20:30"}),
        )
        .await;
    assert_eq!(changed.status(), 200);
    let changed: Value = changed.json().await.unwrap();
    assert_eq!(
        (
            changed["time_zone"].as_str(),
            changed["quiet_hours_start"].as_str()
        ),
        (Some("Pacific/Gambier"), Some("20:30"))
    );
    let problem = expect_problem(
        app.send_as(
            Method::PATCH,
            &admin,
            &path,
            json!({"time_zone": "Europe/Paris"}),
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/time_zone");
    let problem = expect_problem(
        app.send_as(
            Method::PATCH,
            &admin,
            &path,
            json!({"quiet_hours_end": "8h"}),
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "invalid_time");

    let (_, local_admin) = agent_with_role(&app, Role::LocalAdmin).await;
    expect_problem(
        app.send_as(
            Method::PATCH,
            &local_admin,
            &path,
            json!({"use_inter_ressort": true}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
}

#[actix_web::test]
async fn places_are_changed_and_archived_by_their_managers_only() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let dpip = token(&app, &agent(&app, org, Role::Dpip, true).await);
    let cpip = token(&app, &agent(&app, org, Role::Cpip, true).await);
    let body = json!({"name": "Antenne Nord", "address": "1 rue", "phone": "01 44 32 51 51", "appointment_types": ["suivi_spip", "stage"]});
    let place: Value = app
        .send_as(Method::POST, &dpip, "/api/v1/places", body)
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/places/{}", place["id"].as_str().unwrap());

    let changed = app
        .send_as(
            Method::PATCH,
            &dpip,
            &path,
            json!({"address": "2 rue", "phone": "01 40 00 00 00", "appointment_types": ["rdv_telephonique"]}),
        )
        .await;
    assert_eq!(changed.status(), 200);
    for (body, pointer) in [
        (json!({"phone": ""}), "/phone"),
        (json!({"appointment_types": []}), "/appointment_types"),
        (json!({"main_contact_method": "email"}), "/email"),
    ] {
        let problem = expect_problem(
            app.send_as(Method::PATCH, &dpip, &path, body).await,
            422,
            "invalid_field",
        )
        .await;
        assert_eq!(problem["errors"][0]["pointer"], pointer);
    }
    let changed: Value = changed.json().await.unwrap();
    assert_eq!(changed["address"], "2 rue");
    assert_eq!(changed["appointment_types"], json!(["rdv_telephonique"]));
    expect_problem(
        app.send_as(Method::PATCH, &dpip, &path, json!({"name": "  "}))
            .await,
        422,
        "invalid_field",
    )
    .await;
    expect_problem(
        app.send_as(Method::PATCH, &cpip, &path, json!({"name": "X"}))
            .await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        app.send_as(Method::POST, &cpip, &format!("{path}/archive"), json!({}))
            .await,
        403,
        "forbidden",
    )
    .await;

    assert_eq!(
        app.send_as(Method::POST, &dpip, &format!("{path}/archive"), json!({}))
            .await
            .status(),
        204
    );
    let place_id: uuid::Uuid = place["id"].as_str().unwrap().parse().unwrap();
    let open_agendas = msj_db::organizations::agendas_of(&mut *app.conn().await, &[place_id])
        .await
        .unwrap();
    assert!(
        open_agendas.is_empty(),
        "its agendas (« Agenda Antenne Nord ») are archived with it"
    );
    let places: Vec<Value> = app
        .get_as(&dpip, "/api/v1/places")
        .await
        .json()
        .await
        .unwrap();
    assert!(places.is_empty(), "an archived place leaves the list");
}

#[actix_web::test]
async fn agendas_are_renamed_without_clashing() {
    let app = TestApp::spawn().await;
    let org = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let greffe = token(&app, &agent(&app, org, Role::GreffSap, true).await);
    let bex = token(&app, &agent(&app, org, Role::Bex, true).await);
    let place: Value = app
        .send_as(
            Method::POST,
            &greffe,
            "/api/v1/places",
            json!({"name": "TJ - SAP", "address": "Parvis du Tribunal", "phone": "01 44 32 51 51", "appointment_types": ["sortie_audience_sap"]}),
        )
        .await
        .json()
        .await
        .unwrap();
    let agendas = format!("/api/v1/places/{}/agendas", place["id"].as_str().unwrap());
    app.send_as(
        Method::POST,
        &greffe,
        &agendas,
        json!({"name": "Cabinet 1"}),
    )
    .await;
    let second: Value = app
        .send_as(
            Method::POST,
            &greffe,
            &agendas,
            json!({"name": "Cabinet 2"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/agendas/{}", second["id"].as_str().unwrap());
    expect_problem(
        app.send_as(Method::PATCH, &greffe, &path, json!({"name": "Cabinet 1"}))
            .await,
        409,
        "agenda_name_taken",
    )
    .await;
    let renamed: Value = app
        .send_as(
            Method::PATCH,
            &greffe,
            &path,
            json!({"name": "Cabinet JAP 2"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(renamed["name"], "Cabinet JAP 2");
    expect_problem(
        app.send_as(Method::PATCH, &bex, &path, json!({"name": "X"}))
            .await,
        403,
        "forbidden",
    )
    .await;
}

#[actix_web::test]
async fn agents_edit_their_own_profile_and_managers_their_colleagues() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, true).await;
    let access = token(&app, &cpip);
    let path = format!("/api/v1/users/{}", cpip.id);
    let changed: Value = app
        .send_as(
            Method::PATCH,
            &access,
            &path,
            json!({"first_name": "  aïcha ", "last_name": "ben salah", "phone": "06 39 98 00 01"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            changed["first_name"].as_str(),
            changed["last_name"].as_str()
        ),
        (Some("Aïcha"), Some("BEN SALAH"))
    );
    expect_problem(
        app.send_as(Method::PATCH, &access, &path, json!({"last_name": " "}))
            .await,
        422,
        "invalid_field",
    )
    .await;

    let colleague = agent(&app, org, Role::Educator, true).await;
    let other = format!("/api/v1/users/{}", colleague.id);
    expect_problem(
        app.send_as(
            Method::PATCH,
            &access,
            &other,
            json!({"first_name": "Paul"}),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    let local_admin = token(&app, &agent(&app, org, Role::LocalAdmin, true).await);
    assert_eq!(
        app.send_as(
            Method::PATCH,
            &local_admin,
            &other,
            json!({"first_name": "Paul"})
        )
        .await
        .status(),
        200
    );
}

#[actix_web::test]
async fn a_place_has_a_contact_method_an_information_link_and_a_validity_window() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let dpip = token(&app, &agent(&app, org, Role::Dpip, true).await);
    let body = json!({"name": "Antenne Est", "address": "3 rue", "main_contact_method": "email", "information_url": "https://justice.fr/antenne-est", "valid_from": "2027-01-01", "appointment_types": ["suivi_spip"]});
    let problem = expect_problem(
        app.send_as(Method::POST, &dpip, "/api/v1/places", body.clone())
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/email", "email asked for");
    let mut body = body;
    body["email"] = json!("antenne-est@justice.fr");
    let place: Value = app
        .send_as(Method::POST, &dpip, "/api/v1/places", body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(place["main_contact_method"], "email");
    assert_eq!(place["information_url"], "https://justice.fr/antenne-est");
    assert_eq!(place["valid_from"], "2027-01-01");
    let path = format!("/api/v1/places/{}", place["id"].as_str().unwrap());

    let problem = expect_problem(
        app.send_as(
            Method::PATCH,
            &dpip,
            &path,
            json!({"valid_until": "2026-12-31"}),
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "invalid_window");
    let problem = expect_problem(
        app.send_as(
            Method::PATCH,
            &dpip,
            &path,
            json!({"information_url": "justice.fr"}),
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/information_url");
    expect_problem(
        app.send_as(
            Method::PATCH,
            &dpip,
            &path,
            json!({"main_contact_method": "fax"}),
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    let changed: Value = app
        .send_as(Method::PATCH, &dpip, &path, json!({"valid_until": "2027-06-30", "information_url": "", "main_contact_method": "phone", "phone": "01 44 32 51 51"}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            changed["valid_until"].as_str(),
            changed["information_url"].is_null()
        ),
        (Some("2027-06-30"), true)
    );
    assert_eq!(changed["main_contact_method"], "phone");
}

#[actix_web::test]
async fn services_share_a_headquarter_by_name() {
    let app = TestApp::spawn().await;
    let (_, admin) = crate::support::fixtures::agent_with_role(&app, Role::Admin).await;
    let siege = json!({"name": "SPIP 92", "kind": "spip", "territory": "metropole", "headquarter": "Siège SPIP 92"});
    let first: Value = app
        .send_as(Method::POST, &admin, "/api/v1/organizations", siege)
        .await
        .json()
        .await
        .unwrap();
    let antenne = json!({"name": "SPIP 92 - Antenne", "kind": "spip", "territory": "metropole", "headquarter": "Siège SPIP 92"});
    let second: Value = app
        .send_as(Method::POST, &admin, "/api/v1/organizations", antenne)
        .await
        .json()
        .await
        .unwrap();
    assert!(first["headquarter_id"].is_string());
    assert_eq!(first["headquarter_id"], second["headquarter_id"]);
    let path = format!("/api/v1/organizations/{}", second["id"].as_str().unwrap());
    let left: Value = app
        .send_as(Method::PATCH, &admin, &path, json!({"headquarter": ""}))
        .await
        .json()
        .await
        .unwrap();
    assert!(left["headquarter_id"].is_null());
}
