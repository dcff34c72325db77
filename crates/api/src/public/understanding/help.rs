//! Who's who, missed convocations and where to get help, in plain French.

/// The « Qui fait quoi ? », « Si vous manquez une convocation » and « Où trouver de l'aide ? »
/// sections.
pub const PEOPLE_ABSENCE_HELP: &str = r#"<h2 id="qui-fait-quoi">Qui fait quoi ?</h2>
<dl>
<dt><strong>Le juge de l'application des peines (JAP)</strong></dt>
<dd><p>C'est le juge qui décide comment votre peine se passe : il peut changer vos obligations, aménager votre peine (bracelet, semi-liberté…) ou vous sanctionner. Il travaille au tribunal judiciaire. Il peut vous convoquer, avec votre avocat.</p></dd>
<dt><strong>Le SPIP (service pénitentiaire d'insertion et de probation)</strong></dt>
<dd><p>C'est le service du ministère de la Justice qui vous suit. Il vérifie que vous respectez vos obligations et vous aide à trouver un travail, un logement ou des soins, pour que tout se passe bien.</p></dd>
<dt><strong>Le conseiller ou la conseillère (CPIP)</strong></dt>
<dd><p>C'est votre interlocuteur au SPIP. Vous le rencontrez régulièrement. Parlez-lui de vos difficultés : il ou elle peut vous orienter. Il ou elle rend compte au juge de la façon dont votre suivi se passe.</p></dd>
<dt><strong>Le greffe et le bureau de l'exécution des peines (BEX)</strong></dt>
<dd><p>Le greffe, ce sont les agents du tribunal qui gèrent les dossiers et les convocations. Le BEX vous reçoit souvent juste après l'audience : il vous explique la décision, vous donne vos convocations et vous permet de payer une amende avec une réduction de 20 % si vous la payez dans le mois.</p></dd>
</dl>

<h2 id="absence">Si vous manquez une convocation</h2>
<p>Les convocations sont obligatoires. Si vous ne venez pas sans prévenir et sans raison valable, le SPIP ou le greffe le signale au juge.</p>
<p>Le juge peut alors vous convoquer, ajouter des obligations, ou décider que vous irez en prison (par exemple en révoquant votre sursis ou en retirant votre aménagement de peine).</p>
<p><strong>Si vous ne pouvez pas venir</strong> : prévenez le service avant le rendez-vous (le numéro est sur votre convocation), expliquez pourquoi, gardez un justificatif (certificat médical, attestation de l'employeur…) et demandez une nouvelle date. Si vous avez raté un rendez-vous, appelez le plus vite possible : il vaut mieux appeler en retard que ne rien dire.</p>

<h2 id="aide">Où trouver de l'aide ?</h2>
<ul>
<li><strong>Un avocat</strong> : il peut vous conseiller et vous défendre, c'est un droit. Si vos revenus sont faibles, l'aide juridictionnelle peut payer tout ou partie de ses frais. Demandez-la au tribunal ou sur <a href="https://www.justice.fr">justice.fr</a>.</li>
<li><strong>Un point-justice</strong> : des juristes et des avocats vous informent gratuitement sur vos droits, près de chez vous. Pour trouver le plus proche, appelez le <strong>30 39</strong> (prix d'un appel normal) ou cherchez sur <a href="https://www.justice.fr">justice.fr</a>.</li>
<li><strong>Votre SPIP</strong> : votre conseiller peut vous orienter vers les aides pour l'emploi, le logement ou la santé. Voir aussi la page <a href="/investir-ma-reinsertion">Investir ma réinsertion</a>.</li>
<li><strong>En cas d'urgence</strong> : 115 pour un hébergement d'urgence, 3114 si vous pensez au suicide (jour et nuit, gratuit), 15 pour une urgence médicale.</li>
</ul>
"#;
