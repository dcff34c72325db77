//! The checked fields of a new place, shared by a place's creation and a place move.

use msj_contract::organizations::NewPlace;
use msj_db::organizations::PlaceRow;
use msj_domain::places::{ContactMethod, check_contact};
use uuid::Uuid;

use super::{place_preparation, place_settings};
use crate::ApiError;
use crate::auth::secret_token;

/// The place `request` asks for in `organization_id` (name, address, contact, information
/// link, validity window, preparation texts), with a new id and public code; 422 on the first
/// field at fault.
pub fn place_row(request: &NewPlace, organization_id: Uuid) -> Result<PlaceRow, ApiError> {
    let (name, address) = (
        request.name.trim().to_owned(),
        request.address.trim().to_owned(),
    );
    if name.is_empty() || address.is_empty() {
        return Err(ApiError::invalid_field(
            if name.is_empty() { "/name" } else { "/address" },
            "required",
            "Champ obligatoire.",
        ));
    }
    let settings = place_settings::read(
        request.main_contact_method.as_deref(),
        request.information_url.as_deref(),
        (request.valid_from, request.valid_until),
    )?;
    let preparation = place_preparation::read(
        request.access_info.as_deref(),
        request.opening_hours.as_deref(),
        request.what_to_bring.as_deref(),
    )?;
    let contact = settings.contact.unwrap_or(ContactMethod::Phone);
    check_contact(contact, request.phone.as_deref(), request.email.as_deref())?;
    Ok(PlaceRow {
        id: Uuid::now_v7(),
        organization_id,
        name,
        address,
        phone: request
            .phone
            .clone()
            .filter(|phone| !phone.trim().is_empty()),
        email: request
            .email
            .clone()
            .filter(|email| !email.trim().is_empty()),
        code: secret_token::short(8),
        main_contact_method: contact.key().to_owned(),
        information_url: settings.information_url.flatten(),
        valid_from: request.valid_from,
        valid_until: request.valid_until,
        access_info: preparation.access_info.flatten(),
        opening_hours: preparation.opening_hours.flatten(),
        what_to_bring: preparation.what_to_bring.flatten(),
    })
}
