//! Service administration (features §2.10, §3.6): list and creation, a service's page with its
//! settings and, for a court, the extra columns of its sorties d'audience.

mod add_column;
mod columns;
mod detail;
mod list;
mod new;
mod settings;

pub use detail::ServiceDetail;
pub use list::ServiceList;
