//! What the public pages show for the demo: the address, access and opening hours of each
//! demo place, and a few reinsertion resources per département.

use chrono::Utc;
use diesel::QueryResult;
use msj_db::AsyncPgConnection;
use msj_db::reinsertion::ResourceRow;

use super::id;

/// (service, address, access and transports) of the demo places.
const PLACES: [(&str, &str, &str); 11] = [
    (
        "TJ Paris",
        "Parvis du Tribunal de Paris, 75017 Paris",
        "Métro 13 et RER C, station Porte de Clichy ; tramway T3b ; bus 54, 74, PC.",
    ),
    (
        "SPIP 75",
        "12-14 rue Charles Fourier, 75013 Paris",
        "Métro 7, station Tolbiac ; bus 47 et 62. Accès pour fauteuil roulant.",
    ),
    (
        "TJ Nanterre",
        "179-191 avenue Joliot-Curie, 92000 Nanterre",
        "RER A, station Nanterre-Préfecture, puis 10 minutes à pied ; bus 159 et 304.",
    ),
    (
        "SPIP 92",
        "9 rue des Trois Fontanot, 92000 Nanterre",
        "RER A, station Nanterre-Préfecture, sortie 1 ; bus 160.",
    ),
    (
        "SPIP 92 - Antenne de Boulogne",
        "15 rue de Paris, 92100 Boulogne-Billancourt",
        "Métro 9, station Marcel Sembat ; bus 123 et 126.",
    ),
    (
        "TJ Strasbourg",
        "1 quai Finkmatt, 67000 Strasbourg",
        "Tram B et C, station Broglie, puis 5 minutes à pied.",
    ),
    (
        "SPIP 67",
        "19 rue du Fossé des Treize, 67000 Strasbourg",
        "Tram B et C, station République.",
    ),
    (
        "TJ Cayenne",
        "9 avenue du Général de Gaulle, 97300 Cayenne",
        "Bus urbain, arrêt Place des Palmistes.",
    ),
    (
        "SPIP 973",
        "11 rue Schoelcher, 97300 Cayenne",
        "Bus urbain, arrêt Place des Palmistes, puis 5 minutes à pied.",
    ),
    (
        "TJ Saint-Denis de La Réunion",
        "2 rue Juliette Dodu, 97400 Saint-Denis",
        "Réseau Citalis, arrêt Barachois.",
    ),
    (
        "SPIP 974",
        "10 rue de la Compagnie, 97400 Saint-Denis",
        "Réseau Citalis, arrêt Jardin de l'État.",
    ),
];

/// Opening hours of every demo place.
pub const OPENING_HOURS: &str = "Du lundi au vendredi, de 9 h à 12 h 30 et de 13 h 30 à 17 h.";

/// What to bring to the demo SPIP places (the courts show the default list).
pub const SPIP_WHAT_TO_BRING: &str = "Une pièce d'identité\nVotre convocation\nUn justificatif de domicile de moins de trois mois\nVos justificatifs de travail, de formation ou de soins\nVotre attestation de carte Vitale";

/// The address and the access of the demo place of `service`.
pub fn place_details(service: &str) -> (String, Option<String>) {
    PLACES.iter().find(|(name, _, _)| *name == service).map_or(
        (format!("1 place de la Justice, {service}"), None),
        |(_, address, access)| ((*address).to_owned(), Some((*access).to_owned())),
    )
}

/// (service, département, category, title, description, url, phone)
type Resource = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

const RESOURCES: [Resource; 6] = [
    (
        "SPIP 92",
        "92",
        "emploi",
        "France Travail Nanterre",
        "Inscription comme demandeur d'emploi, offres, ateliers CV. Votre CPIP peut vous aider à préparer le premier rendez-vous.",
        Some("https://www.francetravail.fr"),
        Some("39 49"),
    ),
    (
        "SPIP 92",
        "92",
        "logement",
        "SIAO 92 — hébergement d'urgence",
        "Si vous n'avez pas d'endroit où dormir ce soir, appelez le 115, gratuit, jour et nuit.",
        None,
        Some("115"),
    ),
    (
        "SPIP 92",
        "92",
        "addictions",
        "Drogues Info Service",
        "Écoute anonyme et gratuite sur l'alcool, les drogues et les jeux, 7 jours sur 7.",
        Some("https://www.drogues-info-service.fr"),
        Some("0 800 23 13 13"),
    ),
    (
        "SPIP 75",
        "75",
        "droits",
        "Point-justice Paris",
        "Informations juridiques gratuites et confidentielles avec des avocats, des juristes et des médiateurs.",
        Some("https://www.justice.fr"),
        Some("30 39"),
    ),
    (
        "SPIP 75",
        "75",
        "sante",
        "Permanence d'accès aux soins de santé (PASS)",
        "Consultations à l'hôpital pour les personnes sans couverture maladie.",
        Some("https://www.aphp.fr"),
        None,
    ),
    (
        "SPIP 974",
        "974",
        "formation",
        "Mission locale Nord",
        "Pour les 16–25 ans : formation, emploi, logement, santé.",
        Some("https://www.mlnord.org"),
        Some("02 62 90 10 10"),
    ),
];

/// Seeds the demo reinsertion resources (idempotent); returns how many there are.
pub async fn seed_resources(conn: &mut AsyncPgConnection) -> QueryResult<usize> {
    let now = Utc::now();
    for (service, departement, category, title, description, url, phone) in RESOURCES {
        let row = ResourceRow {
            id: id(&format!("resource/{title}")),
            organization_id: id(service),
            departement: departement.to_owned(),
            category: category.to_owned(),
            title: title.to_owned(),
            description: description.to_owned(),
            url: url.map(str::to_owned),
            phone: phone.map(str::to_owned),
            address: None,
            created_at: now,
            updated_at: now,
        };
        msj_db::reinsertion::insert_if_absent(conn, &row).await?;
    }
    Ok(RESOURCES.len())
}
