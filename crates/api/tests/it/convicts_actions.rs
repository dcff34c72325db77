//! Archiving, unarchiving, deleting probationers and the referent CPIP, over the 19 roles.

use msj_domain::roles::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::agent_with_role;
use crate::support::{TestApp, expect_problem};

async fn create(app: &TestApp, access: &str, n: usize) -> String {
    let body = json!({"first_name": "Karim", "last_name": format!("Benali{n}"), "date_of_birth": "1988-04-04", "no_phone": true});
    let created: Value = app
        .send_as(Method::POST, access, "/api/v1/convicts", body)
        .await
        .json()
        .await
        .unwrap();
    format!("/api/v1/convicts/{}", created["id"].as_str().unwrap())
}

async fn status(app: &TestApp, method: Method, access: &str, path: &str) -> u16 {
    app.client
        .request(method, app.url(path))
        .bearer_auth(access)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[actix_web::test]
async fn archive_unarchive_delete_and_referent_over_the_nineteen_roles() {
    let app = TestApp::spawn().await;
    for (n, role) in Role::ALL.into_iter().enumerate() {
        let (_, access) = agent_with_role(&app, role).await;
        let path = create(&app, &access, n).await;
        assert_eq!(
            status(&app, Method::POST, &access, &format!("{path}/archive")).await,
            204,
            "{role:?} archives"
        );
        let unarchive = !matches!(role, Role::Educator | Role::Psychologist);
        let got = status(&app, Method::POST, &access, &format!("{path}/unarchive")).await;
        assert_eq!(got == 204, unarchive, "{role:?} unarchives: {got}");
        if !unarchive {
            continue;
        }
        let follows = matches!(role, Role::Cpip | Role::Dpip | Role::LocalAdmin)
            && role.fits_organization_type(msj_domain::roles::OrganizationType::Spip);
        let got = status(&app, Method::POST, &access, &format!("{path}/referent")).await;
        assert_eq!(got == 204, follows, "{role:?} becomes the referent: {got}");
        if follows {
            assert_eq!(
                status(&app, Method::DELETE, &access, &format!("{path}/referent")).await,
                204,
                "{role:?} unassigns themselves"
            );
        }
        let delete = matches!(
            role,
            Role::Admin | Role::LocalAdmin | Role::DirGreffBex | Role::DirGreffSap | Role::Dpip
        );
        let got = status(&app, Method::DELETE, &access, &path).await;
        assert_eq!(got == 204, delete, "{role:?} deletes: {got}");
    }
}

#[actix_web::test]
async fn states_are_checked_and_one_referent_at_a_time() {
    let app = TestApp::spawn().await;
    let (_, dpip) = agent_with_role(&app, Role::Dpip).await;
    let path = create(&app, &dpip, 0).await;
    expect_problem(
        app.send_as(Method::POST, &dpip, &format!("{path}/unarchive"), json!({}))
            .await,
        409,
        "not_archived",
    )
    .await;
    assert_eq!(
        status(&app, Method::POST, &dpip, &format!("{path}/archive")).await,
        204
    );
    expect_problem(
        app.send_as(Method::POST, &dpip, &format!("{path}/archive"), json!({}))
            .await,
        409,
        "already_archived",
    )
    .await;
    let response = app
        .client
        .delete(app.url(&path))
        .bearer_auth(&dpip)
        .send()
        .await
        .unwrap();
    expect_problem(response, 409, "archived").await;
    assert_eq!(
        status(&app, Method::POST, &dpip, &format!("{path}/unarchive")).await,
        204
    );

    let attempts = (0..4).map(|_| {
        app.client
            .post(app.url(&format!("{path}/referent")))
            .bearer_auth(&dpip)
            .send()
    });
    let statuses: Vec<u16> = futures_util::future::join_all(attempts)
        .await
        .into_iter()
        .map(|r| r.unwrap().status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|&&s| s == 204).count(),
        1,
        "{statuses:?}"
    );
    expect_problem(
        app.send_as(Method::POST, &dpip, &format!("{path}/referent"), json!({}))
            .await,
        409,
        "referent_already_set",
    )
    .await;

    let (_, stranger) = agent_with_role(&app, Role::Dpip).await;
    expect_problem(
        app.send_as(
            Method::POST,
            &stranger,
            &format!("{path}/archive"),
            json!({}),
        )
        .await,
        404,
        "not_found",
    )
    .await;
}
