// Administration of probationer records by the central admin (of TJ Paris): « Import
// probationnaires (APPI) » of an ISO-8859-1 export with a good, a skipped and a rejected line,
// and « Fusionner des probationnaires » (preview, then the irreversible merge); axe on each.
import { equal, expectAccessible } from '../support/assert.mjs';
import { apiToken, randomLetters, signInAs } from '../support/session.mjs';

const centralAdmin = 'admin@demo.msj.test';

// A last name of letters only, with an accent that ISO-8859-1 encodes in one byte.
const lastName = () => `ESSAI${randomLetters(6).toUpperCase()}É`;

export const tests = [
  {
    name: 'the central admin imports an APPI export and reads the report',
    run: async ({ page, baseUrl }) => {
      const name = lastName();
      await signInAs(page, baseUrl, centralAdmin);
      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Import APPI' }).click();
      await page.getByRole('heading', { level: 1, name: 'Import probationnaires (APPI)' }).waitFor();
      await page.getByLabel('Service', { exact: true }).locator('option', { hasText: 'TJ Paris' }).waitFor({ state: 'attached' });
      await expectAccessible(page);

      const file = [
        'Nom;Prénom;Date de naissance;Numéro de dossier;Mesure/Intervention',
        `${name};Anaïs;17/05/1990;Dossier N°2001${String(Date.now() % 1e8).padStart(8, '0')};SURSIS PROBATOIRE`,
        `${name};Noël;31/02/1985;N°200100000002;TIG`,
        `${name};Zoé;02/01/1985;N°200100000003;EMPRISONNEMENT (ferme)`,
      ].join('\r\n');
      await page.getByLabel('Service', { exact: true }).selectOption({ label: 'TJ Paris' });
      await page.getByLabel('Export APPI').setInputFiles({
        name: 'export-appi.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'latin1'),
      });
      await page.getByRole('button', { name: 'Importer' }).click();

      const report = page.getByRole('status').filter({ has: page.getByRole('heading', { name: "Rapport d'import" }) });
      await report.getByText('3 ligne(s) lue(s) : 1 probationnaire(s) créé(s), 0 mis à jour, 1 ligne(s) ignorée(s), 1 rejetée(s).').waitFor();
      await report.getByText('Ligne 3 : Date de naissance invalide : « 31/02/1985 ».').waitFor();
      await report.getByText(/^Ligne 4 : Mesure non importée : EMPRISONNEMENT/).waitFor();
      await expectAccessible(page);

      const token = await apiToken(page, baseUrl, centralAdmin);
      const found = await (await page.request.get(`${baseUrl}/api/v1/convicts?q=${encodeURIComponent(name)}`, {
        headers: { Authorization: `Bearer ${token}` },
      })).json();
      equal(found.items.map((c) => `${c.first_name} ${c.last_name}`).join(), `Anaïs ${name}`, 'the one person created, accents read from ISO-8859-1');
    },
  },
  {
    name: 'the central admin previews and merges two records of one person',
    run: async ({ page, baseUrl }) => {
      const name = lastName();
      await signInAs(page, baseUrl, centralAdmin);
      const headers = { Authorization: `Bearer ${await apiToken(page, baseUrl, centralAdmin)}` };
      const create = async (firstName) => {
        const answer = await page.request.post(`${baseUrl}/api/v1/convicts`, {
          headers,
          data: { first_name: firstName, last_name: name, date_of_birth: '1988-03-12', no_phone: true, force: true },
        });
        equal(answer.status(), 201, `${firstName} ${name} created`);
        return (await answer.json()).id;
      };
      const kept = await create('Léa');
      const duplicate = await create('Léah');

      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Fusionner des probationnaires' }).click();
      await page.getByRole('heading', { level: 1, name: 'Fusionner des probationnaires' }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Identifiant du dossier conservé').fill(`${baseUrl}/probationnaires/${kept}`);
      await page.getByLabel('Identifiant du doublon (supprimé)').fill(duplicate);
      await page.getByRole('button', { name: 'Aperçu' }).click();

      const preview = page.getByRole('region', { name: 'Aperçu' });
      await preview.getByText(`Conservé : Léa ${name}`, { exact: false }).waitFor();
      await preview.getByText('La fusion est irréversible : le doublon sera supprimé.').waitFor();
      await expectAccessible(page);
      await preview.getByRole('button', { name: 'Fusionner' }).click();
      await page.getByText(/^Fusion effectuée : 0 convocation\(s\) et \d+ élément\(s\) d'historique repris par /).waitFor();
      equal(await preview.count(), 0, 'the preview is gone once merged');

      equal((await page.request.get(`${baseUrl}/api/v1/convicts/${duplicate}`, { headers })).status(), 404, 'the duplicate is deleted');
      equal((await page.request.get(`${baseUrl}/api/v1/convicts/${kept}`, { headers })).status(), 200, 'the kept record stays');
    },
  },
];
