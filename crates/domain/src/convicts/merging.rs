//! Merging two records of the same person (domain §4.11, « Fusionner des probationnaires »):
//! when it is refused, and what the preview warns about. The kept record keeps its own
//! fields; the duplicate's appointments (with their SMS), history and services move to it;
//! the duplicate, its portal access and its finished transfers are deleted.

use chrono::NaiveDate;
use thiserror::Error;

/// One of the two records, as far as the merge rules need to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeSide {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// APPI number, if any.
    pub appi_number: Option<String>,
    /// Phone number, if any.
    pub phone: Option<String>,
    /// Whether the record is archived.
    pub archived: bool,
    /// Whether a transfer to another service is pending.
    pub pending_transfer: bool,
    /// Whether the person has a portal account.
    pub portal_account: bool,
}

/// Why a merge is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum MergeRefusal {
    /// The same record twice.
    #[error("Choisissez deux probationnaires différents.")]
    SameConvict,
    /// A transfer of the duplicate is pending: it would be lost.
    #[error(
        "Un dessaisissement du doublon est en cours : attendez la réponse des services avant de fusionner."
    )]
    PendingTransfer,
}

impl MergeRefusal {
    /// Stable snake_case code for the API.
    pub fn code(self) -> &'static str {
        match self {
            Self::SameConvict => "same_convict",
            Self::PendingTransfer => "divestment_pending",
        }
    }
}

/// Whether `duplicate` (`same`: the very record of `kept`) may be merged into `kept`, and
/// the French warnings of the preview.
pub fn check_merge(
    kept: &MergeSide,
    duplicate: &MergeSide,
    same: bool,
) -> Result<Vec<String>, MergeRefusal> {
    if same {
        return Err(MergeRefusal::SameConvict);
    }
    if duplicate.pending_transfer {
        return Err(MergeRefusal::PendingTransfer);
    }
    let folded = |side: &MergeSide| {
        (
            side.first_name.trim().to_lowercase(),
            side.last_name.trim().to_lowercase(),
        )
    };
    let mut warnings = Vec::new();
    if folded(kept) != folded(duplicate) || kept.date_of_birth != duplicate.date_of_birth {
        warnings.push("Les noms ou les dates de naissance des deux dossiers diffèrent : vérifiez qu'il s'agit bien de la même personne.".to_owned());
    }
    let lost = |kept: &Option<String>, duplicate: &Option<String>| {
        duplicate.is_some() && kept != duplicate
    };
    if lost(&kept.appi_number, &duplicate.appi_number) {
        warnings.push("Le numéro APPI du doublon sera perdu : reportez-le d'abord sur le dossier conservé si besoin.".to_owned());
    }
    if lost(&kept.phone, &duplicate.phone) {
        warnings.push("Le numéro de téléphone du doublon sera perdu : reportez-le d'abord sur le dossier conservé si besoin.".to_owned());
    }
    if kept.archived {
        warnings.push("Le dossier conservé est archivé.".to_owned());
    }
    if duplicate.portal_account {
        warnings.push("L'accès du doublon à l'espace probationnaire sera supprimé.".to_owned());
    }
    Ok(warnings)
}

#[cfg(test)]
mod tests;
