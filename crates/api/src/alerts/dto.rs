//! Alerts as the API shows them.

use msj_contract::alerts::Alert;
use msj_db::alerts::AlertRow;
use msj_domain::roles::Role;

/// The API view of `row`.
pub fn alert(row: AlertRow) -> Alert {
    let role_label = row
        .role
        .as_deref()
        .and_then(|key| key.parse::<Role>().ok())
        .map(|role| role.label().to_owned());
    Alert {
        id: row.id.to_string(),
        title: row.title,
        text: row.body,
        kind: row.kind,
        organization_id: row.organization_id.map(|id| id.to_string()),
        role: row.role,
        role_label,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}
