// A CPIP creates a probationer and books a convocation with SMS (counting the interactions),
// prints the avis de convocation, reschedules it (a Sunday first: refused, said under the
// date), then marks a past appointment « Manqué ». Every screen
// passes the accessibility rules.
import { equal, expectAccessible } from '../support/assert.mjs';
import { apiToken, randomLetters, signInAs, weekdayAhead } from '../support/session.mjs';

const cpip = 'cpip@spip-75.demo.msj.test';

export const tests = [
  {
    name: 'a CPIP creates a probationer and books a convocation with SMS in at most 12 interactions',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, cpip);
      await expectAccessible(page);
      let interactions = 0;
      const act = async (step) => { interactions += 1; await step(); };

      await act(() => page.getByRole('link', { name: 'Nouveau probationnaire' }).first().click());
      await page.getByRole('heading', { level: 1, name: 'Nouveau probationnaire' }).waitFor();
      await expectAccessible(page);
      const lastName = `Essai${randomLetters(6)}`;
      await act(() => page.locator('#nom').fill(lastName));
      await act(() => page.locator('#prenom').fill('Camille'));
      await act(() => page.locator('#date-naissance').fill('1990-05-17'));
      await act(() => page.locator('#telephone').fill(`07 8${Math.floor(1e6 + Math.random() * 8.9e6)}`));
      await act(() => page.getByRole('button', { name: 'Enregistrer et convoquer' }).click());

      await page.getByRole('heading', { level: 1, name: /^Nouvelle convocation pour Camille / }).waitFor();
      await act(() => page.getByLabel('Convocation de suivi SPIP', { exact: true }).check({ force: true }));
      const place = page.locator('input[name="lieu"]').first();
      if (!(await place.isChecked())) await act(() => place.check({ force: true }));
      const agenda = page.locator('#agenda');
      if (await agenda.count() > 0) await act(() => agenda.selectOption({ index: 1 }));
      await act(() => page.locator('#date-convocation').fill(weekdayAhead(10)));
      await act(() => page.locator('#heure-convocation').fill('10:30'));
      await act(() => page.getByLabel('Prévenir immédiatement par SMS et envoyer un rappel avant la convocation.').check({ force: true }));
      await expectAccessible(page);
      await act(() => page.getByRole('button', { name: 'Convoquer' }).click());

      await page.waitForURL((url) => /^\/convocations\/[0-9a-f-]{36}$/.test(url.pathname));
      await page.getByRole('heading', { level: 1, name: /^Convocation du / }).waitFor();
      await page.getByText('La convocation a bien été créée.').waitFor();
      await page.getByRole('cell', { name: 'Convocation', exact: true }).waitFor();
      await expectAccessible(page);
      if (interactions > 12) throw new Error(`${interactions} interactions to create and book (at most 12)`);
      console.log(`        create a probationer and book a convocation: ${interactions} interactions`);

      const [avis] = await Promise.all([
        page.waitForEvent('popup'),
        page.getByRole('button', { name: "Imprimer l'avis de convocation" }).click(),
      ]);
      await avis.getByText(lastName.toUpperCase(), { exact: false }).first().waitFor();
      await avis.close();

      const first = new URL(page.url()).pathname;
      await page.getByRole('link', { name: 'Replanifier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Replanifier la convocation' }).waitFor();
      const sunday = new Date(`${weekdayAhead(12)}T12:00:00`);
      sunday.setDate(sunday.getDate() + 7 - sunday.getDay());
      await page.locator('#date-convocation').fill(sunday.toISOString().slice(0, 10));
      await page.locator('#heure-convocation').fill('14:00');
      await page.getByLabel('Prévenir immédiatement par SMS et envoyer un rappel avant la convocation.').check({ force: true });
      await page.getByRole('button', { name: 'Replanifier' }).click();
      await page.locator('#etape-horaire-messages').getByText(/^Le dimanche .* n'est pas un jour ouvré \(week-end ou jour férié\)\.$/).waitFor();
      equal(await page.locator('#date-convocation').getAttribute('aria-invalid'), 'true', 'the date is marked invalid');
      await page.getByRole('alert').getByText(/^Un ou plusieurs champs sont invalides\. Le dimanche .* n'est pas un jour ouvré/).waitFor();
      await expectAccessible(page);
      await page.locator('#date-convocation').fill(weekdayAhead(12));
      await page.getByRole('button', { name: 'Replanifier' }).click();
      await page.getByText('La convocation a bien été replanifiée.').waitFor();
      if (new URL(page.url()).pathname === first) throw new Error('the reschedule should open the new appointment');
      await page.getByText('14h00').first().waitFor();
      await page.goto(`${baseUrl}${first}`);
      await page.locator('.fr-badge', { hasText: 'Annulé' }).first().waitFor();
    },
  },
  {
    name: 'a CPIP marks a past appointment « Manqué » and answers the SMS question',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, cpip);
      const token = await apiToken(page, baseUrl, cpip);
      const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
      const found = await page.request.get(`${baseUrl}/api/v1/appointments?state=booked&to=${yesterday}&sort=-starts_at&per_page=50`,
        { headers: { Authorization: `Bearer ${token}` } });
      const target = (await found.json()).items.find((item) => item.actions.attendance && item.convict.can_receive_sms);
      if (!target) throw new Error('the demo data has no past booked appointment with SMS');
      await page.goto(`${baseUrl}/convocations?date=${target.local_date}`);
      await page.getByRole('heading', { level: 1, name: 'Convocations' }).waitFor();
      const row = page.getByRole('row').filter({ has: page.locator(`a[href="/convocations/${target.id}"]`) });
      await row.getByRole('button', { name: 'Manqué' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText("Voulez-vous envoyer un SMS au probationnaire").waitFor();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Oui, envoyer le SMS' }).click();
      await row.locator('.fr-badge', { hasText: 'Manqué' }).waitFor();
      equal(await row.getByRole('button', { name: 'Honoré' }).count(), 0, 'shortcuts gone once recorded');

      await page.goto(`${baseUrl}/convocations/${target.id}`);
      await page.getByText('Manqué', { exact: true }).first().waitFor();
      await expectAccessible(page);
    },
  },
];
