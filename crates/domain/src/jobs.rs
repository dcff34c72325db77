//! The periodic jobs and their French names (the « Tâches planifiées » screen).

/// (key stored in `job_runs`, French name).
pub const JOBS: [(&str, &str); 7] = [
    ("slots.generate", "Génération des créneaux"),
    (
        "divestments.stalled",
        "Relances et acceptations des dessaisissements",
    ),
    ("idempotency.purge", "Purge des réponses rejouables"),
    ("retention.archive", "Archivage des dossiers inactifs"),
    ("retention.delete", "Suppression des dossiers archivés"),
    ("retention.audit", "Purge du journal d'audit"),
    ("stats.refresh", "Calcul des statistiques"),
];

/// The French name of the job `key` (the key itself when unknown).
pub fn job_label(key: &str) -> &str {
    JOBS.iter()
        .find(|(known, _)| *known == key)
        .map_or(key, |(_, label)| label)
}

/// (key of a count in a run's report, French name).
pub const COUNTS: [(&str, &str); 10] = [
    ("templates", "Modèles lus"),
    ("created", "Créneaux créés"),
    ("skipped", "Créneaux déjà présents"),
    ("auto_accepted", "Réponses acceptées d'office"),
    ("reminded", "Services relancés"),
    ("purged", "Entrées supprimées"),
    ("archived", "Dossiers archivés"),
    ("deleted", "Dossiers supprimés"),
    ("appointments", "Convocations supprimées"),
    ("groups", "Lignes de statistiques recalculées"),
];

/// The French name of the count `key` (the key itself when unknown).
pub fn count_label(key: &str) -> &str {
    COUNTS
        .iter()
        .find(|(known, _)| *known == key)
        .map_or(key, |(_, label)| label)
}
