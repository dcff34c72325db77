//! Reinsertion resources as the API shows them.

use msj_contract::reinsertion::ReinsertionResource;
use msj_db::reinsertion::ResourceRow;
use msj_domain::access::Actor;
use msj_domain::access::reinsertion::edit_resource;
use msj_domain::reinsertion::Category;
use uuid::Uuid;

/// The API view of `row` for `actor`.
pub fn resource(row: ResourceRow, actor: &Actor<Uuid>) -> ReinsertionResource {
    ReinsertionResource {
        id: row.id.to_string(),
        organization_id: row.organization_id.to_string(),
        category_label: Category::parse(&row.category)
            .map(Category::label)
            .unwrap_or_default()
            .to_owned(),
        editable: edit_resource(actor, row.organization_id).is_allowed(),
        departement: row.departement,
        category: row.category,
        title: row.title,
        description: row.description,
        url: row.url,
        phone: row.phone,
        address: row.address,
        updated_at: row.updated_at,
    }
}
