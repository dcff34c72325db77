//! Integration tests of the persistence layer on a real PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod emails;
mod migrations;
mod search_key;
