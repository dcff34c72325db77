//! `/confidentialite`: the privacy notice for the people summoned.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, web};

use super::page::{Page, canonical};
use crate::app::AppState;

const BODY: &str = r#"<p class="fr-text--lead">Cette page explique quelles informations sur vous sont enregistrées dans Mon Suivi Justice, pourquoi, combien de temps, et quels sont vos droits.</p>
<h2>Qui est responsable ?</h2>
<p>Le ministère de la Justice (13 place Vendôme, 75042 Paris Cedex 01) est responsable de ce traitement de données.</p>
<h2>Quelles informations ?</h2>
<ul>
<li>votre nom, vos prénoms et votre date de naissance ;</li>
<li>votre numéro de téléphone portable, si vous en avez un ;</li>
<li>votre numéro de dossier pénitentiaire (APPI) et votre commune ;</li>
<li>les services qui vous suivent et votre conseiller ou conseillère ;</li>
<li>vos convocations : date, lieu, type, et votre présence ;</li>
<li>les SMS qui vous ont été envoyés et leur bonne réception.</li>
</ul>
<h2>Pourquoi ?</h2>
<p>Pour vous convoquer, vous rappeler vos rendez-vous par SMS, organiser votre suivi entre le tribunal et le SPIP, et le transmettre à un autre service si vous déménagez. Ces informations ne servent à rien d'autre et ne sont jamais vendues.</p>
<h2>Sur quelle base légale ?</h2>
<p>Ce traitement est nécessaire à l'exécution des décisions de justice, une mission confiée au ministère de la Justice. Il relève des dispositions de la loi n° 78-17 du 6 janvier 1978 (« Informatique et libertés ») sur les traitements en matière pénale (titre III, qui transpose la directive européenne 2016/680).</p>
<h2>Qui peut les voir ?</h2>
<p>Seuls les agents des services qui vous suivent (SPIP, tribunal), selon leur fonction. L'opérateur qui envoie les SMS ne reçoit que votre numéro et le texte du message. Chaque consultation de votre dossier est enregistrée.</p>
<h2>Combien de temps ?</h2>
<ul>
<li>Si vous n'avez eu aucune convocation depuis <strong>12 mois</strong>, votre dossier est archivé : il n'apparaît plus dans les listes.</li>
<li>Il est <strong>supprimé 6 mois après l'archivage</strong>, avec vos convocations et leur historique.</li>
<li>Le journal des consultations est conservé un an.</li>
</ul>
<h2>Vos droits</h2>
<p>Vous pouvez demander à voir les informations qui vous concernent, à les faire corriger si elles sont fausses, ou à les faire effacer si elles ne sont plus utiles. Certaines limites peuvent s'appliquer pendant l'exécution de votre peine.</p>
<p>Pour cela, écrivez au délégué à la protection des données du ministère de la Justice, 13 place Vendôme, 75042 Paris Cedex 01, avec une copie d'une pièce d'identité. Votre SPIP peut aussi corriger votre numéro de téléphone.</p>
<p>Vous pouvez arrêter les SMS à tout moment avec le lien à la fin de chaque message. Vous devrez quand même venir à vos convocations.</p>
<h2>Réclamation</h2>
<p>Si vous pensez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL : <a href="https://www.cnil.fr/fr/plaintes">cnil.fr/fr/plaintes</a>, ou par courrier à la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.</p>
<h2>Cookies</h2>
<p>Ces pages publiques ne déposent aucun cookie et ne mesurent pas votre navigation.</p>"#;

/// The page.
#[get("/confidentialite")]
pub async fn show(state: web::Data<AppState>) -> HttpResponse {
    Page {
        title: "Données personnelles",
        description: "Les informations enregistrées sur les personnes convoquées, pourquoi, combien de temps, vos droits et la CNIL.",
        canonical: canonical(&state.config.public_url, "/confidentialite"),
        body: BODY.to_owned(),
    }
    .respond(StatusCode::OK)
}
