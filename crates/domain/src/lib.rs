//! MSJ business rules. Pure functions and types: no IO, no async, no database, no HTTP.
//!
//! Areas:
//! - [`roles`]: organisation types, the 19 agent roles, their groups and capabilities;
//! - [`territories`]: the 13 French territories, their time zones, public holidays and working days;
//! - [`phone`]: parsing of mobile phone numbers into E.164;
//! - [`identity`]: probationer names and APPI numbers;
//! - [`appointment_types`]: the 16 appointment types and the role lists;
//! - [`appointments`]: the appointment state machine, booking rules;
//! - [`history`]: the French business history of probationers and appointments;
//! - [`audit_actions`]: the actions of the audit log and their French names;
//! - [`dates`]: dates and times in French words;
//! - [`convicts`]: probationers' records, their services and duplicates;
//! - [`divestments`]: transfers of a probationer between services: the decision at creation, the answers, the 10-day rule;
//! - [`services`]: what a new service must satisfy;
//! - [`map_link`]: links to a map of an address;
//! - [`places`]: places' contact method, information link and validity window;
//! - [`preparation`]: what a person needs to prepare a convocation at a place (access, hours, what to bring);
//! - [`departements`]: the départements, their names and the one of a postal address;
//! - [`reinsertion`]: reinsertion resources per département: categories and field rules;
//! - [`notifications`]: the kinds of SMS;
//! - [`sms`]: SMS templates: placeholders, rendering, GSM-7 segments and the default texts;
//! - [`portal`]: the probationer portal: invitations, one-time sign-in codes, their SMS texts;
//! - [`retention`]: archiving idle records, deleting archived ones, purging the audit log;
//! - [`jobs`]: the periodic jobs: their keys, which run daily, their French names and report counts;
//! - [`labels`]: French names looked up in `(key, name)` tables;
//! - [`alerts`]: broadcast alerts to agents: kinds, field rules, whom they concern;
//! - [`access`]: permission decisions and list scopes (who may do what to which object);
//! - [`accounts`]: agent account rules: passwords, lockout, token lifetimes;
//! - [`stats`]: statistics: the period asked for, counts per group, rates and mean delays;
//! - [`slots`]: recurring slot templates, slot generation over 6 months, bulk slot times, legal delays of sortie d'audience.
//!
//! Error types expose a stable snake_case `code()` and a French `Display` text.

pub mod access;
pub mod accounts;
pub mod alerts;
pub mod appointment_types;
pub mod appointments;
pub mod audit_actions;
pub mod convicts;
pub mod dates;
pub mod departements;
pub mod divestments;
pub mod field_problem;
pub mod history;
pub mod identity;
#[cfg(feature = "server")]
pub mod imports;
pub mod jobs;
pub mod labels;
pub mod map_link;
pub mod notifications;
pub mod phone;
pub mod place_moves;
pub mod places;
pub mod portal;
pub mod preparation;
pub mod reinsertion;
pub mod retention;
pub mod roles;
pub mod services;
#[cfg(feature = "server")]
pub mod slots;
pub mod sms;
pub mod stats;
pub mod territories;
