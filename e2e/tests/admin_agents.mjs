// Administration: a local admin searches their agents, invites one (the role list, the field
// errors, the « mutation » offer for an agent of another service) and edits them; the central
// admin filters agents by service, changes a court's SMS quiet hours, adds and deletes an extra
// column, and reads the audit log filtered by action.
import { equal, expectAccessible } from '../support/assert.mjs';
import { randomLetters, signInAs } from '../support/session.mjs';

const localAdmin = 'local-admin@spip-75.demo.msj.test';
const centralAdmin = 'admin@demo.msj.test';

export const tests = [
  {
    name: 'a local admin invites an agent and edits them',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, localAdmin);
      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Agents', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Agents' }).waitFor();
      await page.getByRole('cell', { name: 'cpip@spip-75.demo.msj.test', exact: true }).waitFor();
      equal(await page.locator('#filtre-service').count(), 0, 'no service filter for a local admin');
      await expectAccessible(page);

      await page.getByLabel('Nom, prénom ou adresse électronique').fill('cpip');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.waitForURL(/q=cpip/);
      await page.getByRole('cell', { name: 'dpip@spip-75.demo.msj.test', exact: true }).waitFor({ state: 'detached' });
      await page.getByRole('cell', { name: 'cpip@spip-75.demo.msj.test', exact: true }).waitFor();

      await page.getByRole('link', { name: 'Inviter un agent' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inviter un agent' }).waitFor();
      const roles = await page.locator('#role option').allTextContents();
      if (!roles.includes('Administrateur local') || roles.includes('Administrateur central') || roles.includes('JAP')) {
        throw new Error(`roles offered to a SPIP local admin: ${roles.join(', ')}`);
      }
      await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
      await page.locator('#role-messages .fr-message--error').waitFor();
      await expectAccessible(page);

      await page.getByLabel('Prénom').fill('Camille');
      await page.getByLabel('Nom', { exact: true }).fill('Moreau');
      await page.getByLabel('Rôle').selectOption({ label: 'CPIP' });
      await page.getByLabel('Adresse électronique').fill('cpip@spip-92.demo.msj.test');
      await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
      await page.getByRole('heading', { name: 'Cet agent existe déjà' }).waitFor();
      await page.getByRole('button', { name: "Muter l'agent dans mon service" }).click();
      await page.getByRole('dialog').getByText('Cela le supprimera de son service actuel.').waitFor();
      await expectAccessible(page);
      await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();

      const email = `camille.${randomLetters(8)}@justice.fr`;
      await page.getByLabel('Adresse électronique').fill(email);
      await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
      await page.getByRole('heading', { level: 1, name: 'Camille MOREAU' }).waitFor();
      await page.getByText(`L'invitation a bien été envoyée à ${email}.`).waitFor();
      await page.getByText('Invitation en attente').waitFor();
      await expectAccessible(page);

      await page.getByLabel('Prénom').fill('Camille-Anne');
      await page.getByLabel('Rôle').selectOption({ label: 'Surveillant' });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText("L'agent a bien été mis à jour.").waitFor();
      await page.getByRole('heading', { level: 1, name: 'Camille-Anne MOREAU' }).waitFor();
      await page.locator('dd', { hasText: 'Surveillant' }).waitFor();

      await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
      await page.getByRole('dialog').getByText('sera supprimé définitivement').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agents' }).waitFor();
      await page.getByText("L'agent a bien été supprimé.").waitFor();
    },
  },
  {
    name: 'the central admin edits a service, adds an extra column and reads the audit log',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, centralAdmin);
      await page.goto(`${baseUrl}/administration/agents`);
      await page.getByLabel('Service').selectOption({ label: 'TJ Strasbourg' });
      await page.waitForURL(/service=/);
      await page.waitForFunction(() => {
        const emails = [...document.querySelectorAll('tbody tr td:nth-child(2)')].map((cell) => cell.textContent);
        return emails.length > 0 && emails.every((email) => email.endsWith('@tj-strasbourg.demo.msj.test'));
      });
      await expectAccessible(page);

      await page.goto(`${baseUrl}/administration/services`);
      await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
      await page.getByRole('button', { name: 'Créer un service' }).waitFor();
      await expectAccessible(page);
      await page.getByRole('link', { name: 'TJ Strasbourg', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'TJ Strasbourg' }).waitFor();
      await page.getByLabel('Début').fill('21:30');
      await page.getByLabel('Fin', { exact: true }).fill('07:45');
      await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
      await page.getByText('Le service a bien été mis à jour.').waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'TJ Strasbourg' }).waitFor();
      equal(await page.getByLabel('Début').inputValue(), '21:30', 'quiet hours start after a reload');
      equal(await page.getByLabel('Fin', { exact: true }).inputValue(), '07:45', 'quiet hours end after a reload');

      const column = `Cabinet ${randomLetters(6)}`;
      await page.getByLabel('Nom de la colonne').fill(column);
      await page.getByLabel("Directement dans le tableau de sortie d'audience").check({ force: true });
      await page.getByLabel("Sortie d'audience SAP", { exact: true }).check({ force: true });
      await page.getByRole('button', { name: 'Ajouter la colonne' }).click();
      await page.getByRole('cell', { name: column, exact: true }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: `Supprimer la colonne « ${column} »` }).click();
      await page.getByRole('dialog').getByText('toutes ses valeurs seront supprimées').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Supprimer la colonne' }).click();
      await page.getByRole('cell', { name: column, exact: true }).waitFor({ state: 'detached' });

      await page.goto(`${baseUrl}/probationnaires`);
      await page.getByRole('heading', { level: 1, name: 'Probationnaires' }).waitFor();
      await page.goto(`${baseUrl}/administration/journal`);
      await page.getByRole('heading', { level: 1, name: "Journal d'audit" }).waitFor();
      await page.getByLabel('Action').selectOption({ label: 'Recherche de probationnaires' });
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await page.waitForURL(/action=convict\.list/);
      await page.waitForFunction(() => {
        const actions = [...document.querySelectorAll('tbody tr td:nth-child(3)')].map((cell) => cell.textContent);
        return actions.length > 0 && actions.every((action) => action === 'Recherche de probationnaires');
      });
      await page.locator('tbody a[href^="/administration/agents/"]').first().waitFor();
      await expectAccessible(page);
    },
  },
];
