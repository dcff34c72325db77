// A BEX clerk books a sortie d'audience into a free slot (legal delay shown), prints the avis
// de convocation, then finds the appointment in the « Sortie d'audience JAP » month view.
import { expectAccessible } from '../support/assert.mjs';
import { apiToken, signInAs } from '../support/session.mjs';

const bex = 'bex@tj-paris.demo.msj.test';

// A probationer the clerk may book a Sortie d'audience SAP for.
async function bookable(page, baseUrl, token) {
  const headers = { Authorization: `Bearer ${token}` };
  const list = await (await page.request.get(`${baseUrl}/api/v1/convicts?per_page=30`, { headers })).json();
  for (const convict of list.items) {
    const options = await page.request.get(`${baseUrl}/api/v1/appointments/options?convict_id=${convict.id}`, { headers });
    if (!options.ok()) continue;
    const sap = (await options.json()).types.find((t) => t.key === 'sortie_audience_sap');
    if (sap && sap.places.length > 0) return convict;
  }
  throw new Error('no probationer the BEX clerk can book a sortie d\'audience for');
}

export const tests = [
  {
    name: 'a BEX clerk books a sortie d\'audience slot, prints the convocation and sees it in the JAP month view',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, bex);
      const token = await apiToken(page, baseUrl, bex);
      const convict = await bookable(page, baseUrl, token);

      await page.goto(`${baseUrl}/convocations/nouvelle?probationnaire=${convict.id}`);
      await page.getByRole('heading', { level: 1, name: /^Nouvelle convocation pour / }).waitFor();
      await page.getByLabel("Sortie d'audience SAP", { exact: true }).check({ force: true });
      await page.getByLabel('Numéro de parquet').fill('26123000042');
      const place = page.locator('input[name="lieu"]').first();
      if (!(await place.isChecked())) await place.check({ force: true });
      await page.getByText(/^Délai légal : du /).waitFor();
      await page.locator('input[name="creneau"]').first().check({ force: true });
      const sms = page.getByLabel('Prévenir immédiatement par SMS et envoyer un rappel avant la convocation.');
      if (await sms.count() > 0) await sms.check({ force: true });
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Convoquer' }).click();
      await page.getByText('La convocation a bien été créée.').waitFor();
      await page.getByText('26123000042').waitFor();
      await expectAccessible(page);

      const [avis] = await Promise.all([
        page.waitForEvent('popup'),
        page.getByRole('button', { name: "Imprimer l'avis de convocation" }).click(),
      ]);
      await avis.getByText(convict.last_name.toUpperCase(), { exact: false }).first().waitFor();
      await avis.close();

      const id = new URL(page.url()).pathname.split('/').pop();
      const booked = await (await page.request.get(`${baseUrl}/api/v1/appointments/${id}`, { headers: { Authorization: `Bearer ${token}` } })).json();
      await page.getByRole('link', { name: "Sortie d'audience JAP" }).click();
      await page.getByRole('heading', { level: 1, name: "Sortie d'audience JAP" }).waitFor();
      await page.locator('#mois').selectOption(booked.local_date.slice(0, 7));
      await page.locator('#lieu').selectOption(booked.place.id);
      const row = page.getByRole('row').filter({ hasText: '26123000042' });
      await row.getByRole('link', { name: new RegExp(convict.last_name, 'i') }).waitFor();
      await expectAccessible(page);
    },
  },
];
