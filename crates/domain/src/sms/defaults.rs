//! The national default texts: 16 appointment types × 5 appointment SMS kinds (SPEC §10,
//! domain §6.2). Every text is pure GSM-7, gives the date and the time, and ends with the
//! place's contact or the link (never followed by a full stop); the reminder is « RAPPEL : »
//! followed by the summon text. The contact line uses `{lieu.contact}`, always filled, rather
//! than `{lieu.téléphone}`, empty for a place reached by e-mail.

use crate::appointment_types::AppointmentTypeKey;
use crate::notifications::NotificationKind;

/// The five default texts of one appointment type.
struct DefaultTexts {
    summon: &'static str,
    reminder: &'static str,
    cancelation: &'static str,
    no_show: &'static str,
    reschedule: &'static str,
}

/// Builds a [`DefaultTexts`] whose reminder is `reminder_prefix` followed by the summon text.
macro_rules! texts {
    (
        summon: $summon:literal,
        reminder_prefix: $prefix:literal,
        cancelation: $cancelation:literal,
        no_show: $no_show:literal,
        reschedule: $reschedule:literal $(,)?
    ) => {
        DefaultTexts {
            summon: $summon,
            reminder: concat!($prefix, $summon),
            cancelation: $cancelation,
            no_show: $no_show,
            reschedule: $reschedule,
        }
    };
}

mod court;
mod measures;
mod spip;

/// The texts of a type.
fn texts(kind: AppointmentTypeKey) -> &'static DefaultTexts {
    use AppointmentTypeKey::*;
    match kind {
        SortieAudienceSap => &court::SORTIE_AUDIENCE_SAP,
        SuiviJap => &court::SUIVI_JAP,
        SapDebatContradictoire => &court::SAP_DEBAT_CONTRADICTOIRE,
        Japat => &court::JAPAT,
        SortieAudienceSpip | PremierSuiviSpip | Convocation7411 => &spip::SPIP_FIRST,
        SuiviSpip => &spip::SUIVI_SPIP,
        RappelSpip => &spip::RAPPEL_SPIP,
        ActionCollective => &spip::ACTION_COLLECTIVE,
        SapDdse => &measures::SAP_DDSE,
        DdseSpip => &measures::DDSE_SPIP,
        Stage => &measures::STAGE,
        PlacementTigTnr => &measures::PLACEMENT_TIG_TNR,
        VisiteDomicile => &measures::VISITE_DOMICILE,
        RdvTelephonique => &measures::RDV_TELEPHONIQUE,
    }
}

/// The national default template of an appointment type for an appointment SMS kind;
/// `None` for the transactional kinds (portal invitation and code), which carry a link or a
/// code rather than an appointment and have no per-type template.
pub fn default_template(kind: AppointmentTypeKey, role: NotificationKind) -> Option<&'static str> {
    let texts = texts(kind);
    match role {
        NotificationKind::Summon => Some(texts.summon),
        NotificationKind::Reminder => Some(texts.reminder),
        NotificationKind::Cancelation => Some(texts.cancelation),
        NotificationKind::NoShow => Some(texts.no_show),
        NotificationKind::Reschedule => Some(texts.reschedule),
        NotificationKind::PortalInvitation | NotificationKind::PortalCode => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sms::{Encoding, SmsValues, check_template, measure, render, with_stop_line};

    const STOP_URL: &str = "https://msj.justice.fr/s/AB12CD34";

    /// Every (type, kind, template) of the appointment SMS.
    fn all() -> Vec<(AppointmentTypeKey, NotificationKind, &'static str)> {
        let mut all = Vec::new();
        for kind in AppointmentTypeKey::ALL {
            for role in NotificationKind::ALL {
                match default_template(kind, role) {
                    Some(text) => all.push((kind, role, text)),
                    None => assert!(role.is_transactional(), "{kind:?} {role:?}"),
                }
            }
        }
        all
    }

    #[test]
    fn eighty_valid_templates() {
        let all = all();
        assert_eq!(all.len(), 80);
        for (kind, role, text) in all {
            assert_eq!(check_template(text), Ok(()), "{kind:?} {role:?}");
            assert!(text.contains("{rdv.date}"), "{kind:?} {role:?}");
            assert!(text.contains("{rdv.heure}"), "{kind:?} {role:?}");
            assert!(!text.contains("{lieu.lien_info}."), "{kind:?} {role:?}");
            assert!(!text.contains("  "), "{kind:?} {role:?}");
        }
    }

    #[test]
    fn rendered_texts_are_gsm7_within_budget() {
        let values = SmsValues::sample();
        for (kind, role, text) in all() {
            let sms = with_stop_line(&render(text, &values), STOP_URL);
            let length = measure(&sms);
            let budget = match role {
                NotificationKind::Cancelation | NotificationKind::NoShow => 2,
                _ => 3,
            };
            assert_eq!(length.encoding, Encoding::Gsm7, "{kind:?} {role:?}: {sms}");
            assert!(
                length.characters <= budget * 153,
                "{kind:?} {role:?}: {length:?}"
            );
            assert!(length.segments <= budget, "{kind:?} {role:?}: {length:?}");
        }
    }

    #[test]
    fn reminders_repeat_the_summon() {
        for kind in AppointmentTypeKey::ALL {
            let summon = default_template(kind, NotificationKind::Summon).unwrap();
            let reminder = default_template(kind, NotificationKind::Reminder).unwrap();
            let prefix = match kind {
                AppointmentTypeKey::RappelSpip => "RAPPEL : PRESENCE IMPERATIVE. ",
                _ => "RAPPEL : ",
            };
            assert_eq!(reminder, format!("{prefix}{summon}"), "{kind:?}");
        }
    }

    #[test]
    fn type_specific_wording() {
        let text = |kind, role| default_template(kind, role).unwrap();
        for role in NotificationKind::ALL.into_iter().take(5) {
            assert!(!text(AppointmentTypeKey::VisiteDomicile, role).contains("lien_info"));
        }
        use AppointmentTypeKey::*;
        use NotificationKind::*;
        assert!(text(RappelSpip, Summon).contains("présence impérative"));
        assert!(text(RdvTelephonique, Summon).contains("Soyez disponible"));
        assert!(text(PlacementTigTnr, Summon).contains("directement sur votre lieu de travail"));
        assert!(text(Japat, Summon).contains("visioconférence"));
        assert_eq!(
            text(Convocation7411, Summon),
            text(SortieAudienceSpip, Summon)
        );
        assert_eq!(default_template(Stage, PortalCode), None);
    }
}
