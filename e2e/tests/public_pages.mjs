// The public pages without JavaScript: the directory, « Préparer ma convocation », the service page, « Comprendre ma
// peine », « Investir ma réinsertion » (the département form works without scripts), the legal pages and the French 404,
// reached by following their links; axe on each. A local admin adds a reinsertion resource in the administration app
// and it shows on the public page of its département.
import { equal, expectAccessible } from '../support/assert.mjs';
import { randomLetters, signInAs } from '../support/session.mjs';

const localAdmin = 'local-admin@spip-92.demo.msj.test';

// A page in a fresh context where JavaScript is disabled.
async function withoutJavaScript(page) {
  const context = await page.context().browser().newContext({ locale: 'fr-FR', javaScriptEnabled: false });
  return context.newPage();
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

export const tests = [
  {
    name: 'the public pages work without JavaScript, link to each other and pass axe',
    run: async ({ page, baseUrl }) => {
      const plain = await withoutJavaScript(page);
      const visited = [];
      const at = async (name) => {
        await heading(plain, name);
        visited.push(plain.url());
      };
      await plain.goto(`${baseUrl}/services`);
      await at('Trouver mon service');
      await plain.getByRole('heading', { level: 2, name: '92 — Hauts-de-Seine' }).waitFor();
      await plain.getByRole('link', { name: 'SPIP 92 - Accueil', exact: true }).click();
      await at('Préparer ma convocation — SPIP 92 - Accueil');
      await plain.getByText('9 rue des Trois Fontanot, 92000 Nanterre').waitFor();
      await plain.getByText('Votre attestation de carte Vitale').waitFor();
      const map = await plain.getByRole('link', { name: /sur une carte/ }).getAttribute('href');
      equal(map.startsWith('https://www.openstreetmap.org/search?query=9%20rue'), true, 'map link of the address');
      await plain.getByRole('link', { name: 'Tous les lieux du service SPIP 92' }).click();
      await at('SPIP 92');
      await plain.getByRole('link', { name: 'Comprendre ma peine' }).click();
      await at('Comprendre ma peine');
      await plain.getByRole('link', { name: 'Si vous manquez une convocation' }).click();
      await plain.getByRole('link', { name: 'Investir ma réinsertion' }).first().click();
      await at('Investir ma réinsertion');
      await plain.getByLabel('Votre département').selectOption('92');
      await plain.getByRole('button', { name: 'Voir les aides' }).click();
      await at('Investir ma réinsertion — 92 Hauts-de-Seine');
      await plain.getByRole('heading', { level: 3, name: 'France Travail Nanterre' }).waitFor();
      for (const [link, title] of [
        ['Mentions légales', 'Mentions légales'],
        ['Accessibilité : partiellement conforme', "Déclaration d'accessibilité"],
        ['Données personnelles', 'Données personnelles'],
      ]) {
        await plain.getByRole('contentinfo').getByRole('link', { name: link }).click();
        await at(title);
      }
      const missing = await plain.goto(`${baseUrl}/p/lieu-inconnu`);
      equal(missing.status(), 404, 'unknown place');
      await at('Page introuvable');
      await plain.context().close();

      for (const url of visited) {
        await page.goto(url);
        await expectAccessible(page);
      }
    },
  },
  {
    name: 'a local admin adds a reinsertion resource and it shows on the public page of its département',
    run: async ({ page, baseUrl }) => {
      const title = `Foyer essai ${randomLetters(6)}`;
      await signInAs(page, baseUrl, localAdmin);
      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Ressources de réinsertion', exact: true }).click();
      await heading(page, 'Ressources de réinsertion');
      await page.getByRole('table').waitFor();
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.locator('#titre-ressource-messages .fr-message--error').waitFor();
      await page.locator('#departement-ressource').selectOption('92');
      await page.locator('#categorie-ressource').selectOption('logement');
      await page.locator('#titre-ressource').fill(title);
      await page.locator('#description-ressource').fill('Hébergement et accompagnement vers le logement.');
      await page.locator('#telephone-ressource').fill('01 47 00 00 00');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText(`La ressource « ${title} » a bien été enregistrée.`).waitFor();
      await page.getByRole('row').filter({ hasText: title }).waitFor();
      await expectAccessible(page);

      const plain = await withoutJavaScript(page);
      await plain.goto(`${baseUrl}/investir-ma-reinsertion/92`);
      await plain.getByRole('heading', { level: 3, name: title }).waitFor();
      await plain.context().close();

      await page.getByRole('button', { name: `Supprimer la ressource ${title}` }).click();
      await page.getByRole('dialog').waitFor();
      await expectAccessible(page);
      await page.getByRole('dialog').getByRole('button', { name: 'Supprimer', exact: true }).click();
      await page.getByText(`La ressource « ${title} » a bien été supprimée.`).waitFor();
      await page.getByRole('row').filter({ hasText: title }).waitFor({ state: 'detached' });
    },
  },
];
