//! The probationer portal: accounts (invitations, first sign-in), one-time codes, sessions,
//! transactional SMS, the appointments a probationer sees and the contact agents share.

pub mod accounts;
pub mod appointments;
pub mod codes;
pub mod contacts;
pub mod sessions;
pub mod sms;
