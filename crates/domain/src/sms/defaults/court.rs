//! Default texts of the court types: before the juge de l'application des peines (JAP), the débat
//! contradictoire and the Paris anti-terrorism JAP (JAPAT).

use super::DefaultTexts;

/// Sortie d'audience SAP: a new convocation follows a cancellation.
pub(super) const SORTIE_AUDIENCE_SAP: DefaultTexts = texts! {
    summon: "Convocation devant le juge de l'application des peines (JAP) le {rdv.date} à \
        {rdv.heure}, {lieu.nom}, {lieu.adresse}. Venez avec une pièce d'identité et vos \
        justificatifs. Si vous ne pouvez pas venir : {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre convocation devant le juge de l'application des peines du {rdv.date} à \
        {rdv.heure} est annulée. Une nouvelle convocation vous sera envoyée.",
    no_show: "Vous n'étiez pas présent(e) à votre convocation devant le juge de l'application des \
        peines du {rdv.date} à {rdv.heure}, {lieu.nom}. Contactez rapidement le service : \
        {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Votre convocation devant le juge de l'application des peines est déplacée au \
        {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Si vous ne pouvez pas venir : \
        {lieu.contact}. Infos : {lieu.lien_info}",
};

/// Convocation de suivi JAP: bring ID and documents.
pub(super) const SUIVI_JAP: DefaultTexts = texts! {
    summon: "Convocation de suivi devant le juge de l'application des peines (JAP) le {rdv.date} à \
        {rdv.heure}, {lieu.nom}, {lieu.adresse}. Venez avec une pièce d'identité et vos \
        justificatifs. Si vous ne pouvez pas venir : {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre convocation de suivi devant le juge de l'application des peines du \
        {rdv.date} à {rdv.heure} est annulée. Le service vous recontactera. Contact : \
        {lieu.contact}",
    no_show: "Vous n'étiez pas présent(e) à votre convocation de suivi devant le juge de \
        l'application des peines du {rdv.date} à {rdv.heure}, {lieu.nom}. Contactez rapidement le \
        service : {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Votre convocation de suivi devant le juge de l'application des peines est \
        déplacée au {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Si vous ne pouvez pas \
        venir : {lieu.contact}. Infos : {lieu.lien_info}",
};

/// SAP débat contradictoire: an adversarial hearing.
pub(super) const SAP_DEBAT_CONTRADICTOIRE: DefaultTexts = texts! {
    summon: "Convocation à un débat contradictoire devant le juge de l'application des peines \
        (JAP) le {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Venez avec une pièce \
        d'identité et vos justificatifs. Si vous ne pouvez pas venir : {lieu.contact}. Infos : \
        {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Le débat contradictoire devant le juge de l'application des peines du {rdv.date} \
        à {rdv.heure} est annulé. Le service vous recontactera. Contact : {lieu.contact}",
    no_show: "Vous n'étiez pas présent(e) à l'audience du {rdv.date} à {rdv.heure} (débat \
        contradictoire devant le juge de l'application des peines). Contactez rapidement le \
        service : {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Le débat contradictoire devant le juge de l'application des peines est déplacé au \
        {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Si vous ne pouvez pas venir : \
        {lieu.contact}. Infos : {lieu.lien_info}",
};

/// Convocation JAPAT: by video or in person at the TJ de Paris, as the paper convocation says; no
/// address and no link.
pub(super) const JAPAT: DefaultTexts = texts! {
    summon: "Convocation devant le juge de l'application des peines antiterroriste (JAPAT) le \
        {rdv.date} à {rdv.heure}, en visioconférence ou au tribunal judiciaire de Paris, comme \
        indiqué sur votre convocation papier. Si vous ne pouvez pas y assister : {lieu.contact}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre convocation devant le juge de l'application des peines antiterroriste \
        (JAPAT) du {rdv.date} à {rdv.heure}, {lieu.nom}, est annulée. Contact : {lieu.contact}",
    no_show: "Vous n'étiez pas présent(e) à votre convocation devant le juge de l'application des \
        peines antiterroriste (JAPAT) du {rdv.date} à {rdv.heure}. Contactez rapidement le \
        service : {lieu.contact}",
    reschedule: "Votre convocation devant le juge de l'application des peines antiterroriste \
        (JAPAT) est déplacée au {rdv.date} à {rdv.heure}, en visioconférence ou au tribunal \
        judiciaire de Paris, comme indiqué par le service. Si vous ne pouvez pas y assister : \
        {lieu.contact}",
};
