//! Reading a place's contact method, information link and validity window from a request.

use chrono::NaiveDate;
use msj_domain::places::{ContactMethod, check_information_url, check_validity};

use crate::ApiError;

/// The settings asked for; `None`: unchanged (`information_url: Some(None)` removes it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceSettings {
    /// Contact method.
    pub contact: Option<ContactMethod>,
    /// Information link.
    pub information_url: Option<Option<String>>,
}

/// Checks the settings; `window` is the validity window the place will have.
pub fn read(
    contact: Option<&str>,
    information_url: Option<&str>,
    window: (Option<NaiveDate>, Option<NaiveDate>),
) -> Result<PlaceSettings, ApiError> {
    let contact = contact.map(str::parse::<ContactMethod>).transpose()?;
    let information_url =
        information_url.map(|url| Some(url.trim().to_owned()).filter(|url| !url.is_empty()));
    if let Some(Some(url)) = &information_url {
        check_information_url(url)?;
    }
    check_validity(window.0, window.1)?;
    Ok(PlaceSettings {
        contact,
        information_url,
    })
}
