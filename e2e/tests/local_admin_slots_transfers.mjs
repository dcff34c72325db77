// A local admin creates slots in bulk (several dates, a single time and a range), finds them in
// the slots list and closes a selection; a court's local admin answers the transfer request
// addressed to the court (the demo's SPIP 92 → SPIP 75 request, which the TJ decides).
import { equal, expectAccessible } from '../support/assert.mjs';
import { signInAs, weekdayAhead } from '../support/session.mjs';

const localAdmin = 'local-admin@spip-75.demo.msj.test';
const courtAdmin = 'local-admin@tj-paris.demo.msj.test';

export const tests = [
  {
    name: 'a local admin creates slots in bulk and closes a selection',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, localAdmin);
      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Créneaux', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Créneaux' }).waitFor();
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Nouveaux créneaux' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouveaux créneaux' }).waitFor();
      await page.locator('#agenda').selectOption({ index: 1 });
      const type = page.locator('#type');
      if ((await type.inputValue()) === '') await type.selectOption({ index: 1 });
      const first = weekdayAhead(40);
      const second = weekdayAhead(50);
      for (const day of [first, second]) {
        await page.locator('#date-a-ajouter').fill(day);
        await page.getByRole('button', { name: 'Ajouter la date' }).click();
      }
      equal(await page.locator('#dates .fr-tag').count(), 2, 'two dates chosen');
      await page.locator('#heure-0').fill('08:05');
      await page.getByRole('button', { name: 'Ajouter une plage de créneaux' }).click();
      await page.getByLabel('Premier créneau').fill('16:00');
      await page.getByLabel('Dernier créneau').fill('16:30');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Créer les créneaux' }).click();
      await page.getByText('8 créneau(x) créé(s).').waitFor();

      await page.goto(`${baseUrl}/administration/creneaux?date=${first}`);
      const rows = page.getByRole('row').filter({ hasText: '08h05' });
      await rows.first().waitFor();
      await rows.first().getByRole('checkbox').check({ force: true });
      await page.getByRole('button', { name: /^Fermer la sélection \(1\)/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Fermer ce créneau ?').waitFor();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Confirmer la fermeture' }).click();
      await page.getByText('Le créneau a bien été fermé.').waitFor();
    },
  },
  {
    name: 'a court\'s local admin answers the transfer request addressed to the court',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, courtAdmin);
      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Demandes de dessaisissement' }).click();
      await page.getByRole('heading', { level: 1, name: 'Demandes de dessaisissement' }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: /^Répondre à la demande pour / }).first().click();
      await page.getByRole('dialog').getByLabel('Votre commentaire').fill('Suivi poursuivi par le SPIP 92.');
      await expectAccessible(page);
      await page.getByRole('dialog').getByRole('button', { name: 'Accepter' }).click();
      await page.getByText('Le dessaisissement a bien été accepté.').waitFor();
      await page.getByRole('button', { name: 'Terminées' }).click();
      await page.getByText('Suivi poursuivi par le SPIP 92.').waitFor();
      equal(new URL(page.url()).searchParams.get('etat'), 'terminees', 'the list chosen is kept in the address');
    },
  },
];
