//! Finding the columns of the APPI export by their names, in any order.

use super::AppiFileError;

/// Positions of the columns used.
pub(super) struct Columns {
    first_name: usize,
    last_name: usize,
    date_of_birth: usize,
    file_number: usize,
    measure: usize,
}

/// The values of one line.
pub(super) struct Values<'a> {
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub date_of_birth: &'a str,
    pub file_number: &'a str,
    pub measure: &'a str,
}

impl Columns {
    /// The positions of the five columns; an error naming the first one missing.
    pub(super) fn find(headers: &csv::StringRecord) -> Result<Self, AppiFileError> {
        let position = |name: &str| {
            headers
                .iter()
                .position(|header| header.trim().eq_ignore_ascii_case(name))
                .ok_or_else(|| {
                    AppiFileError(format!("La colonne « {name} » est absente du fichier."))
                })
        };
        Ok(Self {
            first_name: position("Prénom")?,
            last_name: position("Nom")?,
            date_of_birth: position("Date de naissance")?,
            file_number: position("Numéro de dossier")?,
            measure: position("Mesure/Intervention")?,
        })
    }

    /// The values of `record` (empty when a line is short).
    pub(super) fn values<'a>(&self, record: &'a csv::StringRecord) -> Values<'a> {
        let at = |index: usize| record.get(index).unwrap_or_default();
        Values {
            first_name: at(self.first_name),
            last_name: at(self.last_name),
            date_of_birth: at(self.date_of_birth),
            file_number: at(self.file_number),
            measure: at(self.measure),
        }
    }
}
