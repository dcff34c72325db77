//! Demo services: Paris (with the JAPAT court), a metropolitan jurisdiction with a
//! headquarter and an antenna, Alsace-Moselle, Guyane and La Réunion.

use diesel::QueryResult;
use msj_db::AsyncPgConnection;
use msj_db::organizations::{self, NewOrganization, PlaceRow};
use msj_domain::roles::OrganizationType;
use msj_domain::territories::Territory;

use super::id;

/// A seeded service.
#[derive(Debug, Clone)]
pub struct Service {
    /// Name.
    pub name: &'static str,
    /// Short name for email addresses.
    pub slug: &'static str,
    /// Type.
    pub kind: OrganizationType,
}

const SAP_TYPES: &[&str] = &[
    "sortie_audience_sap",
    "suivi_jap",
    "sap_debat_contradictoire",
    "sap_ddse",
];
const SPIP_TYPES: &[&str] = &[
    "sortie_audience_spip",
    "sap_ddse",
    "premier_suivi_spip",
    "suivi_spip",
    "convocation_741_1",
    "visite_domicile",
    "rdv_telephonique",
    "placement_tig_tnr",
    "ddse_spip",
    "stage",
    "rappel_spip",
    "action_collective",
];

/// (TJ, its slug, SPIP, its slug, territory, an antenna of the SPIP sharing its headquarter)
type Pair = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Territory,
    Option<&'static str>,
);

const PAIRS: &[Pair] = &[
    (
        "TJ Paris",
        "tj-paris",
        "SPIP 75",
        "spip-75",
        Territory::Metropole,
        None,
    ),
    (
        "TJ Nanterre",
        "tj-nanterre",
        "SPIP 92",
        "spip-92",
        Territory::Metropole,
        Some("SPIP 92 - Antenne de Boulogne"),
    ),
    (
        "TJ Strasbourg",
        "tj-strasbourg",
        "SPIP 67",
        "spip-67",
        Territory::AlsaceMoselle,
        None,
    ),
    (
        "TJ Cayenne",
        "tj-cayenne",
        "SPIP 973",
        "spip-973",
        Territory::Guyane,
        None,
    ),
    (
        "TJ Saint-Denis de La Réunion",
        "tj-saint-denis",
        "SPIP 974",
        "spip-974",
        Territory::Reunion,
        None,
    ),
];

/// Seeds the services, their links, places and agendas; returns them.
pub async fn seed(conn: &mut AsyncPgConnection) -> QueryResult<Vec<Service>> {
    let mut services = Vec::new();
    for &(tj, tj_slug, spip, spip_slug, territory, antenna) in PAIRS {
        let headquarter = antenna.map(|_| format!("Siège {spip}"));
        if let Some(name) = &headquarter {
            organizations::insert_headquarter_if_absent(conn, id(name), name).await?;
        }
        let hq_id = headquarter.as_deref().map(id);
        add(
            conn,
            tj,
            OrganizationType::Tj,
            territory,
            None,
            tj == "TJ Paris",
        )
        .await?;
        add(conn, spip, OrganizationType::Spip, territory, hq_id, false).await?;
        organizations::link(conn, id(spip), id(tj)).await?;
        services.push(Service {
            name: tj,
            slug: tj_slug,
            kind: OrganizationType::Tj,
        });
        services.push(Service {
            name: spip,
            slug: spip_slug,
            kind: OrganizationType::Spip,
        });
        if let Some(antenna) = antenna {
            add(
                conn,
                antenna,
                OrganizationType::Spip,
                territory,
                hq_id,
                false,
            )
            .await?;
            organizations::link(conn, id(antenna), id(tj)).await?;
            services.push(Service {
                name: antenna,
                slug: "spip-92-boulogne",
                kind: OrganizationType::Spip,
            });
        }
    }
    Ok(services)
}

async fn add(
    conn: &mut AsyncPgConnection,
    name: &str,
    kind: OrganizationType,
    territory: Territory,
    headquarter_id: Option<uuid::Uuid>,
    is_japat_court: bool,
) -> QueryResult<()> {
    let organization = NewOrganization {
        id: id(name),
        name: name.to_owned(),
        kind: kind.key().to_owned(),
        territory: territory.key().to_owned(),
        time_zone: territory.default_time_zone().to_owned(),
        structural_email: Some(format!("contact@{}.demo.msj.test", slug(name))),
        headquarter_id,
        use_inter_ressort: false,
        is_japat_court,
    };
    organizations::insert_if_absent(conn, &organization).await?;
    let place_name = place_name(name);
    let (address, access_info) = super::public_info::place_details(name);
    let place = PlaceRow {
        id: id(&place_name),
        organization_id: organization.id,
        name: place_name.clone(),
        address,
        phone: Some("01 39 98 00 00".to_owned()),
        email: organization.structural_email.clone(),
        code: slug(name),
        main_contact_method: "phone".to_owned(),
        information_url: None,
        valid_from: None,
        valid_until: None,
        access_info,
        opening_hours: Some(super::public_info::OPENING_HOURS.to_owned()),
        what_to_bring: (kind == OrganizationType::Spip)
            .then(|| super::public_info::SPIP_WHAT_TO_BRING.to_owned()),
    };
    organizations::insert_place_if_absent(conn, &place).await?;
    let mut types = if kind == OrganizationType::Tj {
        SAP_TYPES.to_vec()
    } else {
        SPIP_TYPES.to_vec()
    };
    if is_japat_court {
        types.push("japat");
    }
    organizations::offer_types(conn, place.id, &types).await?;
    organizations::insert_agenda_if_absent(conn, agenda_id(name, kind), place.id, agenda_name(kind))
        .await
}

/// The name of a demo service's place.
pub fn place_name(service: &str) -> String {
    format!("{service} - Accueil")
}

/// The name of the agenda of a demo service's place.
fn agenda_name(kind: OrganizationType) -> &'static str {
    match kind {
        OrganizationType::Tj => "Cabinet JAP 1",
        OrganizationType::Spip => "Agenda principal",
    }
}

/// The id of a demo service's place.
pub fn place_id(service: &str) -> uuid::Uuid {
    id(&place_name(service))
}

/// The id of the agenda of a demo service's place.
pub fn agenda_id(service: &str, kind: OrganizationType) -> uuid::Uuid {
    id(&format!("{}/{}", place_name(service), agenda_name(kind)))
}

fn slug(name: &str) -> String {
    msj_domain::identity::unaccented_key(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}
