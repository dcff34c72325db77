// Statistics: the central admin opens « Statistiques », chooses the national figures, reads
// the number of convocations in a data table (the same as the API's), downloads the monthly
// table as CSV (UTF-8 with BOM, `;`, French headers); axe on the page.
import { readFile } from 'node:fs/promises';
import { equal, expectAccessible } from '../support/assert.mjs';
import { apiToken, signInAs } from '../support/session.mjs';

const centralAdmin = 'admin@demo.msj.test';

export const tests = [
  {
    name: 'the central admin reads the national statistics and downloads a CSV',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, centralAdmin);
      await page.getByRole('link', { name: 'Statistiques', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Statistiques' }).waitFor();
      await page.getByRole('table', { name: /^Chiffres clés/ }).waitFor();
      await expectAccessible(page);

      await page.getByLabel('Service', { exact: true }).selectOption('national');
      await page.getByRole('button', { name: 'Afficher' }).click();
      await page.getByRole('heading', { level: 2, name: /^National : / }).waitFor();
      const token = await apiToken(page, baseUrl, centralAdmin);
      const answer = await page.request.get(`${baseUrl}/api/v1/stats?national=true`, { headers: { authorization: `Bearer ${token}` } });
      const stats = await answer.json();
      const key = page.getByRole('table', { name: /^Chiffres clés/ });
      const total = key.getByRole('row', { name: /^Total/ });
      equal(await total.getByRole('cell').first().textContent(), String(stats.total.convocations), 'convocations in the key figures');
      const months = page.getByRole('table', { name: /^Statistiques par mois/ });
      equal(await months.getByRole('columnheader').first().textContent(), 'Mois', 'first column');
      equal(await months.getByRole('row').count(), stats.months.length + 1, 'one row per month');
      await page.getByRole('figure').first().waitFor();
      await expectAccessible(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Télécharger (CSV) : Par mois' }).click(),
      ]);
      equal(download.suggestedFilename(), 'statistiques-mois.csv', 'file name');
      const bytes = await readFile(await download.path());
      equal(bytes.subarray(0, 3).toString('hex'), 'efbbbf', 'byte order mark');
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      equal(lines[0].split(';').slice(0, 4).join(';'), 'Mois;Convocations;Annulées;Honorées', 'header');
      equal(lines.at(-2).split(';')[0], 'Total', 'last line');
      equal(lines.at(-2).split(';')[1], String(stats.total.convocations), 'total in the file');
    },
  },
];
