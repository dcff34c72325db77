//! Admin endpoints refused for the roles that may not use them.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, agent_with_role};
use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn listing_changing_and_unlocking_agents_follow_the_matrix() {
    let app = TestApp::spawn().await;
    for role in Role::ALL {
        let (me, access) = agent_with_role(&app, role).await;
        let colleague_role = if role.fits_organization_type(OrganizationType::Spip) {
            Role::Cpip
        } else {
            Role::GreffSap
        };
        let colleague = agent(&app, me.organization_id, colleague_role, true).await;

        let list = app.get_as(&access, "/api/v1/users").await;
        let may_list = matches!(
            role,
            Role::Admin | Role::LocalAdmin | Role::DirGreffBex | Role::DirGreffSap
        );
        assert_eq!(
            list.status() == 200,
            may_list,
            "{role:?} listing agents: {}",
            list.status()
        );

        let path = format!("/api/v1/users/{}/unlock", colleague.id);
        let unlock = app.send_as(Method::POST, &access, &path, json!({})).await;
        assert_eq!(
            unlock.status() == 204,
            role == Role::Admin,
            "{role:?} unlocking: {}",
            unlock.status()
        );

        let path = format!("/api/v1/users/{}", colleague.id);
        let change = app
            .send_as(
                Method::PATCH,
                &access,
                &path,
                json!({"role": Role::LocalAdmin.key()}),
            )
            .await;
        let may_change = matches!(role, Role::Admin | Role::LocalAdmin);
        assert_eq!(
            change.status() == 200,
            may_change,
            "{role:?} changing a role: {}",
            change.status()
        );

        let own = format!("/api/v1/users/{}", me.id);
        let response = app
            .send_as(
                Method::PATCH,
                &access,
                &own,
                json!({"role": colleague_role.key()}),
            )
            .await;
        assert!(
            response.status().is_client_error(),
            "{role:?} changed their own role"
        );
    }
}

#[actix_web::test]
async fn nobody_changes_their_own_role_and_a_local_admin_sees_only_their_service() {
    let app = TestApp::spawn().await;
    let (local_admin, access) = agent_with_role(&app, Role::LocalAdmin).await;
    let own = format!("/api/v1/users/{}", local_admin.id);
    expect_problem(
        app.send_as(Method::PATCH, &access, &own, json!({"role": "dpip"}))
            .await,
        403,
        "cannot_change_own_role",
    )
    .await;
    let phoned: Value = app
        .send_as(
            Method::PATCH,
            &access,
            &own,
            json!({"phone": "06 12 34 56 78"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(phoned["phone"], "06 12 34 56 78", "the phone is shown back");

    let (stranger, _) = agent_with_role(&app, Role::Cpip).await;
    let path = format!("/api/v1/users/{}", stranger.id);
    expect_problem(
        app.send_as(Method::PATCH, &access, &path, json!({"role": "dpip"}))
            .await,
        404,
        "not_found",
    )
    .await;
    let page: Value = app
        .get_as(&access, "/api/v1/users?per_page=100")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["organization_id"] == local_admin.organization_id.to_string())
    );
    expect_problem(
        app.get_as(&access, "/api/v1/users?per_page=101").await,
        400,
        "invalid_query",
    )
    .await;
}

#[actix_web::test]
async fn profiles_and_deletion_follow_the_matrix() {
    let app = TestApp::spawn().await;
    for role in Role::ALL {
        let (me, access) = agent_with_role(&app, role).await;
        assert_eq!(
            app.get_as(&access, &format!("/api/v1/users/{}", me.id))
                .await
                .status(),
            200,
            "{role:?} views themselves"
        );
        let response = app
            .client
            .delete(app.url(&format!("/api/v1/users/{}", me.id)))
            .bearer_auth(&access)
            .send()
            .await
            .unwrap();
        expect_problem(response, 403, "cannot_delete_self").await;

        let colleague_role = if role.fits_organization_type(OrganizationType::Spip) {
            Role::Cpip
        } else {
            Role::GreffSap
        };
        let colleague = agent(&app, me.organization_id, colleague_role, true).await;
        let manager = matches!(
            role,
            Role::Admin | Role::LocalAdmin | Role::DirGreffBex | Role::DirGreffSap
        );
        let view = app
            .get_as(&access, &format!("/api/v1/users/{}", colleague.id))
            .await;
        assert_eq!(
            view.status() == 200,
            manager,
            "{role:?} viewing a colleague: {}",
            view.status()
        );
        let path = format!("/api/v1/users/{}", colleague.id);
        let response = app
            .client
            .delete(app.url(&path))
            .bearer_auth(&access)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status() == 204,
            manager,
            "{role:?} deleting a colleague: {}",
            response.status()
        );
    }
}

#[actix_web::test]
async fn only_the_central_admin_deletes_an_admin() {
    let app = TestApp::spawn().await;
    let (local_admin, access) = agent_with_role(&app, Role::LocalAdmin).await;
    let admin = agent(&app, local_admin.organization_id, Role::Admin, true).await;
    let path = format!("/api/v1/users/{}", admin.id);
    let response = app
        .client
        .delete(app.url(&path))
        .bearer_auth(&access)
        .send()
        .await
        .unwrap();
    expect_problem(response, 403, "only_admins_delete_admins").await;
    let (_, central) = agent_with_role(&app, Role::Admin).await;
    let response = app
        .client
        .delete(app.url(&path))
        .bearer_auth(&central)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    expect_problem(app.get_as(&central, &path).await, 404, "not_found").await;
}
