//! Validating a probationer's identity, phone, APPI number and residence.

use chrono::{Months, NaiveDate};

use super::FieldProblem;
use crate::identity::{AppiNumber, normalize_first_name, normalize_last_name};
use crate::phone::{MobilePhone, parse_mobile};
use crate::territories::Territory;

/// A probationer must be at least this old.
pub const MIN_AGE_YEARS: u32 = 16;

/// Longest name accepted, in characters.
const MAX_NAME_CHARS: usize = 100;

/// Where the probationer lives, when the agent's court works inter-ressort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Residence<Id> {
    /// A town of the SRJ referential.
    Town(Id),
    /// « Sans domicile fixe ».
    Homeless,
    /// « Habite à l'étranger ».
    Abroad,
}

impl<Id> Residence<Id> {
    /// The residence chosen among a town, « sans domicile fixe » and « habite à
    /// l'étranger »: at most one of them.
    pub fn from_choice(
        town: Option<Id>,
        homeless: bool,
        abroad: bool,
    ) -> Result<Option<Self>, FieldProblem> {
        match (town, homeless, abroad) {
            (None, false, false) => Ok(None),
            (Some(town), false, false) => Ok(Some(Self::Town(town))),
            (None, true, false) => Ok(Some(Self::Homeless)),
            (None, false, true) => Ok(Some(Self::Abroad)),
            _ => Err(FieldProblem::new(
                "/residence",
                "conflicting_residence",
                "Une seule résidence : commune, sans domicile fixe ou étranger.",
            )),
        }
    }
}

/// What an agent typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvictInput<Id> {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub date_of_birth: Option<NaiveDate>,
    /// Mobile phone, as typed.
    pub phone: Option<String>,
    /// « Ne possède pas de téléphone portable ».
    pub no_phone: bool,
    /// « Refuse de recevoir des SMS ».
    pub refused_phone: bool,
    /// APPI case number.
    pub appi_number: Option<String>,
    /// Residence, if given.
    pub residence: Option<Residence<Id>>,
}

/// What validation depends on besides the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValidationContext {
    /// Today, in the agent's service's zone.
    pub today: NaiveDate,
    /// Territory of the agent's service (default region of phone numbers).
    pub territory: Territory,
    /// Whether a residence is required (agents of an inter-ressort court's BEX).
    pub residence_required: bool,
}

/// A record ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidConvict<Id> {
    /// First name, title-cased.
    pub first_name: String,
    /// Last name, upper-cased.
    pub last_name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// Mobile phone, unless the person has none or refuses SMS.
    pub phone: Option<MobilePhone>,
    /// No mobile phone.
    pub no_phone: bool,
    /// Refuses SMS.
    pub refused_phone: bool,
    /// APPI number.
    pub appi_number: Option<AppiNumber>,
    /// Residence.
    pub residence: Option<Residence<Id>>,
}

fn name(
    pointer: &'static str,
    raw: &str,
    normalize: fn(&str) -> String,
    problems: &mut Vec<FieldProblem>,
) -> String {
    let value = normalize(raw);
    if value.is_empty() {
        problems.push(FieldProblem::new(pointer, "required", "Champ obligatoire."));
    } else if value.chars().count() > MAX_NAME_CHARS {
        problems.push(FieldProblem::new(
            pointer,
            "too_long",
            format!("{MAX_NAME_CHARS} caractères au plus."),
        ));
    }
    value
}

/// Checks and normalises `input`; every problem is reported at once.
pub fn validate<Id: Copy>(
    input: ConvictInput<Id>,
    context: ValidationContext,
) -> Result<ValidConvict<Id>, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let first_name = name(
        "/first_name",
        &input.first_name,
        normalize_first_name,
        &mut problems,
    );
    let last_name = name(
        "/last_name",
        &input.last_name,
        normalize_last_name,
        &mut problems,
    );
    let latest_birth = context
        .today
        .checked_sub_months(Months::new(12 * MIN_AGE_YEARS));
    let date_of_birth = match input.date_of_birth {
        None => {
            problems.push(FieldProblem::new(
                "/date_of_birth",
                "required",
                "Champ obligatoire.",
            ));
            None
        }
        Some(date) if latest_birth.is_none_or(|latest| date >= latest) => {
            problems.push(FieldProblem::new(
                "/date_of_birth",
                "too_young",
                "La personne doit avoir au moins 16 ans.",
            ));
            None
        }
        Some(date) => Some(date),
    };
    let without_sms = input.no_phone || input.refused_phone;
    let typed_phone = input
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|phone| !phone.is_empty());
    let phone = match (typed_phone, without_sms) {
        (Some(typed), false) => parse_mobile(typed, context.territory)
            .map_err(|error| {
                problems.push(FieldProblem::new("/phone", error.code(), error.to_string()))
            })
            .ok(),
        (Some(_), true) => {
            problems.push(FieldProblem::new(
                "/phone",
                "phone_with_no_phone",
                "Un numéro ne va pas avec « sans téléphone » ou « refuse les SMS ».",
            ));
            None
        }
        (None, false) => {
            problems.push(FieldProblem::new(
                "/phone",
                "phone_required",
                "Numéro de portable requis, sauf si la personne n'en a pas ou refuse les SMS.",
            ));
            None
        }
        (None, true) => None,
    };
    let appi_number = input
        .appi_number
        .as_deref()
        .map(str::trim)
        .filter(|appi| !appi.is_empty())
        .and_then(|appi| {
            AppiNumber::parse(appi)
                .map_err(|error| {
                    problems.push(FieldProblem::new(
                        "/appi_number",
                        error.code(),
                        error.to_string(),
                    ))
                })
                .ok()
        });
    if context.residence_required && input.residence.is_none() {
        problems.push(FieldProblem::new(
            "/residence",
            "residence_required",
            "Indiquez la commune, « sans domicile fixe » ou « habite à l'étranger ».",
        ));
    }
    match date_of_birth {
        Some(date_of_birth) if problems.is_empty() => Ok(ValidConvict {
            first_name,
            last_name,
            date_of_birth,
            phone,
            no_phone: input.no_phone,
            refused_phone: input.refused_phone,
            appi_number,
            residence: input.residence,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests;
