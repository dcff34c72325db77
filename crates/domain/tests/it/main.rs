//! Integration tests of msj-domain: the public-holiday fixture, the appointment transition
//! table, the permission tables, and property tests.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access_fixtures;
mod access_invite;
mod access_properties;
mod access_user_gaps;
mod access_users;
mod appi_properties;
mod appointment_booking;
mod appointment_properties;
mod appointment_transitions;
mod divestment_rules;
mod holidays_examples;
mod holidays_fixture;
mod lockout_properties;
mod name_properties;
mod password_properties;
mod phone_parsing;
mod phone_properties;
mod roles;
mod slot_generation;
mod sms_planning_properties;
