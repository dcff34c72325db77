//! The APPI export (domain §8.4, features §2.13): a `;`-separated CSV in ISO-8859-1 (read as
//! Windows-1252, its superset; a file that is valid UTF-8 is read as UTF-8), with the columns
//! `Prénom`, `Nom`, `Date de naissance` (JJ/MM/AAAA), `Numéro de dossier` (the APPI number is
//! what follows « ° ») and `Mesure/Intervention`. Each line becomes a person to import, a
//! line skipped (excluded measure, same person again) or a line rejected with its reason.

mod columns;
mod decision;

pub use decision::{attach_on_create, attach_to_existing};

use chrono::{Datelike, NaiveDate};

use crate::identity::AppiNumber;
use columns::Columns;

/// Measures whose lines are skipped (the text before « ( »).
pub const EXCLUDED_MEASURES: [&str; 3] = [
    "EMPRISONNEMENT",
    "AMÉNAGEMENT DE PEINE",
    "PLACEMENT EN DÉTENTION PROVISOIRE",
];

/// A person to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppiPerson {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// APPI number, normalised.
    pub appi_number: String,
}

/// What one line of the file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppiLine {
    /// A person to create or complete.
    Person(AppiPerson),
    /// Nothing to do, and why (French).
    Skipped(String),
    /// A line that cannot be imported, and why (French).
    Rejected(String),
}

/// The file cannot be read at all (French reason).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct AppiFileError(pub String);

/// The lines of `bytes` with their line numbers in the file (the header is line 1); `today`
/// bounds the dates of birth.
pub fn read_appi(bytes: &[u8], today: NaiveDate) -> Result<Vec<(usize, AppiLine)>, AppiFileError> {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| {
        AppiFileError("La première ligne (les noms des colonnes) est illisible.".to_owned())
    })?;
    let columns = Columns::find(headers)?;
    let mut seen: Vec<(usize, AppiPerson)> = Vec::new();
    let mut lines = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let number = index + 2;
        let line = match record {
            Ok(record) => read_line(&columns.values(&record), today, &seen),
            Err(_) => AppiLine::Rejected("Ligne illisible.".to_owned()),
        };
        if let AppiLine::Person(person) = &line {
            seen.push((number, person.clone()));
        }
        lines.push((number, line));
    }
    Ok(lines)
}

fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

fn read_line(
    values: &columns::Values<'_>,
    today: NaiveDate,
    seen: &[(usize, AppiPerson)],
) -> AppiLine {
    let measure = values
        .measure
        .split(" (")
        .next()
        .unwrap_or_default()
        .trim()
        .to_uppercase();
    if EXCLUDED_MEASURES.contains(&measure.as_str()) {
        return AppiLine::Skipped(format!("Mesure non importée : {measure}."));
    }
    let (first_name, last_name) = (values.first_name.trim(), values.last_name.trim());
    if first_name.is_empty() || last_name.is_empty() {
        return AppiLine::Rejected("Prénom ou nom manquant.".to_owned());
    }
    let birth = values.date_of_birth.trim();
    let Some(date_of_birth) = NaiveDate::parse_from_str(birth, "%d/%m/%Y")
        .ok()
        .filter(|date| *date < today && date.year() >= 1900)
    else {
        return AppiLine::Rejected(format!("Date de naissance invalide : « {birth} »."));
    };
    let file = values.file_number.trim();
    let Some(appi_number) = file
        .rsplit('°')
        .next()
        .filter(|_| file.contains('°'))
        .and_then(|number| AppiNumber::parse(number).ok())
    else {
        return AppiLine::Rejected(format!("Numéro de dossier APPI invalide : « {file} »."));
    };
    let person = AppiPerson {
        first_name: first_name.to_owned(),
        last_name: last_name.to_owned(),
        date_of_birth,
        appi_number: appi_number.as_str().to_owned(),
    };
    match seen
        .iter()
        .find(|(_, other)| other.appi_number == person.appi_number)
    {
        Some((line, other)) if *other == person => {
            AppiLine::Skipped(format!("Même personne que ligne {line}."))
        }
        Some((line, _)) => AppiLine::Rejected(format!(
            "Numéro APPI déjà donné ligne {line} pour une autre personne."
        )),
        None => AppiLine::Person(person),
    }
}

#[cfg(test)]
mod tests;
