//! Services, places, agendas and appointment types.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, agent_with_role, service, token};
use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn only_the_central_admin_creates_services_and_links_them() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let tj = service(&app, "TJ Saint-Pierre", OrganizationType::Tj).await;
    let body = json!({"name": "SPIP 975", "kind": "spip", "territory": "saint_pierre_et_miquelon", "linked_organization_ids": [tj.to_string()]});
    let response = app
        .send_as(Method::POST, &admin, "/api/v1/organizations", body.clone())
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["time_zone"], "America/Miquelon");
    assert_eq!(created["quiet_hours_start"], "21:00");
    assert_eq!(created["linked_organization_ids"], json!([tj.to_string()]));
    expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/organizations", body)
            .await,
        409,
        "organization_conflict",
    )
    .await;

    let bad_zone = json!({"name": "SPIP 987", "kind": "spip", "territory": "polynesie_francaise", "time_zone": "Europe/Paris"});
    let problem = expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/organizations", bad_zone)
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/time_zone");
    let marquesas = json!({"name": "SPIP 987", "kind": "spip", "territory": "polynesie_francaise", "time_zone": "Pacific/Marquesas"});
    assert_eq!(
        app.send_as(Method::POST, &admin, "/api/v1/organizations", marquesas)
            .await
            .status(),
        201
    );
    let japat_spip =
        json!({"name": "SPIP X", "kind": "spip", "territory": "metropole", "is_japat_court": true});
    expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/organizations", japat_spip)
            .await,
        422,
        "invalid_field",
    )
    .await;

    for role in Role::ALL.into_iter().filter(|role| *role != Role::Admin) {
        let (_, access) = agent_with_role(&app, role).await;
        let body = json!({"name": format!("Service de {}", role.key()), "kind": "tj", "territory": "metropole"});
        expect_problem(
            app.send_as(Method::POST, &access, "/api/v1/organizations", body)
                .await,
            403,
            "forbidden",
        )
        .await;
    }
}

#[actix_web::test]
async fn agents_see_their_jurisdiction_and_the_admin_sees_everything() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::Admin).await;
    let tj: Value = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/organizations",
            json!({"name": "TJ Lyon", "kind": "tj", "territory": "metropole"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let spip_body = json!({"name": "SPIP 69", "kind": "spip", "territory": "metropole", "linked_organization_ids": [tj["id"]]});
    let spip: Value = app
        .send_as(Method::POST, &admin, "/api/v1/organizations", spip_body)
        .await
        .json()
        .await
        .unwrap();
    let elsewhere = service(&app, "SPIP 13", OrganizationType::Spip).await;

    let spip_id = uuid::Uuid::parse_str(spip["id"].as_str().unwrap()).unwrap();
    let cpip = agent(&app, spip_id, Role::Cpip, true).await;
    let access = token(&app, &cpip);
    let seen: Vec<Value> = app
        .get_as(&access, "/api/v1/organizations")
        .await
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = seen.iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["SPIP 69", "TJ Lyon"]);
    expect_problem(
        app.get_as(&access, &format!("/api/v1/organizations/{elsewhere}"))
            .await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(
        app.get_as(
            &access,
            &format!("/api/v1/organizations/{}", tj["id"].as_str().unwrap())
        )
        .await
        .status(),
        200
    );

    let all: Vec<Value> = app
        .get_as(&admin, "/api/v1/organizations")
        .await
        .json()
        .await
        .unwrap();
    assert!(all.len() >= 4);
}

#[actix_web::test]
async fn places_and_agendas_follow_the_matrix() {
    let app = TestApp::spawn().await;
    for role in Role::ALL {
        let (_, access) = agent_with_role(&app, role).await;
        let body = json!({"name": format!("Lieu {}", role.key()), "address": "1 rue de la Paix, 75002 Paris", "phone": "01 44 32 51 51", "appointment_types": ["suivi_spip"]});
        let response = app
            .send_as(Method::POST, &access, "/api/v1/places", body)
            .await;
        let may = matches!(
            role,
            Role::Admin
                | Role::LocalAdmin
                | Role::DirGreffBex
                | Role::Jap
                | Role::DirGreffSap
                | Role::GreffSap
                | Role::Dpip
        );
        assert_eq!(
            response.status() == 201,
            may,
            "{role:?} creating a place: {}",
            response.status()
        );
        if !may {
            continue;
        }
        let place: Value = response.json().await.unwrap();
        assert_eq!(place["appointment_types"], json!(["suivi_spip"]));
        let path = format!("/api/v1/places/{}/agendas", place["id"].as_str().unwrap());
        let agenda = app
            .send_as(Method::POST, &access, &path, json!({"name": "Cabinet 1"}))
            .await;
        let may_agenda = matches!(role, Role::Admin | Role::LocalAdmin | Role::GreffSap);
        assert_eq!(
            agenda.status() == 201,
            may_agenda,
            "{role:?} adding an agenda: {}",
            agenda.status()
        );
        let listed: Vec<Value> = app
            .get_as(&access, "/api/v1/places")
            .await
            .json()
            .await
            .unwrap();
        let mine = listed.iter().find(|p| p["id"] == place["id"]).unwrap();
        assert_eq!(
            (
                mine["actions"]["edit"].as_bool(),
                mine["actions"]["agendas"].as_bool()
            ),
            (Some(true), Some(may_agenda)),
            "{role:?}: the buttons follow the same rules"
        );
        if may_agenda {
            let again = app
                .send_as(Method::POST, &access, &path, json!({"name": "Cabinet 1"}))
                .await;
            expect_problem(again, 409, "agenda_name_taken").await;
            let places: Vec<Value> = app
                .get_as(&access, "/api/v1/places")
                .await
                .json()
                .await
                .unwrap();
            let names: Vec<&str> = places[0]["agendas"]
                .as_array()
                .unwrap()
                .iter()
                .map(|agenda| agenda["name"].as_str().unwrap())
                .collect();
            let first = format!("Agenda Lieu {}", role.key());
            assert_eq!(
                names,
                [first.as_str(), "Cabinet 1"],
                "the first agenda comes with the place"
            );
        }
    }
}

#[actix_web::test]
async fn places_refuse_unknown_types_and_foreign_services() {
    let app = TestApp::spawn().await;
    let (_, local_admin) = agent_with_role(&app, Role::LocalAdmin).await;
    let body = json!({"name": "Lieu", "address": "1 rue", "phone": "01 44 32 51 51", "appointment_types": ["suivi_spip", "astrologie"]});
    let problem = expect_problem(
        app.send_as(Method::POST, &local_admin, "/api/v1/places", body)
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/appointment_types/1");
    let other = service(&app, "SPIP 13", OrganizationType::Spip).await;
    let body = json!({"organization_id": other.to_string(), "name": "Lieu", "address": "1 rue", "phone": "01 44 32 51 51", "appointment_types": ["suivi_spip"]});
    expect_problem(
        app.send_as(Method::POST, &local_admin, "/api/v1/places", body)
            .await,
        404,
        "not_found",
    )
    .await;
}

#[actix_web::test]
async fn the_sixteen_appointment_types_are_listed() {
    let app = TestApp::spawn().await;
    let (_, cpip) = agent_with_role(&app, Role::Cpip).await;
    let types: Vec<Value> = app
        .get_as(&cpip, "/api/v1/appointment-types")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(types.len(), 16);
    let slot_system: Vec<&str> = types
        .iter()
        .filter(|t| t["slot_system"] == true)
        .map(|t| t["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        slot_system,
        ["sortie_audience_sap", "sortie_audience_spip", "sap_ddse"]
    );
    let weekends: Vec<&str> = types
        .iter()
        .filter(|t| t["allowed_on_weekends"] == true)
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(weekends, ["Placement TIG/TNR", "Convocation DDSE"]);
}
