//! Default texts of the measures: electronic monitoring (DDSE), community work (TIG/TNR),
//! courses, home visits and phone appointments.

use super::DefaultTexts;

/// SAP DDSE: ordered by the JAP, held by the electronic-monitoring unit.
pub(super) const SAP_DDSE: DefaultTexts = texts! {
    summon: "Sur décision du juge de l'application des peines, convocation par le service de \
        surveillance électronique (DDSE) le {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. \
        Venez avec une pièce d'identité et vos justificatifs. Si vous ne pouvez pas venir : \
        {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre convocation au service de surveillance électronique (DDSE) du {rdv.date} à \
        {rdv.heure} est annulée. Le service vous recontactera.",
    no_show: "Vous n'étiez pas présent(e) à votre convocation au service de surveillance \
        électronique (DDSE) du {rdv.date} à {rdv.heure}. Contactez rapidement le service : \
        {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Votre convocation au service de surveillance électronique (DDSE) est déplacée au \
        {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Si vous ne pouvez pas venir : \
        {lieu.contact}. Infos : {lieu.lien_info}",
};

/// Convocation DDSE: within an electronic-monitoring measure.
pub(super) const DDSE_SPIP: DefaultTexts = texts! {
    summon: "Convocation du SPIP dans le cadre de votre mesure de surveillance électronique (DDSE) \
        le {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Si vous ne pouvez pas venir : \
        {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre convocation du SPIP (surveillance électronique) du {rdv.date} à \
        {rdv.heure} est annulée. Le service vous recontactera.",
    no_show: "Vous n'étiez pas présent(e) à votre convocation du SPIP (surveillance électronique) \
        du {rdv.date} à {rdv.heure}. Contactez rapidement le service : {lieu.contact}. Infos : \
        {lieu.lien_info}",
    reschedule: "Votre convocation du SPIP dans le cadre de votre mesure de surveillance \
        électronique est déplacée au {rdv.date} à {rdv.heure}, {lieu.nom}, {lieu.adresse}. Si \
        vous ne pouvez pas venir : {lieu.contact}. Infos : {lieu.lien_info}",
};

/// Convocation stage: the start of a course, at the course location given.
pub(super) const STAGE: DefaultTexts = texts! {
    summon: "Convocation du SPIP pour le début de votre stage le {rdv.date} à {rdv.heure}. Venez \
        avec une pièce d'identité sur le lieu du stage qui vous a été indiqué. Si vous ne pouvez \
        pas venir : {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Le début de votre stage prévu le {rdv.date} à {rdv.heure} est annulé. Le SPIP \
        vous recontactera.",
    no_show: "Vous n'étiez pas présent(e) au début de votre stage le {rdv.date} à {rdv.heure}. \
        Contactez rapidement le SPIP : {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Le début de votre stage est déplacé au {rdv.date} à {rdv.heure}, {lieu.nom}, \
        {lieu.adresse}. Venez avec une pièce d'identité. Si vous ne pouvez pas venir : \
        {lieu.contact}. Infos : {lieu.lien_info}",
};

/// Placement TIG/TNR: go straight to the workplace.
pub(super) const PLACEMENT_TIG_TNR: DefaultTexts = texts! {
    summon: "Convocation du SPIP pour votre TIG/TNR (entretien de présentation ou début du \
        travail) le {rdv.date} à {rdv.heure}. Rendez-vous directement sur votre lieu de travail, \
        qui vous a été indiqué. Si vous ne pouvez pas venir : {lieu.contact}. Infos : \
        {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre convocation du SPIP pour votre TIG/TNR du {rdv.date} à {rdv.heure} est \
        annulée. Le service vous recontactera.",
    no_show: "Vous n'étiez pas présent(e) à votre convocation pour votre TIG/TNR du {rdv.date} à \
        {rdv.heure}. Contactez rapidement le SPIP : {lieu.contact}. Infos : {lieu.lien_info}",
    reschedule: "Votre convocation du SPIP pour votre TIG/TNR est déplacée au {rdv.date} à \
        {rdv.heure}. Rendez-vous directement sur votre lieu de travail. Si vous ne pouvez pas \
        venir : {lieu.contact}. Infos : {lieu.lien_info}",
};

/// Visite à domicile: no link in any text.
pub(super) const VISITE_DOMICILE: DefaultTexts = texts! {
    summon: "Le SPIP effectuera une visite à votre domicile le {rdv.date} à {rdv.heure}. Soyez \
        présent(e) à votre domicile. En cas d'absence, contactez le service : {lieu.contact}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "La visite à domicile du SPIP prévue le {rdv.date} à {rdv.heure} est annulée.",
    no_show: "Vous étiez absent(e) lors de la visite à domicile du SPIP le {rdv.date} à \
        {rdv.heure}. Contactez rapidement le service : {lieu.contact}",
    reschedule: "La visite à domicile du SPIP est déplacée au {rdv.date} à {rdv.heure}. Soyez \
        présent(e) à votre domicile. En cas d'absence, contactez le service : {lieu.contact}",
};

/// RDV téléphonique: be available at the time given.
pub(super) const RDV_TELEPHONIQUE: DefaultTexts = texts! {
    summon: "Le SPIP vous appellera pour un rendez-vous téléphonique le {rdv.date} à {rdv.heure}. \
        Soyez disponible à cette heure-là. Si ce n'est pas possible, contactez le service : \
        {lieu.contact}. Infos : {lieu.lien_info}",
    reminder_prefix: "RAPPEL : ",
    cancelation: "Votre rendez-vous téléphonique avec le SPIP du {rdv.date} à {rdv.heure} est \
        annulé. Le service vous recontactera.",
    no_show: "Vous n'avez pas répondu à l'appel du SPIP pour votre rendez-vous téléphonique du \
        {rdv.date} à {rdv.heure}. Contactez rapidement le service : {lieu.contact}. Infos : \
        {lieu.lien_info}",
    reschedule: "Votre rendez-vous téléphonique avec le SPIP est déplacé au {rdv.date} à \
        {rdv.heure}. Soyez disponible à cette heure-là. Si ce n'est pas possible, contactez le \
        service : {lieu.contact}. Infos : {lieu.lien_info}",
};
