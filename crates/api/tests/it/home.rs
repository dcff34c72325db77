//! `GET /api/v1/home`: greeting, local admins, the « statut inconnu » warning.

use msj_domain::roles::{OrganizationType, Role};
use serde_json::Value;

use crate::support::TestApp;
use crate::support::booking::{booked, convict, monday, place, set_now};
use crate::support::fixtures::{agent, service, token};

async fn home(app: &TestApp, token: &str) -> Value {
    app.get_as(token, "/api/v1/home")
        .await
        .json()
        .await
        .unwrap()
}

#[actix_web::test]
async fn the_home_page_names_the_local_admins_and_warns_about_unknown_statuses() {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let antenna = service(&app, "SPIP 92 antenne", OrganizationType::Spip).await;
    let headquarter = msj_db::organizations::upsert_headquarter(&mut *app.conn().await, "Siège 92")
        .await
        .unwrap();
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query(format!("UPDATE organizations SET headquarter_id = '{headquarter}' WHERE id IN ('{spip}', '{antenna}')")),
        &mut *app.conn().await,
    )
    .await
    .unwrap();
    agent(&app, spip, Role::LocalAdmin, true).await;
    let antenna_admin = token(&app, &agent(&app, antenna, Role::LocalAdmin, true).await);
    let (room, _) = place(&app, spip, &["suivi_spip"]).await;
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let person = convict(&app, &[spip], None).await;
    for hour in 9..15 {
        booked(
            &app,
            &cpip,
            person,
            room,
            &format!("2027-03-02T{hour:02}:00"),
            None,
        )
        .await;
    }
    let page = home(&app, &cpip).await;
    assert_eq!(page["greeting"], "Bonjour, Élodie MARTIN");
    assert_eq!(page["organization"]["name"], "SPIP 92");
    let admins: Vec<&str> = page["local_admins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["organization"].as_str().unwrap())
        .collect();
    assert_eq!(
        admins,
        ["SPIP 92", "SPIP 92 antenne"],
        "the headquarter's local admins too"
    );
    assert_eq!(
        home(&app, &antenna_admin).await["local_admins"],
        serde_json::json!([])
    );
    assert_eq!(page["unknown_status"], Value::Null, "nothing past yet");
    set_now(&app, monday() + chrono::TimeDelta::days(3));
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    assert_eq!(
        home(&app, &cpip).await["unknown_status"],
        Value::Null,
        "not their own appointments"
    );
    let dpip_agent = agent(&app, spip, Role::Dpip, true).await;
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query(format!(
            "UPDATE appointments SET assigned_agent_id = '{}'",
            dpip_agent.id
        )),
        &mut *app.conn().await,
    )
    .await
    .unwrap();
    let warning = &home(&app, &token(&app, &dpip_agent)).await["unknown_status"];
    assert_eq!(
        (warning["booked"].as_i64(), warning["own_only"].as_bool()),
        (Some(6), Some(true))
    );
    assert_eq!(
        warning["message"],
        "Le statut de 6 convocations que vous avez effectuées n'a pas été renseigné."
    );
    let secretary = token(&app, &agent(&app, spip, Role::SecretarySpip, true).await);
    let service_warning = &home(&app, &secretary).await["unknown_status"];
    assert_eq!(
        (
            service_warning["booked"].as_i64(),
            service_warning["total"].as_i64(),
            service_warning["own_only"].as_bool()
        ),
        (Some(6), Some(6), Some(false))
    );
    let tj = service(&app, "TJ Nanterre", OrganizationType::Tj).await;
    let bex = token(&app, &agent(&app, tj, Role::Bex, true).await);
    assert_eq!(home(&app, &bex).await["unknown_status"], Value::Null);
    let waiting: Value = app
        .get_as(
            &token(&app, &dpip_agent),
            "/api/v1/appointments?unknown_status=true",
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(waiting["total"], 6);
    assert!(
        waiting["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["unknown_status"] == true)
    );
}
