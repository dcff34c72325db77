//! Reinsertion resources as HTML: those of a département by category, and the national
//! numbers.

use msj_db::reinsertion::ResourceRow;
use msj_domain::reinsertion::Category;

use super::text::{escape, paragraph, tel_link};

/// The national numbers, on every « Investir ma réinsertion » page.
pub const NATIONAL: &str = r#"<h2>Partout en France</h2>
<ul>
<li><strong>Emploi</strong> : France Travail, <a href="tel:3949">39 49</a> ou <a href="https://www.francetravail.fr">francetravail.fr</a> ; pour les 16–25 ans, la mission locale.</li>
<li><strong>Hébergement d'urgence</strong> : <a href="tel:115">115</a>, gratuit, jour et nuit.</li>
<li><strong>Drogues, alcool, jeux</strong> : Drogues Info Service <a href="tel:0800231313">0 800 23 13 13</a>, Alcool Info Service <a href="tel:0980980930">0 980 980 930</a>, anonymes.</li>
<li><strong>Vos droits</strong> : le <a href="tel:3039">30 39</a> vous indique le point-justice le plus proche.</li>
<li><strong>Détresse, idées suicidaires</strong> : <a href="tel:3114">31 14</a>, gratuit, jour et nuit.</li>
</ul>"#;

/// The resources, one section per category that has some.
pub fn by_category(rows: &[ResourceRow]) -> String {
    if rows.is_empty() {
        return "<p>Aucune adresse n'est encore renseignée pour ce département. Demandez conseil à votre SPIP.</p>".to_owned();
    }
    Category::ALL
        .into_iter()
        .filter_map(|category| {
            let items: String = rows
                .iter()
                .filter(|row| row.category == category.key())
                .map(resource)
                .collect();
            (!items.is_empty()).then(|| format!("<h2>{}</h2>{items}", category.label()))
        })
        .collect()
}

fn resource(row: &ResourceRow) -> String {
    let mut html = format!("<h3 class=\"fr-h5\">{}</h3>", escape(&row.title));
    if !row.description.is_empty() {
        html += &format!("<p>{}</p>", paragraph(&row.description));
    }
    let mut details = Vec::new();
    if let Some(address) = &row.address {
        details.push(format!("Adresse : {}", escape(address)));
    }
    if let Some(phone) = &row.phone {
        details.push(format!(
            r#"Téléphone : <a href="{}">{}</a>"#,
            escape(&tel_link(phone)),
            escape(phone)
        ));
    }
    if let Some(url) = &row.url {
        details.push(format!(r#"Site : <a href="{0}">{0}</a>"#, escape(url)));
    }
    if !details.is_empty() {
        html += &format!("<ul><li>{}</li></ul>", details.join("</li><li>"));
    }
    html
}
