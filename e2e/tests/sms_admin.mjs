// The central admin edits an SMS template and watches the live preview and its SMS count, then
// opens the development outbox and the failing numbers.
import { expectAccessible } from '../support/assert.mjs';
import { signInAs } from '../support/session.mjs';

const admin = 'admin@demo.msj.test';

export const tests = [
  {
    name: 'an admin edits a template, sees the preview, and reads the outbox and failing numbers',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, admin);
      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Modèles SMS' }).click();
      await page.getByRole('heading', { level: 1, name: 'Modèles SMS' }).waitFor();
      const reminder = page.getByLabel('Texte du SMS « Rappel »');
      await reminder.waitFor();
      await expectAccessible(page);
      await reminder.fill('RAPPEL : RDV le {rdv.date} à {rdv.heure} au {lieu.nom}. Pensez à vos papiers.');
      const card = page.locator('section', { has: reminder });
      await card.getByText(/^RAPPEL : RDV le \S+/).waitFor();
      await card.getByText(/caractères · 1 SMS/).waitFor();
      await card.getByRole('button', { name: /^Enregistrer/ }).click();
      await card.getByText('Le modèle a bien été enregistré.').waitFor();

      await reminder.fill('RAPPEL {rdv.inconnu}');
      await card.locator(".fr-error-text", { hasText: "rdv.inconnu" }).waitFor();
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'SMS envoyés' }).click();
      await page.getByRole('heading', { level: 1, name: 'SMS envoyés' }).waitFor();
      await page.getByRole('table').or(page.getByText('Aucun SMS.')).first().waitFor();
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Numéros en échec' }).click();
      await page.getByRole('heading', { level: 1, name: 'Numéros en échec' }).waitFor();
      await page.getByRole('table').or(page.getByText('Aucun numéro en échec.')).first().waitFor();
      await expectAccessible(page);
    },
  },
];
