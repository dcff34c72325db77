//! Demo agents: one per role that fits each service, and the central admin.

use diesel::QueryResult;
use msj_db::AsyncPgConnection;
use msj_db::users::NewUser;
use msj_domain::roles::Role;

use super::id;
use super::services::Service;

const FIRST_NAMES: &[&str] = &[
    "Élodie",
    "Karim",
    "Sophie",
    "Jean-Éric",
    "Aïcha",
    "Thomas",
    "Léa",
    "Mamadou",
    "Inès",
    "Hugo",
];
const LAST_NAMES: &[&str] = &[
    "MARTIN", "BENALI", "DUPRÉ", "NGUYEN", "LEFÈVRE", "DIALLO", "ROUSSEAU", "PAYET", "HOARAU",
    "SCHMITT",
];

/// The demo email of the agent with `role` in the service `slug`, e.g.
/// `local-admin@spip-92.demo.msj.test`.
pub fn email(role: Role, slug: &str) -> String {
    format!("{}@{slug}.demo.msj.test", role.key().replace('_', "-"))
}

/// Seeds the agents; returns (created now, total).
pub async fn seed(
    conn: &mut AsyncPgConnection,
    services: &[Service],
    password_hash: &str,
) -> QueryResult<(usize, usize)> {
    let mut wanted = vec![("admin@demo.msj.test".to_owned(), Role::Admin, "TJ Paris")];
    for service in services {
        for role in Role::ALL
            .into_iter()
            .filter(|role| *role != Role::Admin && role.fits_organization_type(service.kind))
        {
            wanted.push((email(role, service.slug), role, service.name));
        }
    }
    let mut created = 0;
    for (n, (email, role, service)) in wanted.iter().enumerate() {
        let user = NewUser {
            id: id(email),
            organization_id: id(service),
            email: email.clone(),
            first_name: FIRST_NAMES[n % FIRST_NAMES.len()].to_owned(),
            last_name: LAST_NAMES[(n / FIRST_NAMES.len() + n) % LAST_NAMES.len()].to_owned(),
            role: role.key().to_owned(),
            phone: Some(format!("06 39 98 {:02} {:02}", n / 100, n % 100)),
            password_hash: Some(password_hash.to_owned()),
            invited_by: None,
        };
        if msj_db::users::insert(conn, &user).await?.is_some() {
            created += 1;
        }
    }
    Ok((created, wanted.len()))
}
