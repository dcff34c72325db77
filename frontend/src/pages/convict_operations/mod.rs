//! Back-office operations on probationers (central administrators): « Fusionner des
//! probationnaires ».

mod merge;

pub use merge::MergeConvicts;
