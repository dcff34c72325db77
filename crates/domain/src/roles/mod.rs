//! Organisation types, agent roles, role groups and the capabilities derived from them
//! (features §1.2, domain §2.1).

mod capabilities;
mod error;
mod group;
mod organization_type;
mod role;

pub use error::RoleError;
pub use group::RoleGroup;
pub use organization_type::OrganizationType;
pub use role::Role;
