//! Default texts of the SPIP follow-up types: first convocations, follow-up, recall and
//! collective actions.

use super::DefaultTexts;

/// Sortie d'audience SPIP, 1ère convocation de suivi SPIP and Convocation 741-1 (identical).
pub(super) const SPIP_FIRST: DefaultTexts = texts! {
    summon: "Convocation au service pénitentiaire d'insertion et de probation (SPIP) le {rdv.date} \
        à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Venez avec une pièce d'identité et vos \
        justificatifs. Si vous ne pouvez pas venir, contactez l'accueil : {lieu.contact}. Infos : \
        {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre convocation au SPIP du {rdv.date} à {rdv.heure}, {lieu.nom}, est annulée. \
        Le service vous recontactera.",
    no_show: "Vous n'étiez pas présent(e) à votre convocation au SPIP du {rdv.date} à {rdv.heure}, \
        {lieu.nom}. Contactez rapidement l'accueil : {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Votre convocation au SPIP est déplacée au {rdv.date} à {rdv.heure}, {lieu.nom}, \
        {lieu.adresse}. Si vous ne pouvez pas venir, contactez l'accueil : {lieu.contact}. Infos \
        : {lieu.lien_info}",
};

/// Convocation de suivi SPIP: the referent counsellor or the switchboard.
pub(super) const SUIVI_SPIP: DefaultTexts = texts! {
    summon: "Convocation de suivi par le SPIP le {rdv.date} à {rdv.heure}, {lieu.nom}, \
        {lieu.adresse}. Si vous ne pouvez pas venir, contactez votre conseiller référent ou \
        l'accueil : {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre convocation de suivi au SPIP du {rdv.date} à {rdv.heure} est annulée. \
        Votre conseiller vous recontactera.",
    no_show: "Vous n'étiez pas présent(e) à votre convocation de suivi au SPIP du {rdv.date} à \
        {rdv.heure}. Contactez rapidement votre conseiller référent ou l'accueil : \
        {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Votre convocation de suivi au SPIP est déplacée au {rdv.date} à {rdv.heure}, \
        {lieu.nom}, {lieu.adresse}. Si vous ne pouvez pas venir, contactez votre conseiller \
        référent ou l'accueil : {lieu.contact}. Infos : {lieu.lien_info}",
};

/// Convocation rappel SPIP: attendance is compulsory.
pub(super) const RAPPEL_SPIP: DefaultTexts = texts! {
    summon: "Convocation par le SPIP le {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. \
        Attention, présence impérative. Si vous ne pouvez pas venir, contactez votre conseiller \
        référent ou l'accueil : {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : PRESENCE IMPERATIVE. ",
    cancelation: "Votre convocation au SPIP du {rdv.date} à {rdv.heure} est annulée. Votre \
        conseiller vous recontactera.",
    no_show: "Vous n'étiez pas présent(e) à votre convocation au SPIP du {rdv.date} à {rdv.heure}, \
        alors que votre présence était impérative. Contactez rapidement votre conseiller référent \
        ou l'accueil : {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Votre convocation au SPIP est déplacée au {rdv.date} à {rdv.heure}, {lieu.nom}, \
        {lieu.adresse}. Attention, présence impérative. Si vous ne pouvez pas venir, contactez \
        votre conseiller référent ou l'accueil : {lieu.contact}. Infos : {lieu.lien_info}",
};

/// Action collective: a group session.
pub(super) const ACTION_COLLECTIVE: DefaultTexts = texts! {
    summon: "Convocation du SPIP pour une action collective le {rdv.date} à {rdv.heure}, \
        {lieu.nom}, {lieu.adresse}. Si vous ne pouvez pas venir, contactez votre conseiller \
        référent ou l'accueil : {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "L'action collective du SPIP du {rdv.date} à {rdv.heure} est annulée. Votre \
        conseiller vous recontactera.",
    no_show: "Vous n'étiez pas présent(e) à l'action collective du SPIP du {rdv.date} à \
        {rdv.heure}. Contactez rapidement votre conseiller référent ou l'accueil : \
        {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Votre convocation du SPIP pour une action collective est déplacée au {rdv.date} à \
        {rdv.heure}, {lieu.nom}, {lieu.adresse}. Présence impérative. Si vous ne pouvez pas \
        venir, contactez votre conseiller référent ou l'accueil : {lieu.contact}. Infos : \
        {lieu.lien_info}",
};
