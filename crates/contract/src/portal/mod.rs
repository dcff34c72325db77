//! The probationer portal (`/api/v1/portal/…`): sign-in by SMS code, the probationer's
//! convocations, their referent's contact and their SMS preference. Portal access tokens
//! carry their own audience: they never open agent endpoints, nor agent tokens these.

mod appointments;
mod auth;
mod profile;

pub use appointments::{PortalAppointment, PortalAppointmentPage, PortalPlace};
pub use auth::{CodeRequest, CodeSent, CodeVerification, PortalSession};
pub use profile::{
    ContactSharing, PortalInvitation, PortalProfile, ReferentContact, SmsPreference,
};
