//! Persistence errors.

/// What can go wrong when talking to PostgreSQL.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// No connection could be obtained (server down, pool exhausted, bad URL).
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// A query failed.
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    /// Migrations could not be applied or reverted.
    #[error("migration failed: {0}")]
    Migration(String),
}

impl From<diesel::ConnectionError> for DbError {
    fn from(error: diesel::ConnectionError) -> Self {
        Self::Unavailable(error.to_string())
    }
}
