//! Back-office operations on probationers (central administrators): « Fusionner des
//! probationnaires » and « Import probationnaires (APPI) ».

mod appi;
mod merge;

pub use appi::AppiImport;
pub use merge::MergeConvicts;
