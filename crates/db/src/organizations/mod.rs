//! Services (organisations), headquarters, links, places and agendas.

mod places;
mod queries;
mod rows;

pub use places::*;
pub use queries::*;
pub use rows::{NewOrganization, OrganizationRow};
