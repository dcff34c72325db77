//! Integration tests of the server: real PostgreSQL (one database per test), real HTTP.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod cli;
mod errors;
mod openapi;
mod operations;
mod reference;
mod spa;
mod support;
