//! The emails of an agent's mutation to another service.

use super::templates::{Composed, compose};

/// To a moved agent: their new service.
pub fn agent_moved(first_name: &str, service: &str, link: &str) -> Composed {
    compose(
        "Notification de mutation dans Mon Suivi Justice",
        &format!("Bonjour {first_name},"),
        &[format!(
            "Votre compte Mon Suivi Justice est désormais rattaché au service « {service} ». Vos probationnaires et vos convocations à venir ont été libérés dans votre ancien service."
        )],
        "Ouvrir Mon Suivi Justice",
        link,
    )
}

/// To the former service's local admins: someone must take over the agent's caseload.
pub fn agent_left(agent: &str, service: &str, released: (usize, usize), link: &str) -> Composed {
    compose(
        "Un agent de votre service a été muté",
        "Bonjour,",
        &[format!(
            "{agent} a été muté(e) au service « {service} ». {} probationnaire(s) n'ont plus de CPIP référent et {} convocation(s) à venir ne sont plus attribuées : merci de les réattribuer.",
            released.0, released.1
        )],
        "Ouvrir Mon Suivi Justice",
        link,
    )
}
