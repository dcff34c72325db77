//! MSJ business rules. Pure functions and types: no IO, no async, no database, no HTTP.
//!
//! Areas:
//! - [`roles`]: organisation types, the 19 agent roles, their groups and capabilities;
//! - [`territories`]: the 13 French territories, their time zones, public holidays and working days;
//! - [`phone`]: parsing of mobile phone numbers into E.164;
//! - [`identity`]: probationer names and APPI numbers;
//! - [`appointments`]: the appointment state machine;
//! - [`convicts`]: probationers' records, their services and duplicates;
//! - [`services`]: what a new service must satisfy;
//! - [`places`]: places' contact method, information link and validity window;
//! - [`notifications`]: the kinds of SMS;
//! - [`access`]: permission decisions and list scopes (who may do what to which object);
//! - [`accounts`]: agent account rules: passwords, lockout, token lifetimes.
//!
//! Error types expose a stable snake_case `code()` and a French `Display` text.

pub mod access;
pub mod accounts;
pub mod appointments;
pub mod convicts;
pub mod field_problem;
pub mod identity;
pub mod notifications;
pub mod phone;
pub mod places;
pub mod roles;
pub mod services;
pub mod territories;
