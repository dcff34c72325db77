//! Probationers ("convicts" in the API): validation of a new or changed record, the services
//! they are attached to, and duplicates (SPEC §1, domain §1.9, §4.10, §4.11).

mod attachment;
mod duplicates;
mod merging;
mod search;
mod update;
mod validation;

pub use crate::field_problem::FieldProblem;
pub use attachment::attached_organizations;
pub use duplicates::{DuplicateVerdict, SIMILARITY_THRESHOLD, duplicate_verdict};
pub use merging::{MergeRefusal, MergeSide, check_merge};
pub use search::SearchQuery;
pub use update::{
    ConvictPatch, MergedConvict, PhoneChange, StoredConvict, can_receive_sms, merge, phone_change,
};
pub use validation::{
    ConvictInput, MIN_AGE_YEARS, Residence, ValidConvict, ValidationContext, validate,
};
