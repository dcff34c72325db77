//! Integration tests of the server: real PostgreSQL (one database per test), real HTTP.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod appointments_booking;
mod appointments_lifecycle;
mod appointments_transitions;
mod auth_login;
mod auth_sessions;
mod charter;
mod cities;
mod cli;
mod convicts;
mod convicts_actions;
mod convicts_search;
mod convicts_update;
mod demo_seed;
mod errors;
mod home;
mod invitations;
mod mail;
mod notification_templates;
mod openapi;
mod operations;
mod organizations;
mod organizations_edit;
mod permissions_matrix;
mod reference;
mod slots_batch;
mod slots_booking;
mod slots_templates;
mod sms_dispatch;
mod sms_receipts;
mod sms_settings;
mod sms_workers;
mod spa;
mod stop_sms;
mod support;
mod users_admin;
