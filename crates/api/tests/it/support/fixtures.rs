//! Services and agents created directly in the database.

use std::sync::LazyLock;

use msj_db::organizations::{NewOrganization, insert_if_absent};
use msj_db::users::NewUser;
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use super::TestApp;

pub const PASSWORD: &str = "Tres-Bon-Mot-2026!";

static HASH: LazyLock<String> =
    LazyLock::new(|| msj_api::auth::password::hash_blocking(PASSWORD).unwrap());

/// A service of `kind`, in metropolitan France.
pub async fn service(app: &TestApp, name: &str, kind: OrganizationType) -> Uuid {
    let id = Uuid::now_v7();
    let organization = NewOrganization {
        id,
        name: name.to_owned(),
        kind: kind.key().to_owned(),
        territory: "metropole".to_owned(),
        time_zone: "Europe/Paris".to_owned(),
        structural_email: None,
        headquarter_id: None,
        use_inter_ressort: false,
        is_japat_court: false,
    };
    assert!(
        insert_if_absent(&mut *app.conn().await, &organization)
            .await
            .unwrap()
    );
    id
}

/// An agent who can sign in.
#[derive(Debug, Clone)]
pub struct TestAgent {
    pub id: Uuid,
    pub email: String,
    pub organization_id: Uuid,
}

/// An agent of `organization` with `role` and the password [`PASSWORD`]; `charter` says
/// whether they accepted the current charter.
pub async fn agent(app: &TestApp, organization: Uuid, role: Role, charter: bool) -> TestAgent {
    let id = Uuid::now_v7();
    let email = format!("{}.{}@test.msj", role.key(), id.simple());
    let user = NewUser {
        id,
        organization_id: organization,
        email: email.clone(),
        first_name: "Élodie".to_owned(),
        last_name: "MARTIN".to_owned(),
        role: role.key().to_owned(),
        phone: None,
        password_hash: Some(HASH.clone()),
        invited_by: None,
    };
    let mut conn = app.conn().await;
    msj_db::users::insert(&mut conn, &user)
        .await
        .unwrap()
        .unwrap();
    if charter {
        msj_db::users::accept_charter(
            &mut conn,
            id,
            msj_api::charter::CURRENT_VERSION,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    }
    TestAgent {
        id,
        email,
        organization_id: organization,
    }
}

/// An access token for `agent` (signed like the server does).
pub fn token(app: &TestApp, agent: &TestAgent) -> String {
    msj_api::auth::jwt::issue(&app.state.config.jwt_keys, agent.id, app.state.clock.now()).unwrap()
}

/// A TJ and a SPIP, and a signed-in agent with `role` in the one that fits, charter accepted.
pub async fn agent_with_role(app: &TestApp, role: Role) -> (TestAgent, String) {
    let kind = if role.fits_organization_type(OrganizationType::Spip) {
        OrganizationType::Spip
    } else {
        OrganizationType::Tj
    };
    let org = service(app, &format!("Service {}", Uuid::now_v7()), kind).await;
    let agent = agent(app, org, role, true).await;
    let token = token(app, &agent);
    (agent, token)
}
