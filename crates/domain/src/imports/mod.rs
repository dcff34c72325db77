//! Files imported by administrators (domain §8.4): the APPI export of probationers.

pub mod appi;
