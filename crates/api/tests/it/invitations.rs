//! Invitations: who may invite whom, acceptance, expiry, password rules; password resets.

use chrono::TimeDelta;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use msj_db::schema::emails;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, agent_with_role, service};
use crate::support::{TestApp, expect_problem};

/// The token of the last link emailed to `to` (from the outbox).
async fn emailed_token(app: &TestApp, to: &str, path: &str) -> String {
    let body: String = emails::table
        .filter(emails::to_address.eq(to))
        .order(emails::created_at.desc())
        .select(emails::text_body)
        .first(&mut *app.conn().await)
        .await
        .unwrap();
    let start = body.find(path).unwrap() + path.len();
    body[start..].split_whitespace().next().unwrap().to_owned()
}

fn invitation(email: &str, role: Role) -> Value {
    json!({"email": email, "first_name": "jean-éric", "last_name": "dupré", "role": role.key()})
}

#[actix_web::test]
async fn an_invited_agent_chooses_a_password_once_within_seven_days() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::LocalAdmin).await;
    let response = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/users/invitations",
            invitation("Nouvel.Agent@Justice.fr", Role::Cpip),
        )
        .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    assert_eq!(created["email"], "nouvel.agent@justice.fr");
    assert_eq!(created["first_name"], "Jean-Éric");
    assert_eq!(created["last_name"], "DUPRÉ");
    assert_eq!(created["active"], false);
    expect_problem(
        app.send_as(
            Method::POST,
            &admin,
            "/api/v1/users/invitations",
            invitation("nouvel.agent@justice.fr", Role::Cpip),
        )
        .await,
        409,
        "email_taken",
    )
    .await;

    let token = emailed_token(&app, "nouvel.agent@justice.fr", "/invitation/").await;
    let path = format!("/api/v1/auth/invitations/{token}");
    let weak = expect_problem(
        app.post_json(&path, json!({"password": "azertyuiop"}))
            .await,
        422,
        "invalid_field",
    )
    .await;
    let codes: Vec<&str> = weak["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"password_too_short") && codes.contains(&"password_too_common"),
        "{codes:?}"
    );
    assert_eq!(weak["errors"][0]["pointer"], "/password");

    let accepted = app
        .post_json(&path, json!({"password": "Quatre-Saisons-2026!"}))
        .await;
    assert_eq!(accepted.status(), 200);
    let session: Value = accepted.json().await.unwrap();
    assert_eq!(session["user"]["email"], "nouvel.agent@justice.fr");
    expect_problem(
        app.post_json(&path, json!({"password": "Quatre-Saisons-2026!"}))
            .await,
        404,
        "invitation_not_found",
    )
    .await;
    let login = json!({"email": "nouvel.agent@justice.fr", "password": "Quatre-Saisons-2026!"});
    assert_eq!(
        app.post_json("/api/v1/auth/login", login).await.status(),
        200
    );
}

#[actix_web::test]
async fn an_invitation_expires_after_seven_days() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::LocalAdmin).await;
    app.send_as(
        Method::POST,
        &admin,
        "/api/v1/users/invitations",
        invitation("late@justice.fr", Role::Cpip),
    )
    .await;
    let token = emailed_token(&app, "late@justice.fr", "/invitation/").await;
    app.state.clock.advance(TimeDelta::days(7));
    let path = format!("/api/v1/auth/invitations/{token}");
    expect_problem(
        app.post_json(&path, json!({"password": "Quatre-Saisons-2026!"}))
            .await,
        410,
        "invitation_expired",
    )
    .await;
}

#[actix_web::test]
async fn who_may_invite_whom_over_the_nineteen_roles() {
    let app = TestApp::spawn().await;
    for role in Role::ALL {
        let (inviter, access) = agent_with_role(&app, role).await;
        let ordinary = if role.fits_organization_type(OrganizationType::Spip) {
            Role::Cpip
        } else {
            Role::GreffSap
        };
        let may_invite = matches!(
            role,
            Role::Admin | Role::LocalAdmin | Role::DirGreffBex | Role::DirGreffSap
        );
        let may_invite_local_admin = matches!(role, Role::Admin | Role::LocalAdmin);
        for (target, allowed) in [
            (ordinary, may_invite),
            (Role::LocalAdmin, may_invite_local_admin),
            (Role::Admin, role == Role::Admin),
        ] {
            let email = format!("{}-{}@justice.fr", role.key(), target.key());
            let response = app
                .send_as(
                    Method::POST,
                    &access,
                    "/api/v1/users/invitations",
                    invitation(&email, target),
                )
                .await;
            let status = response.status().as_u16();
            assert_eq!(
                status == 201,
                allowed,
                "{role:?} inviting {target:?}: {status} {}",
                response.text().await.unwrap()
            );
        }
        let other = service(
            &app,
            &format!("Autre {}", inviter.id),
            OrganizationType::Spip,
        )
        .await;
        let mut elsewhere = invitation(&format!("{}-ailleurs@justice.fr", role.key()), Role::Cpip);
        elsewhere["organization_id"] = json!(other.to_string());
        let status = app
            .send_as(
                Method::POST,
                &access,
                "/api/v1/users/invitations",
                elsewhere,
            )
            .await
            .status()
            .as_u16();
        assert_eq!(
            status == 201,
            role == Role::Admin,
            "{role:?} inviting into another service: {status}"
        );
    }
}

#[actix_web::test]
async fn a_role_must_fit_the_service() {
    let app = TestApp::spawn().await;
    let (_, admin) = agent_with_role(&app, Role::LocalAdmin).await;
    let response = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/users/invitations",
            invitation("jap@justice.fr", Role::Jap),
        )
        .await;
    expect_problem(response, 422, "role_not_allowed_for_organization").await;
    let bad_email = invitation("jeanne@justice", Role::Cpip);
    let problem = expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/users/invitations", bad_email)
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/email");
    assert_eq!(problem["errors"][0]["code"], "invalid_email");
    let mut unknown = invitation("x@justice.fr", Role::Cpip);
    unknown["role"] = json!("juge");
    let problem = expect_problem(
        app.send_as(Method::POST, &admin, "/api/v1/users/invitations", unknown)
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["pointer"], "/role");
}

#[actix_web::test]
async fn a_forgotten_password_is_reset_by_email_within_six_hours() {
    let app = TestApp::spawn().await;
    let org = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, org, Role::Cpip, true).await;
    let unknown = app
        .post_json(
            "/api/v1/auth/password-reset",
            json!({"email": "nobody@justice.fr"}),
        )
        .await;
    assert_eq!(unknown.status(), 202);
    assert_eq!(
        app.post_json("/api/v1/auth/password-reset", json!({"email": cpip.email}))
            .await
            .status(),
        202
    );
    let reset = emailed_token(&app, &cpip.email, "/mot-de-passe/").await;
    let path = format!("/api/v1/auth/password-reset/{reset}");
    assert_eq!(
        app.post_json(&path, json!({"password": "Nouveau-Depart-2026!"}))
            .await
            .status(),
        204
    );
    let login = json!({"email": cpip.email, "password": "Nouveau-Depart-2026!"});
    assert_eq!(
        app.post_json("/api/v1/auth/login", login).await.status(),
        200
    );

    app.post_json("/api/v1/auth/password-reset", json!({"email": cpip.email}))
        .await;
    let late = emailed_token(&app, &cpip.email, "/mot-de-passe/").await;
    app.state.clock.advance(TimeDelta::hours(6));
    let path = format!("/api/v1/auth/password-reset/{late}");
    expect_problem(
        app.post_json(&path, json!({"password": "Encore-Autre-2026!"}))
            .await,
        410,
        "reset_link_expired",
    )
    .await;
}
