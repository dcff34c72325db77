//! Reading what a place tells people to prepare (access, opening hours, what to bring) from a
//! request.

use msj_domain::preparation::check_preparation;

use crate::ApiError;

/// The texts asked for; `None`: unchanged, `Some(None)`: removed (sent empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preparation {
    /// Access and transports.
    pub access_info: Option<Option<String>>,
    /// Opening hours.
    pub opening_hours: Option<Option<String>>,
    /// What to bring.
    pub what_to_bring: Option<Option<String>>,
}

fn cleaned(text: Option<&str>) -> Option<Option<String>> {
    text.map(|text| Some(text.trim().to_owned()).filter(|text| !text.is_empty()))
}

/// Checks the texts (422 `too_long` for each one over its limit).
pub fn read(
    access_info: Option<&str>,
    opening_hours: Option<&str>,
    what_to_bring: Option<&str>,
) -> Result<Preparation, ApiError> {
    let preparation = Preparation {
        access_info: cleaned(access_info),
        opening_hours: cleaned(opening_hours),
        what_to_bring: cleaned(what_to_bring),
    };
    check_preparation(
        preparation.access_info.clone().flatten().as_deref(),
        preparation.opening_hours.clone().flatten().as_deref(),
        preparation.what_to_bring.clone().flatten().as_deref(),
    )?;
    Ok(preparation)
}
