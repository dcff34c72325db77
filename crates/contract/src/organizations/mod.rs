//! Services, places, agendas and appointment types.

mod place;
mod service;

pub use place::{Agenda, AppointmentType, NewAgenda, NewPlace, Place, PlaceActions, PlaceUpdate};
pub use service::{NewOrganization, Organization, OrganizationUpdate};
