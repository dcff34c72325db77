//! The actions the audit log records, with their French names (features §2.15).

/// (key, French name) of every recorded action, in the order a filter lists them.
pub const ACTIONS: [(&str, &str); 34] = [
    ("convict.list", "Recherche de probationnaires"),
    ("convict.read", "Consultation d'un dossier"),
    ("convict.create", "Création d'un probationnaire"),
    ("convict.update", "Modification d'un dossier"),
    ("convict.archive", "Archivage d'un dossier"),
    ("convict.unarchive", "Désarchivage d'un dossier"),
    ("convict.delete", "Suppression d'un dossier"),
    ("convict.assign_referent", "Attribution du CPIP référent"),
    ("convict.remove_referent", "Retrait du CPIP référent"),
    ("convict.reactivate_sms", "Réactivation des SMS"),
    (
        "convict.portal_invitation",
        "Invitation à l'espace personnel",
    ),
    ("history.read", "Consultation d'un historique"),
    ("appointment.list", "Consultation des convocations"),
    ("appointment.read", "Consultation d'une convocation"),
    ("appointment.create", "Création d'une convocation"),
    (
        "appointment.reschedule",
        "Replanification d'une convocation",
    ),
    ("appointment.print", "Impression d'un avis de convocation"),
    ("divestment.create", "Demande de dessaisissement"),
    (
        "notification_template.update",
        "Modification d'un modèle SMS",
    ),
    (
        "notification_template.restore",
        "Restauration d'un modèle SMS",
    ),
    ("user.mutation", "Mutation d'un agent"),
    ("user.switch_service", "Changement de service"),
    ("api_token.create", "Création d'un jeton d'API"),
    ("api_token.revoke", "Révocation d'un jeton d'API"),
    ("alert.create", "Création d'une alerte"),
    ("alert.update", "Modification d'une alerte"),
    ("alert.delete", "Suppression d'une alerte"),
    ("user.impersonate_start", "Connexion en tant qu'un agent"),
    (
        "user.impersonate_stop",
        "Fin de la connexion en tant qu'un agent",
    ),
    ("user.deactivate", "Désactivation d'un agent"),
    ("user.reactivate", "Réactivation d'un agent"),
    ("convict.merge", "Fusion de probationnaires"),
    ("convict.import_appi", "Import APPI de probationnaires"),
    ("place.move", "Déménagement d'un lieu"),
];

/// The French name of `action`, or the key itself for an action this list does not know.
pub fn action_label(action: &str) -> &str {
    crate::labels::french_name(&ACTIONS, action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_have_french_names() {
        assert_eq!(action_label("convict.read"), "Consultation d'un dossier");
        assert_eq!(action_label("place.unknown"), "place.unknown");
        let mut keys: Vec<&str> = ACTIONS.iter().map(|(key, _)| *key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ACTIONS.len(), "each action once");
    }
}
