//! Editing a probationer: merging a partial change into the record, and what it implies
//! (phone history, SMS becoming possible or not, organisations to recompute).

use super::{ConvictInput, Residence};

/// A partial change: absent fields stay as they are; `Some(None)` clears an optional one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConvictPatch<Id> {
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Date of birth.
    pub date_of_birth: Option<chrono::NaiveDate>,
    /// Mobile phone.
    pub phone: Option<Option<String>>,
    /// No mobile phone.
    pub no_phone: Option<bool>,
    /// Refuses SMS.
    pub refused_phone: Option<bool>,
    /// APPI number.
    pub appi_number: Option<Option<String>>,
    /// Residence.
    pub residence: Option<Option<Residence<Id>>>,
    /// Followed by the anti-terrorism JAP.
    pub japat: Option<bool>,
}

/// The stored record as the edit sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredConvict<Id> {
    /// The editable fields; `phone` is the stored E.164 number.
    pub input: ConvictInput<Id>,
    /// Followed by the anti-terrorism JAP.
    pub japat: bool,
}

/// The record to validate after a change, and the flags kept aside from validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergedConvict<Id> {
    /// What to validate.
    pub input: ConvictInput<Id>,
    /// The person opted out of SMS (STOP SMS) while keeping their number: kept as is.
    pub keeps_opt_out: bool,
    /// JAPAT flag after the change.
    pub japat: bool,
    /// Whether the organisations must be recomputed (town or JAPAT changed).
    pub recompute_organizations: bool,
}

/// Merges `patch` into `stored`. Typing a phone number clears « sans téléphone » and
/// « refuse les SMS » unless the patch sets them again; a number kept through an opt-out
/// stays opted out.
pub fn merge<Id: Copy + Eq>(
    stored: &StoredConvict<Id>,
    patch: ConvictPatch<Id>,
) -> MergedConvict<Id> {
    let current = &stored.input;
    let typed_phone = patch
        .phone
        .clone()
        .map(|phone| phone.filter(|p| !p.trim().is_empty()));
    let phone = typed_phone.clone().unwrap_or_else(|| current.phone.clone());
    let new_phone = matches!(typed_phone, Some(Some(_)));
    let (no_phone, refused_phone) = if new_phone {
        (
            patch.no_phone.unwrap_or(false),
            patch.refused_phone.unwrap_or(false),
        )
    } else {
        (
            patch.no_phone.unwrap_or(current.no_phone),
            patch.refused_phone.unwrap_or(current.refused_phone),
        )
    };
    let keeps_opt_out =
        phone.is_some() && refused_phone && !new_phone && patch.refused_phone.is_none();
    let residence = patch.residence.unwrap_or(current.residence);
    let japat = patch.japat.unwrap_or(stored.japat);
    MergedConvict {
        input: ConvictInput {
            first_name: patch
                .first_name
                .unwrap_or_else(|| current.first_name.clone()),
            last_name: patch.last_name.unwrap_or_else(|| current.last_name.clone()),
            date_of_birth: patch.date_of_birth.or(current.date_of_birth),
            phone,
            no_phone,
            refused_phone: refused_phone && !keeps_opt_out,
            appi_number: patch
                .appi_number
                .unwrap_or_else(|| current.appi_number.clone()),
            residence,
        },
        keeps_opt_out,
        japat,
        recompute_organizations: residence != current.residence || japat != stored.japat,
    }
}

/// How the phone number changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneChange<'a> {
    /// A number where there was none.
    Added(&'a str),
    /// Another number.
    Changed(&'a str, &'a str),
    /// No number any more.
    Removed(&'a str),
}

/// The change between two stored (E.164) numbers, if any.
pub fn phone_change<'a>(
    before: Option<&'a str>,
    after: Option<&'a str>,
) -> Option<PhoneChange<'a>> {
    match (before, after) {
        (None, Some(new)) => Some(PhoneChange::Added(new)),
        (Some(old), Some(new)) if old != new => Some(PhoneChange::Changed(old, new)),
        (Some(old), None) => Some(PhoneChange::Removed(old)),
        _ => None,
    }
}

/// Whether SMS can be sent: a number, and neither « sans téléphone » nor « refuse les SMS ».
pub fn can_receive_sms(phone: Option<&str>, no_phone: bool, refused_phone: bool) -> bool {
    phone.is_some() && !no_phone && !refused_phone
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(phone: Option<&str>, no_phone: bool, refused: bool) -> StoredConvict<u8> {
        StoredConvict {
            input: ConvictInput {
                first_name: "Élodie".into(),
                last_name: "DUPRÉ".into(),
                date_of_birth: chrono::NaiveDate::from_ymd_opt(1990, 5, 17),
                phone: phone.map(str::to_owned),
                no_phone,
                refused_phone: refused,
                appi_number: None,
                residence: Some(Residence::Town(1)),
            },
            japat: false,
        }
    }

    #[test]
    fn adding_a_phone_clears_the_flags() {
        let patch = ConvictPatch {
            phone: Some(Some("06 39 98 00 01".into())),
            ..ConvictPatch::default()
        };
        let merged = merge(&stored(None, true, false), patch);
        assert!(!merged.input.no_phone && !merged.input.refused_phone);
        assert_eq!(merged.input.phone.as_deref(), Some("06 39 98 00 01"));
        assert!(!merged.recompute_organizations);
    }

    #[test]
    fn an_opt_out_survives_an_unrelated_edit() {
        let patch = ConvictPatch {
            first_name: Some("Elodie".into()),
            ..ConvictPatch::default()
        };
        let merged = merge(&stored(Some("+33639980001"), false, true), patch);
        assert!(merged.keeps_opt_out);
        assert!(!merged.input.refused_phone);
    }

    #[test]
    fn town_or_japat_changes_recompute() {
        let town = ConvictPatch {
            residence: Some(Some(Residence::Town(2))),
            ..ConvictPatch::default()
        };
        assert!(merge(&stored(None, true, false), town).recompute_organizations);
        let japat = ConvictPatch {
            japat: Some(true),
            ..ConvictPatch::default()
        };
        assert!(merge(&stored(None, true, false), japat).recompute_organizations);
    }

    #[test]
    fn phone_changes() {
        assert_eq!(phone_change(None, Some("a")), Some(PhoneChange::Added("a")));
        assert_eq!(
            phone_change(Some("a"), Some("b")),
            Some(PhoneChange::Changed("a", "b"))
        );
        assert_eq!(
            phone_change(Some("a"), None),
            Some(PhoneChange::Removed("a"))
        );
        assert_eq!(phone_change(Some("a"), Some("a")), None);
        assert!(can_receive_sms(Some("a"), false, false));
        assert!(!can_receive_sms(Some("a"), false, true));
        assert!(!can_receive_sms(None, false, false));
    }
}
