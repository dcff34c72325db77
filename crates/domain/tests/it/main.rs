//! Integration tests of msj-domain: the public-holiday fixture, the appointment transition
//! table, and property tests.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod appi_properties;
mod appointment_properties;
mod appointment_transitions;
mod holidays_examples;
mod holidays_fixture;
mod name_properties;
mod phone_parsing;
mod phone_properties;
mod roles;
