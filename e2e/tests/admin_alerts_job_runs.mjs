// Administration: the central admin reads the runs of the daily jobs (« Tâches planifiées »),
// broadcasts an alert to the psychologists of SPIP 75, who see it at the top of their app and
// mark it read; the admin then deletes it after a confirmation.
import { equal, expectAccessible } from '../support/assert.mjs';
import { randomLetters, signInAs } from '../support/session.mjs';

const centralAdmin = 'admin@demo.msj.test';
const psychologist = 'psychologist@spip-75.demo.msj.test';

async function openAdministration(page, entry) {
  await page.getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('link', { name: entry, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: entry }).waitFor();
}

export const tests = [
  {
    name: 'the central admin reads the job runs and broadcasts an alert that an agent marks read',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, centralAdmin);
      await openAdministration(page, 'Tâches planifiées');
      await page.getByRole('row').filter({ hasText: 'Archivage des dossiers inactifs' }).first().waitFor();
      await page.getByRole('cell', { name: /Dossiers archivés : \d+/ }).first().waitFor();
      await expectAccessible(page);

      await openAdministration(page, 'Alertes');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.locator('#titre-alerte-messages .fr-message--error').waitFor();
      await expectAccessible(page);
      const title = `Maintenance ${randomLetters(6)}`;
      await page.locator('#titre-alerte').fill(title);
      await page.locator('#texte-alerte').fill("L'application sera indisponible samedi de 8 h à 10 h.");
      await page.locator('#type-alerte').selectOption({ label: 'Avertissement' });
      await page.locator('#service-alerte').selectOption({ label: 'SPIP 75' });
      await page.locator('#role-alerte').selectOption({ label: 'Psychologue' });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText(`L'alerte « ${title} » a bien été enregistrée.`).waitFor();
      const row = page.getByRole('row').filter({ hasText: title });
      await row.getByRole('cell', { name: 'Psychologue' }).waitFor();

      const other = await page.context().browser().newContext({ locale: 'fr-FR' });
      const agentPage = await other.newPage();
      await signInAs(agentPage, baseUrl, psychologist);
      const alert = agentPage.locator('.fr-alert--warning').filter({ hasText: title });
      await alert.getByText('indisponible samedi').waitFor();
      await expectAccessible(agentPage);
      await alert.getByRole('button', { name: 'Marquer comme lue' }).click();
      await alert.waitFor({ state: 'detached' });
      await agentPage.reload();
      await agentPage.getByRole('heading', { level: 1, name: /^Bonjour, / }).waitFor();
      equal(await agentPage.getByText(title).count(), 0, 'read once, gone for good');
      await other.close();

      await row.getByRole('button', { name: `Supprimer l'alerte ${title}` }).click();
      await page.getByRole('dialog').getByText('Les agents ne la verront plus').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
      await page.getByText(`L'alerte « ${title} » a bien été supprimée.`).waitFor();
      await row.waitFor({ state: 'detached' });
    },
  },
];
