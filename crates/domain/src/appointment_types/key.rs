//! Keys and attributes of the appointment types.

use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// One of the seeded appointment types, by its stable key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentTypeKey {
    /// « Sortie d'audience SAP ».
    SortieAudienceSap,
    /// « Sortie d'audience SPIP ».
    SortieAudienceSpip,
    /// « SAP DDSE ».
    SapDdse,
    /// « Convocation de suivi JAP ».
    SuiviJap,
    /// « SAP débat contradictoire ».
    SapDebatContradictoire,
    /// « Convocation JAPAT ».
    Japat,
    /// « 1ère convocation de suivi SPIP ».
    PremierSuiviSpip,
    /// « Convocation de suivi SPIP ».
    SuiviSpip,
    /// « Convocation 741-1 ».
    #[serde(rename = "convocation_741_1")]
    Convocation7411,
    /// « Visite à domicile ».
    VisiteDomicile,
    /// « RDV téléphonique ».
    RdvTelephonique,
    /// « Placement TIG/TNR ».
    PlacementTigTnr,
    /// « Convocation DDSE ».
    DdseSpip,
    /// « Convocation stage ».
    Stage,
    /// « Convocation rappel SPIP ».
    RappelSpip,
    /// « Action collective ».
    ActionCollective,
}

/// A key that names no appointment type.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("Type de convocation inconnu : « {0} »")]
pub struct UnknownAppointmentType(pub String);

impl AppointmentTypeKey {
    /// Every type, in the reference order.
    pub const ALL: [Self; 16] = [
        Self::SortieAudienceSap,
        Self::SortieAudienceSpip,
        Self::SapDdse,
        Self::SuiviJap,
        Self::SapDebatContradictoire,
        Self::Japat,
        Self::PremierSuiviSpip,
        Self::SuiviSpip,
        Self::Convocation7411,
        Self::VisiteDomicile,
        Self::RdvTelephonique,
        Self::PlacementTigTnr,
        Self::DdseSpip,
        Self::Stage,
        Self::RappelSpip,
        Self::ActionCollective,
    ];

    /// Stable key, as stored and in the API.
    pub fn key(self) -> &'static str {
        match self {
            Self::SortieAudienceSap => "sortie_audience_sap",
            Self::SortieAudienceSpip => "sortie_audience_spip",
            Self::SapDdse => "sap_ddse",
            Self::SuiviJap => "suivi_jap",
            Self::SapDebatContradictoire => "sap_debat_contradictoire",
            Self::Japat => "japat",
            Self::PremierSuiviSpip => "premier_suivi_spip",
            Self::SuiviSpip => "suivi_spip",
            Self::Convocation7411 => "convocation_741_1",
            Self::VisiteDomicile => "visite_domicile",
            Self::RdvTelephonique => "rdv_telephonique",
            Self::PlacementTigTnr => "placement_tig_tnr",
            Self::DdseSpip => "ddse_spip",
            Self::Stage => "stage",
            Self::RappelSpip => "rappel_spip",
            Self::ActionCollective => "action_collective",
        }
    }

    /// Booked only into pre-created slots (the two sorties d'audience and SAP DDSE).
    pub fn is_slot_system(self) -> bool {
        matches!(
            self,
            Self::SortieAudienceSap | Self::SortieAudienceSpip | Self::SapDdse
        )
    }

    /// May take place on a weekend or a public holiday.
    pub fn allowed_on_weekends(self) -> bool {
        matches!(self, Self::PlacementTigTnr | Self::DdseSpip)
    }

    /// A SPIP follow-up type whose appointments are assigned to the booking agent.
    pub fn is_spip_assignable(self) -> bool {
        matches!(
            self,
            Self::PremierSuiviSpip
                | Self::SuiviSpip
                | Self::Convocation7411
                | Self::VisiteDomicile
                | Self::RdvTelephonique
                | Self::PlacementTigTnr
                | Self::DdseSpip
                | Self::Stage
                | Self::RappelSpip
                | Self::ActionCollective
        )
    }

    /// The BEX list: the two sorties d'audience.
    pub fn in_bex_list(self) -> bool {
        matches!(self, Self::SortieAudienceSap | Self::SortieAudienceSpip)
    }

    /// The SAP list: the two sorties d'audience, JAP follow-up, débat contradictoire, JAPAT
    /// and SAP DDSE.
    pub fn in_sap_list(self) -> bool {
        matches!(
            self,
            Self::SortieAudienceSap
                | Self::SortieAudienceSpip
                | Self::SuiviJap
                | Self::SapDebatContradictoire
                | Self::Japat
                | Self::SapDdse
        )
    }

    /// The SPIP list: the assignable types, Sortie d'audience SPIP and SAP DDSE.
    pub fn in_spip_list(self) -> bool {
        self.is_spip_assignable() || matches!(self, Self::SortieAudienceSpip | Self::SapDdse)
    }

    /// An appointment held over the phone (the history says so).
    pub fn is_phone_call(self) -> bool {
        self == Self::RdvTelephonique
    }
}

impl FromStr for AppointmentTypeKey {
    type Err = UnknownAppointmentType;

    fn from_str(key: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.key() == key)
            .ok_or_else(|| UnknownAppointmentType(key.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(filter: impl Fn(AppointmentTypeKey) -> bool) -> Vec<&'static str> {
        AppointmentTypeKey::ALL
            .into_iter()
            .filter(|kind| filter(*kind))
            .map(AppointmentTypeKey::key)
            .collect()
    }

    #[test]
    fn keys_round_trip() {
        for kind in AppointmentTypeKey::ALL {
            assert_eq!(kind.key().parse::<AppointmentTypeKey>(), Ok(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.key()));
        }
        assert!("sortie".parse::<AppointmentTypeKey>().is_err());
    }

    #[test]
    fn groups_match_the_reference() {
        assert_eq!(
            keys(AppointmentTypeKey::is_slot_system),
            ["sortie_audience_sap", "sortie_audience_spip", "sap_ddse"]
        );
        assert_eq!(
            keys(AppointmentTypeKey::allowed_on_weekends),
            ["placement_tig_tnr", "ddse_spip"]
        );
        assert_eq!(keys(AppointmentTypeKey::is_spip_assignable).len(), 10);
        assert_eq!(keys(AppointmentTypeKey::in_spip_list).len(), 12);
        assert_eq!(
            keys(AppointmentTypeKey::in_sap_list),
            [
                "sortie_audience_sap",
                "sortie_audience_spip",
                "sap_ddse",
                "suivi_jap",
                "sap_debat_contradictoire",
                "japat"
            ]
        );
        assert_eq!(
            keys(AppointmentTypeKey::in_bex_list),
            ["sortie_audience_sap", "sortie_audience_spip"]
        );
    }
}
