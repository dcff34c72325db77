// A CPIP finds a probationer with the live search, opens the profile, archives and unarchives
// the record — with the keyboard only; a duplicate is caught at creation; the menus work at
// 768 px wide.
import { equal, expectAccessible } from '../support/assert.mjs';
import { apiToken, signInAs, tabTo } from '../support/session.mjs';

const cpip = 'cpip@spip-75.demo.msj.test';

async function someProbationer(page, baseUrl) {
  const token = await apiToken(page, baseUrl, cpip);
  const answer = await page.request.get(`${baseUrl}/api/v1/convicts?per_page=50`, { headers: { Authorization: `Bearer ${token}` } });
  const items = (await answer.json()).items.filter((item) => !item.details.archived);
  return items[items.length - 1];
}

export const tests = [
  {
    name: 'with the keyboard only, a CPIP searches, opens a profile, archives and unarchives it',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, cpip);
      const person = await someProbationer(page, baseUrl);
      await tabTo(page, () => document.activeElement?.id === 'recherche-probationnaire', 'the search field');
      await page.keyboard.type(person.last_name);
      const link = page.locator(`#resultats-probationnaires a[href="/probationnaires/${person.id}"]`);
      await link.waitFor();
      equal(new URL(page.url()).searchParams.get('q'), person.last_name, 'the search is in the address');
      await expectAccessible(page);
      await tabTo(page, (id) => document.activeElement?.getAttribute('href') === `/probationnaires/${id}`, 'the result', person.id);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: new RegExp(person.last_name, 'i') }).waitFor();
      await page.getByRole('heading', { name: 'Historique' }).waitFor();
      await expectAccessible(page);

      await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Archiver', 'Archiver');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').getByText('Ce probationnaire restera accessible pendant 6 mois').waitFor();
      await expectAccessible(page);
      await tabTo(page, () => document.activeElement?.closest('dialog') && document.activeElement.textContent.trim() === 'Archiver', 'Archiver in the dialog');
      await page.keyboard.press('Enter');
      await page.getByText('Ce probationnaire est archivé.').waitFor();
      await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Désarchiver', 'Désarchiver');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Archiver', exact: true }).waitFor();
      await page.getByText('Ce probationnaire est archivé.').waitFor({ state: 'detached' });

      await page.goBack();
      await page.locator(`#resultats-probationnaires a[href="/probationnaires/${person.id}"]`).waitFor();
    },
  },
  {
    name: 'creating someone who exists shows the duplicate card with its transfer offer',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, cpip);
      const person = await someProbationer(page, baseUrl);
      await page.goto(`${baseUrl}/probationnaires/nouveau`);
      await page.locator('#nom').fill(person.last_name);
      await page.locator('#prenom').fill(person.first_name);
      await page.locator('#date-naissance').fill(person.date_of_birth);
      await page.getByText('Ne possède pas de téléphone portable').click();
      await page.getByRole('button', { name: 'Enregistrer sans convoquer' }).click();
      await page.getByRole('heading', { name: 'Attention : ce probationnaire existe déjà' }).waitFor();
      await page.getByRole('link', { name: 'Voir le dossier existant' }).waitFor();
      await page.getByRole('button', { name: 'Demander un dessaisissement' }).waitFor();
      await expectAccessible(page);

      await page.locator('#nom').fill('');
      await page.getByRole('button', { name: 'Enregistrer sans convoquer' }).click();
      await page.locator('#nom-messages .fr-message--error').waitFor();
    },
  },
  {
    name: 'at 768 px the menu opens as a dialog and leads to the appointment list',
    viewport: { width: 768, height: 1024 },
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, cpip);
      await page.getByRole('button', { name: 'Menu' }).click();
      const menu = page.locator('#menu-agent');
      await menu.getByRole('link', { name: 'Convocations' }).click();
      await page.getByRole('heading', { level: 1, name: 'Convocations' }).waitFor();
      await page.getByLabel('Lieu de la convocation').waitFor();
      await expectAccessible(page);
      await page.goto(`${baseUrl}/probationnaires`);
      await page.getByRole('heading', { level: 1, name: 'Probationnaires' }).waitFor();
      await expectAccessible(page);
    },
  },
];
