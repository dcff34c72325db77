//! The French sentences of the history, written once when the item is added.

use chrono::{NaiveDate, NaiveTime};

use crate::appointments::ExcuseReason;
use crate::dates::{french_date, french_time};
use crate::notifications::NotificationKind;
use crate::roles::Role;

/// A local date and time at the place of an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// Local date.
    pub date: NaiveDate,
    /// Local time.
    pub time: NaiveTime,
}

impl std::fmt::Display for Moment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} à {}", french_date(self.date), french_time(self.time))
    }
}

/// The agent who acted, as the history names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgentRef<'a> {
    /// « Prénom NOM ».
    pub name: &'a str,
    /// Their role.
    pub role: Role,
}

impl std::fmt::Display for AgentRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.name, self.role.label())
    }
}

/// The sentences, one function per event.
pub mod texts {
    use super::*;

    /// « Élodie DUPRÉ a été convoqué(e) le … à … (lieu) ».
    pub fn booked(person: &str, at: Moment, place: &str, phone_call: bool) -> String {
        if phone_call {
            format!("{person} a été convoqué(e) pour un rendez-vous téléphonique le {at}.")
        } else {
            format!("{person} a été convoqué(e) le {at} ({place}).")
        }
    }

    /// Cancelation.
    pub fn canceled(at: Moment) -> String {
        format!("La convocation du {at} a été annulée.")
    }

    /// The person came.
    pub fn fulfilled(person: &str, at: Moment) -> String {
        format!("{person} s'est présenté(e) à sa convocation du {at}.")
    }

    /// The person did not come.
    pub fn missed(person: &str, at: Moment) -> String {
        format!("{person} ne s'est pas présenté(e) à sa convocation du {at}.")
    }

    /// The person was excused, with the reason and comment when given.
    pub fn excused(
        person: &str,
        at: Moment,
        reason: Option<ExcuseReason>,
        comment: Option<&str>,
    ) -> String {
        let mut text =
            format!("{person} a été excusé(e) pour sa convocation du {at} : justificatif valable");
        if let Some(reason) = reason {
            text.push_str(&format!(" (motif : {})", reason.label().to_lowercase()));
        }
        if let Some(comment) = comment {
            text.push_str(&format!(". Commentaire : « {comment} »"));
        }
        text.push('.');
        text
    }

    /// A recorded attendance was undone.
    pub fn rebooked(at: Moment, agent: AgentRef<'_>) -> String {
        format!("Le statut de la convocation du {at} a été remis à « Planifié » par {agent}.")
    }

    /// Moved to a new appointment.
    pub fn rescheduled(from: Moment, to: Moment) -> String {
        format!("La convocation du {from} a été replanifiée au {to}.")
    }

    /// An SMS is planned, now (`due` = `None`) or at a local moment.
    pub fn sms_planned(kind: NotificationKind, due: Option<Moment>) -> String {
        match due {
            None => format!("SMS « {} » programmé pour un envoi immédiat.", kind.label()),
            Some(due) => format!("SMS « {} » programmé pour le {due}.", kind.label()),
        }
    }

    /// An SMS left, with its text.
    pub fn sms_sent(kind: NotificationKind, content: &str) -> String {
        format!("SMS « {} » envoyé : [Texte du SMS] {content}", kind.label())
    }

    /// An SMS could not reach the person.
    pub fn sms_failed(kind: NotificationKind, person: &str, code: &str) -> String {
        format!(
            "Le SMS « {} » n'a pas pu être remis à {person} (numéro injoignable ou invalide, code {code}).",
            kind.label()
        )
    }

    /// The network reported that a sent SMS never reached the phone.
    pub fn sms_undelivered(kind: NotificationKind, person: &str, code: Option<&str>) -> String {
        let code = code
            .map(|code| format!(" (code {code})"))
            .unwrap_or_default();
        format!(
            "Le SMS « {} » envoyé à {person} n'a pas été distribué par l'opérateur{code}.",
            kind.label()
        )
    }

    /// A transfer to `target` was accepted (`automatically` at creation or after 10 days).
    pub fn divestment_accepted(target: &str, automatically: bool) -> String {
        if automatically {
            format!("Dessaisissement au profit de « {target} » accepté automatiquement.")
        } else {
            format!("Dessaisissement au profit de « {target} » accepté.")
        }
    }

    /// A transfer to `target` was refused by `by`, with an optional comment.
    pub fn divestment_refused(target: &str, by: &str, comment: Option<&str>) -> String {
        match comment {
            Some(comment) => format!(
                "Refus de dessaisissement au profit de « {target} » par « {by} » : {comment}"
            ),
            None => format!("Refus de dessaisissement au profit de « {target} » par « {by} »."),
        }
    }

    /// The reminder will not be sent.
    pub fn reminder_canceled() -> String {
        "Le rappel ne sera pas envoyé : la convocation n'est plus planifiée.".to_owned()
    }

    /// No SMS for this person, and why.
    pub fn no_sms(refused: bool) -> String {
        if refused {
            "Aucun SMS ne sera envoyé : la personne refuse les SMS.".to_owned()
        } else {
            "Aucun SMS ne sera envoyé : la personne n'a pas de téléphone portable.".to_owned()
        }
    }

    /// The record was archived.
    pub fn archived(agent: AgentRef<'_>) -> String {
        format!(
            "Le dossier a été archivé par {agent}. Pour le désarchiver, contactez votre administrateur local."
        )
    }

    /// The record was archived by the daily retention job (12 months without activity).
    pub fn archived_when_idle() -> String {
        "Le dossier a été archivé automatiquement : aucune convocation ni changement de service depuis 12 mois. Pour le désarchiver, contactez votre administrateur local.".to_owned()
    }

    /// A duplicate record was merged into this one (`moved` appointments).
    pub fn merged(agent: AgentRef<'_>, duplicate: &str, moved: i64) -> String {
        let appointments = match moved {
            0 => "aucune convocation".to_owned(),
            1 => "1 convocation".to_owned(),
            n => format!("{n} convocations"),
        };
        format!(
            "Le dossier en double « {duplicate} » a été fusionné dans celui-ci par {agent} ({appointments} et son historique repris)."
        )
    }

    /// The record was unarchived.
    pub fn unarchived(agent: AgentRef<'_>) -> String {
        format!("Le dossier a été désarchivé par {agent}.")
    }

    /// A phone number was added.
    pub fn phone_added(agent: AgentRef<'_>, new: &str) -> String {
        format!("{agent} a ajouté le numéro de téléphone {new}.")
    }

    /// The phone number changed.
    pub fn phone_changed(agent: AgentRef<'_>, old: &str, new: &str) -> String {
        format!("{agent} a remplacé le numéro de téléphone {old} par {new}.")
    }

    /// The phone number was removed.
    pub fn phone_removed(agent: AgentRef<'_>, old: &str) -> String {
        format!("{agent} a supprimé le numéro de téléphone {old}.")
    }

    /// The person used the STOP SMS link.
    pub fn sms_refused() -> String {
        "La personne a demandé à ne plus recevoir de SMS (lien STOP SMS). Les SMS en attente sont annulés.".to_owned()
    }

    /// SMS re-enabled by an agent.
    pub fn sms_reactivated(agent: AgentRef<'_>) -> String {
        format!("{agent} a réactivé l'envoi des SMS.")
    }

    /// SMS stopped by the person in their portal.
    pub fn sms_refused_in_portal() -> String {
        "La personne a demandé à ne plus recevoir de SMS depuis son espace. Les SMS en attente sont annulés.".to_owned()
    }

    /// SMS resumed by the person in their portal.
    pub fn sms_resumed_in_portal() -> String {
        "La personne a réactivé la réception des SMS depuis son espace.".to_owned()
    }

    /// The `count`th portal invitation, sent by `agent`.
    pub fn portal_invited(agent: AgentRef<'_>, count: i32) -> String {
        if count > 1 {
            format!("{agent} a relancé l'invitation à l'espace personnel (invitation n° {count}).")
        } else {
            format!("{agent} a invité la personne à son espace personnel par SMS.")
        }
    }

    /// First sign-in to the portal.
    pub fn portal_activated() -> String {
        "La personne s'est connectée à son espace personnel pour la première fois.".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(d: u32, h: u32, m: u32) -> Moment {
        Moment {
            date: NaiveDate::from_ymd_opt(2027, 3, d).unwrap(),
            time: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
        }
    }

    #[test]
    fn sentences() {
        let agent = AgentRef {
            name: "Jeanne MARTIN",
            role: Role::Cpip,
        };
        assert_eq!(
            texts::booked("Élodie DUPRÉ", at(12, 14, 30), "SPIP 75", false),
            "Élodie DUPRÉ a été convoqué(e) le vendredi 12 mars 2027 à 14 h 30 (SPIP 75)."
        );
        assert!(texts::booked("A B", at(12, 9, 0), "x", true).contains("téléphonique"));
        assert_eq!(
            texts::excused(
                "A B",
                at(12, 9, 0),
                Some(ExcuseReason::Medical),
                Some("grippe")
            ),
            "A B a été excusé(e) pour sa convocation du vendredi 12 mars 2027 à 9 h : justificatif valable (motif : raison médicale). Commentaire : « grippe »."
        );
        assert_eq!(
            texts::phone_changed(agent, "06 39 98 00 01", "06 39 98 00 02"),
            "Jeanne MARTIN (CPIP) a remplacé le numéro de téléphone 06 39 98 00 01 par 06 39 98 00 02."
        );
        assert_eq!(
            texts::rescheduled(at(12, 9, 0), at(15, 10, 5)),
            "La convocation du vendredi 12 mars 2027 à 9 h a été replanifiée au lundi 15 mars 2027 à 10 h 05."
        );
        assert_eq!(
            texts::sms_planned(NotificationKind::Reminder, Some(at(10, 9, 0))),
            "SMS « Rappel » programmé pour le mercredi 10 mars 2027 à 9 h."
        );
        assert_eq!(
            texts::sms_undelivered(NotificationKind::Reminder, "Élodie DUPRÉ", Some("34")),
            "Le SMS « Rappel » envoyé à Élodie DUPRÉ n'a pas été distribué par l'opérateur (code 34)."
        );
        assert_eq!(
            texts::merged(agent, "Élodie DUPRE", 2),
            "Le dossier en double « Élodie DUPRE » a été fusionné dans celui-ci par Jeanne MARTIN (CPIP) (2 convocations et son historique repris)."
        );
        assert!(texts::merged(agent, "A B", 0).contains("aucune convocation"));
    }
}
