//! Parsing what an agent typed into a [`MobilePhone`].

use super::numbering::{french_code, local_plan, resolve};
use super::{MobilePhone, PhoneError, typed};
use crate::territories::Territory;

/// Parses a mobile number typed by an agent of an organisation of `default_territory`.
///
/// - Spaces, dots, dashes, slashes and parentheses are ignored.
/// - A national number (10 digits starting with 0) is mapped by its prefix: 0639 to Mayotte
///   (+262), 0690/0691 to Guadeloupe, Saint-Martin and Saint-Barthélemy (+590), 0692/0693 to
///   La Réunion (+262), 0694 to Guyane (+594), 0696/0697 to Martinique (+596), the newer
///   0708 4/0708 5 (Saint-Pierre-et-Miquelon, +508) and 0709 blocks likewise, other 06/07
///   to +33. Anything else is [`PhoneError::NotMobile`].
/// - The fiction range 06 39 98 xx xx stays +33 and is flagged [`MobilePhone::is_fiction`].
/// - In Nouvelle-Calédonie, Polynésie française, Wallis-et-Futuna and
///   Saint-Pierre-et-Miquelon, local numbers (6 or 8 digits) are read in that numbering.
/// - A number typed with its international code (`+` or `00`) is kept, provided that a
///   French one is in the mobile ranges (+33 69… is moved to its overseas code) and that a
///   foreign one is plausible (8 to 15 digits).
pub fn parse_mobile(input: &str, default_territory: Territory) -> Result<MobilePhone, PhoneError> {
    let typed = typed::read(input)?;
    let digits = typed.digits.as_str();
    if typed.international {
        return match french_code(digits) {
            Some(code) => resolve(code, &digits[code.len()..]).map(MobilePhone::french),
            None if is_plausible_international(digits) => Ok(MobilePhone::foreign(digits)),
            None => Err(PhoneError::Invalid),
        };
    }
    if let Some(plan) = local_plan(default_territory)
        && digits.len() == plan.length
    {
        return resolve(plan.code, digits).map(MobilePhone::french);
    }
    match digits.strip_prefix('0') {
        Some(significant) if digits.len() == 10 => {
            resolve("33", significant).map(MobilePhone::french)
        }
        _ => Err(PhoneError::Invalid),
    }
}

/// E.164 allows 8 to 15 digits in all, and no country code starts with 0.
fn is_plausible_international(digits: &str) -> bool {
    (8..=15).contains(&digits.len()) && !digits.starts_with('0')
}
