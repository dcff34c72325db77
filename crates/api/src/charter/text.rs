//! The text of the charter, in French.

use msj_contract::charter::CharterSection;

/// Version in force. Raising it asks every agent to accept again.
pub const CURRENT_VERSION: i32 = 1;

const TEXT: &[(&str, &[&str])] = &[
    (
        "Objet",
        &[
            "Mon Suivi Justice traite des données personnelles de personnes placées sous main de justice. Cette charte fixe les règles que chaque agent s'engage à respecter pour les protéger.",
        ],
    ),
    (
        "Besoin d'en connaître",
        &[
            "Vous ne consultez, ne recherchez et ne modifiez que les dossiers nécessaires à votre mission. Toute recherche sans lien avec votre service est interdite.",
        ],
    ),
    (
        "Comptes nominatifs",
        &[
            "Chaque compte est personnel. Les comptes génériques ou partagés sont interdits.",
            "Les administrateurs locaux suppriment sans délai les comptes des agents qui quittent le service.",
        ],
    ),
    (
        "Mot de passe",
        &[
            "Choisissez un mot de passe robuste que vous n'utilisez nulle part ailleurs. Ne le communiquez à personne, ne l'écrivez pas et changez-le au moindre doute.",
            "Verrouillez votre poste lorsque vous vous en éloignez, et déconnectez-vous en fin de journée.",
        ],
    ),
    (
        "Utilisation sur mobile",
        &[
            "Sur un téléphone ou une tablette, utilisez un appareil professionnel protégé par un code de verrouillage.",
        ],
    ),
    (
        "Signalement des incidents",
        &[
            "Signalez immédiatement à votre hiérarchie et au responsable de la sécurité des systèmes d'information toute perte d'appareil, tout accès suspect ou toute divulgation de données.",
        ],
    ),
    (
        "Journalisation et contrôle",
        &[
            "Les connexions, les consultations et les modifications de dossiers sont journalisées (identité de l'agent, date, adresse IP, action) et conservées un an. Elles peuvent être contrôlées.",
            "L'équipe de support n'accède aux données qu'à votre demande et pour résoudre un problème.",
        ],
    ),
    (
        "Règles de la CNIL",
        &[
            "N'extrayez pas de données hors de l'application (fichiers locaux, tableurs, messageries personnelles). Les exports prévus par l'application sont réservés à l'usage du service.",
        ],
    ),
    (
        "Sanctions",
        &[
            "Le non-respect de cette charte peut entraîner la suspension du compte, des poursuites disciplinaires et, le cas échéant, pénales (articles 226-16 et suivants du code pénal).",
        ],
    ),
];

/// The sections of the current version.
pub fn sections() -> Vec<CharterSection> {
    TEXT.iter()
        .map(|(heading, paragraphs)| CharterSection {
            heading: (*heading).to_owned(),
            paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        })
        .collect()
}
