//! The measures and sentences served outside prison, in plain French.

/// The « Les mesures et les peines » section.
pub const MEASURES: &str = r#"<h2 id="mesures">Les mesures et les peines</h2>
<p>Votre jugement dit quelle mesure s'applique à vous. Si vous avez un doute, demandez à votre avocat ou à votre conseiller du SPIP.</p>

<h3>Le sursis probatoire</h3>
<p>Le tribunal a prononcé une peine de prison, mais vous n'allez pas en prison si vous respectez des règles pendant un certain temps (le « délai de probation », de 1 à 3 ans en général).</p>
<p>Ces règles s'appellent des obligations et des interdictions. Par exemple : travailler ou suivre une formation, vous soigner, rembourser la victime, ne pas aller dans certains lieux, ne pas contacter certaines personnes. Vous devez aussi répondre aux convocations.</p>
<p>Le SPIP vous suit pendant tout ce temps. Si vous ne respectez pas les règles, le juge peut vous envoyer en prison pour tout ou partie de la peine.</p>

<h3>Le travail d'intérêt général (TIG)</h3>
<p>Vous travaillez sans salaire pour une mairie, une association ou un service public, pendant un nombre d'heures fixé par le tribunal (de 20 à 400 heures). Le tribunal a demandé votre accord.</p>
<p>Le SPIP vous propose un lieu et des horaires, en tenant compte de votre travail et de votre vie de famille. Vous avez en général 18 mois pour faire toutes les heures. Si vous ne les faites pas, le juge peut vous envoyer en prison.</p>

<h3>La détention à domicile sous surveillance électronique (DDSE), le « bracelet électronique »</h3>
<p>Vous portez un bracelet à la cheville. Vous devez être chez vous aux heures fixées par le juge. Vous pouvez sortir aux heures prévues pour travailler, vous former, vous soigner ou voir votre famille.</p>
<p>Si vous n'êtes pas chez vous aux bonnes heures, une alarme prévient le service. Si vous avez un retard ou un problème (transport, santé), appelez tout de suite le numéro que l'on vous a donné.</p>

<h3>La libération conditionnelle</h3>
<p>Vous sortez de prison avant la fin de votre peine. En échange, vous respectez des obligations pendant un temps fixé par le juge : travailler, vous soigner, habiter à une adresse, indemniser la victime…</p>
<p>Le SPIP vous suit. Si vous ne respectez pas les obligations, le juge peut décider que vous retournez en prison.</p>

<h3>Le suivi socio-judiciaire</h3>
<p>C'est une peine prononcée pour certaines infractions graves. Pendant une durée fixée par le tribunal, le juge et le SPIP vous suivent, avec des obligations et souvent des soins (« injonction de soins »).</p>
<p>Le tribunal a aussi fixé une durée de prison qui peut s'appliquer si vous ne respectez pas ce suivi.</p>

<h3>La semi-liberté et le placement extérieur</h3>
<p>En <strong>semi-liberté</strong>, vous dormez dans un centre pénitentiaire et vous sortez la journée pour travailler, vous former ou vous soigner. Vous devez rentrer aux heures fixées.</p>
<p>En <strong>placement extérieur</strong>, vous vivez hors de la prison, souvent dans une structure (une association) qui vous accompagne, et vous travaillez ou suivez une formation.</p>
"#;
