//! Moving an agent to another service of the same type.

use diesel_async::RunQueryDsl;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::booking::{booked, convict, monday, place, set_now};
use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn an_agent_of_another_service_is_moved_with_their_caseload_released() {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let spip75 = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let spip92 = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let tj = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let moving = agent(&app, spip75, Role::Cpip, true).await;
    let cpip = token(&app, &moving);
    let old_admin = agent(&app, spip75, Role::LocalAdmin, true).await;
    let (room, _) = place(&app, spip75, &["suivi_spip"]).await;
    let person = convict(&app, &[spip75], None).await;
    app.send_as(
        Method::POST,
        &cpip,
        &format!("/api/v1/convicts/{person}/referent"),
        json!({}),
    )
    .await;
    let appointment = booked(&app, &cpip, person, room, "2027-03-12T10:00", None).await;
    assert_eq!(appointment["assigned_agent_id"], moving.id.to_string());

    let new_admin = token(&app, &agent(&app, spip92, Role::LocalAdmin, true).await);
    let invitation = json!({"email": moving.email, "first_name": "Jeanne", "last_name": "MARTIN", "role": "cpip"});
    let problem = expect_problem(
        app.send_as(
            Method::POST,
            &new_admin,
            "/api/v1/users/invitations",
            invitation,
        )
        .await,
        409,
        "agent_in_other_service",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("SPIP 75"));
    let instance = problem["instance"].as_str().unwrap().to_owned();
    assert_eq!(instance, format!("/api/v1/users/{}", moving.id));

    let tj_admin = token(&app, &agent(&app, tj, Role::LocalAdmin, true).await);
    expect_problem(
        app.send_as(
            Method::POST,
            &tj_admin,
            &format!("{instance}/mutation"),
            json!({}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
    let moved: Value = app
        .send_as(
            Method::POST,
            &new_admin,
            &format!("{instance}/mutation"),
            json!({}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(moved["organization_id"], spip92.to_string());
    expect_problem(
        app.send_as(
            Method::POST,
            &new_admin,
            &format!("{instance}/mutation"),
            json!({}),
        )
        .await,
        409,
        "same_service",
    )
    .await;
    let record = msj_db::convicts::find(&mut *app.conn().await, person)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.referent_id, None);
    let dpip = token(&app, &agent(&app, spip75, Role::Dpip, true).await);
    let still: Value = app
        .get_as(
            &dpip,
            &format!(
                "/api/v1/appointments/{}",
                appointment["id"].as_str().unwrap()
            ),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(still["assigned_agent_id"].is_null());
    #[derive(diesel::QueryableByName)]
    struct Mail {
        #[diesel(sql_type = diesel::sql_types::Text)]
        to_address: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        kind: String,
    }
    let mails: Vec<Mail> = diesel::sql_query(
        "SELECT to_address, kind FROM emails WHERE kind LIKE 'agent_%' ORDER BY kind",
    )
    .load(&mut *app.conn().await)
    .await
    .unwrap();
    let mails: Vec<(String, String)> = mails.into_iter().map(|m| (m.kind, m.to_address)).collect();
    assert_eq!(
        mails,
        [
            ("agent_left".to_owned(), old_admin.email.clone()),
            ("agent_moved".to_owned(), moving.email.clone())
        ]
    );
}

#[actix_web::test]
async fn antennas_of_a_headquarter_are_switched_by_the_roles_that_may() {
    let app = TestApp::spawn().await;
    let main = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let antenna = service(
        &app,
        "SPIP 92 - Antenne de Boulogne",
        OrganizationType::Spip,
    )
    .await;
    let elsewhere = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let headquarter = uuid::Uuid::now_v7();
    msj_db::organizations::insert_headquarter_if_absent(
        &mut *app.conn().await,
        headquarter,
        "Siège SPIP 92",
    )
    .await
    .unwrap();
    diesel::sql_query("UPDATE organizations SET headquarter_id = $1 WHERE id = ANY($2)")
        .bind::<diesel::sql_types::Uuid, _>(headquarter)
        .bind::<diesel::sql_types::Array<diesel::sql_types::Uuid>, _>(vec![main, antenna])
        .execute(&mut *app.conn().await)
        .await
        .unwrap();
    let switch = |token: String, to: uuid::Uuid| {
        let app = &app;
        async move {
            app.send_as(
                Method::POST,
                &token,
                "/api/v1/auth/me/service",
                json!({"organization_id": to}),
            )
            .await
        }
    };
    let overseer = token(&app, &agent(&app, main, Role::Overseer, true).await);
    let targets = |token: String| {
        let app = &app;
        async move {
            let list: Value = app
                .get_as(&token, "/api/v1/auth/me/services")
                .await
                .json()
                .await
                .unwrap();
            list.as_array()
                .unwrap()
                .iter()
                .map(|service| service["id"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        targets(overseer.clone()).await,
        [antenna.to_string()],
        "the other antenna of the headquarter only"
    );
    let switched: Value = switch(overseer.clone(), antenna)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(switched["organization"]["id"], antenna.to_string());
    expect_problem(switch(overseer, elsewhere).await, 404, "not_found").await;
    let cpip = token(&app, &agent(&app, main, Role::Cpip, true).await);
    assert!(targets(cpip.clone()).await.is_empty());
    expect_problem(switch(cpip, antenna).await, 403, "forbidden").await;
    let admin = token(&app, &agent(&app, main, Role::Admin, true).await);
    assert_eq!(
        switch(admin, elsewhere).await.status(),
        200,
        "the central admin goes anywhere"
    );
}
