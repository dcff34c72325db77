//! The emails of transfers between services.

use super::templates::{Composed, compose};

/// To the requester: the transfer was accepted.
pub fn divestment_accepted(first_name: &str, person: &str, link: &str) -> Composed {
    compose(
        "Votre demande de dessaisissement a été acceptée",
        &format!("Bonjour {first_name},"),
        &[format!(
            "Votre demande de dessaisissement pour {person} a été acceptée : votre service suit désormais cette personne."
        )],
        "Voir les dessaisissements",
        link,
    )
}

/// To the requester: the transfer was refused, why, and whom to call.
pub fn divestment_refused(
    first_name: &str,
    person: &str,
    refuser: &str,
    comment: Option<&str>,
    link: &str,
) -> Composed {
    let mut paragraphs = vec![format!(
        "Votre demande de dessaisissement pour {person} a été refusée par {refuser}."
    )];
    if let Some(comment) = comment {
        paragraphs.push(format!("Motif : {comment}"));
    }
    compose(
        "Votre demande de dessaisissement a été refusée",
        &format!("Bonjour {first_name},"),
        &paragraphs,
        "Voir les dessaisissements",
        link,
    )
}

/// To a service that has not answered: the requests waiting for it.
pub fn divestment_reminder(service: &str, waiting: usize, link: &str) -> Composed {
    compose(
        "Action requise : Dessaisissements en attente de réponse de votre service",
        "Bonjour,",
        &[format!(
            "{waiting} demande(s) de dessaisissement attendent la réponse du service « {service} ». Sans réponse, elles sont acceptées automatiquement au bout de 10 jours."
        )],
        "Répondre aux demandes",
        link,
    )
}
