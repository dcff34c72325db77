//! The periodic jobs: their keys in `job_runs`, which run daily, and their French names and
//! report counts (the « Tâches planifiées » screen).

use crate::labels::french_name;

/// The daily generation of slots.
pub const SLOT_GENERATION: &str = "slots.generate";
/// The daily run over pending transfers (10-day acceptance, reminders).
pub const STALLED_DIVESTMENTS: &str = "divestments.stalled";
/// The daily purge of expired `Idempotency-Key` answers.
pub const IDEMPOTENCY_PURGE: &str = "idempotency.purge";
/// The daily archiving of records idle for 12 months.
pub const RETENTION_ARCHIVE: &str = "retention.archive";
/// The daily deletion of records archived for more than 6 months.
pub const RETENTION_DELETE: &str = "retention.delete";
/// The daily purge of audit entries older than one year.
pub const RETENTION_AUDIT: &str = "retention.audit";
/// The hourly rebuild of the monthly statistics.
pub const STATS_REFRESH: &str = "stats.refresh";

/// Every daily job, in the order they run.
pub const DAILY: [&str; 6] = [
    SLOT_GENERATION,
    STALLED_DIVESTMENTS,
    IDEMPOTENCY_PURGE,
    RETENTION_ARCHIVE,
    RETENTION_DELETE,
    RETENTION_AUDIT,
];

/// (key stored in `job_runs`, French name) of every job.
pub const JOBS: [(&str, &str); 7] = [
    (SLOT_GENERATION, "Génération des créneaux"),
    (
        STALLED_DIVESTMENTS,
        "Relances et acceptations des dessaisissements",
    ),
    (IDEMPOTENCY_PURGE, "Purge des réponses rejouables"),
    (RETENTION_ARCHIVE, "Archivage des dossiers inactifs"),
    (RETENTION_DELETE, "Suppression des dossiers archivés"),
    (RETENTION_AUDIT, "Purge du journal d'audit"),
    (STATS_REFRESH, "Calcul des statistiques"),
];

/// The French name of the job `key` (the key itself when unknown).
pub fn job_label(key: &str) -> &str {
    french_name(&JOBS, key)
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
    french_name(&COUNTS, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_job_has_a_french_name() {
        assert_eq!(
            job_label(RETENTION_ARCHIVE),
            "Archivage des dossiers inactifs"
        );
        assert_eq!(job_label("inconnue"), "inconnue");
        assert!(JOBS.iter().all(|(key, label)| key != label));
        let named = |key: &str| JOBS.iter().any(|(known, _)| *known == key);
        assert!(DAILY.into_iter().chain([STATS_REFRESH]).all(named));
        assert_eq!(JOBS.len(), DAILY.len() + 1);
        assert_eq!(count_label("archived"), "Dossiers archivés");
        assert_eq!(count_label("autre"), "autre");
    }
}
