// A local admin creates a place (it comes with « Agenda <nom> »), adds and renames an agenda, creates recurring slots with the
// batch creator, changes and deletes some, then archives the place; axe on every screen.
import { equal, expectAccessible } from '../support/assert.mjs';
import { randomLetters, signInAs } from '../support/session.mjs';

const localAdmin = 'local-admin@spip-75.demo.msj.test';

// Shows the page of the place list holding `name`, moving with « Page suivante ».
async function showPlace(page, name) {
  const row = page.getByRole('row').filter({ hasText: name });
  await page.getByRole('table').waitFor();
  while (!(await row.isVisible())) {
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.waitForURL(/page=\d+/);
  }
  return row;
}

export const tests = [
  {
    name: 'a local admin creates a place, its agenda and recurring slots, then archives it',
    run: async ({ page, baseUrl }) => {
      const name = `Lieu essai ${randomLetters(6)}`;
      await signInAs(page, baseUrl, localAdmin);
      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: 'Lieux', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Lieux' }).waitFor();
      await page.getByRole('table').waitFor();
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Nouveau lieu' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouveau lieu' }).waitFor();
      await page.locator('label[for="type-sortie_audience_spip"]').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.locator('#nom-lieu-messages .fr-message--error').waitFor();
      await page.locator('#nom-lieu').fill(name);
      await page.locator('#adresse-lieu').fill('3 rue des Essais, 75011 Paris');
      await page.locator('#telephone-lieu').fill('01 44 32 00 00');
      await page.locator('#lien-lieu').fill('https://www.justice.fr/essai');
      await page.locator('label[for="type-sortie_audience_spip"]').click();
      await page.locator('label[for="type-suivi_spip"]').click();
      await page.getByRole('button', { name: 'Enregistrer' }).click();

      await page.getByRole('heading', { level: 1, name: 'Modifier le lieu' }).waitFor();
      await page.getByText('Le lieu a bien été créé.').waitFor();
      equal(await page.locator('#nom-lieu').inputValue(), name, 'the new place in the form');
      equal(await page.locator('#type-sortie_audience_spip').isChecked(), true, 'the offered type');
      await page.getByRole('button', { name: `Enregistrer le nom de l'agenda Agenda ${name}` }).waitFor();
      await expectAccessible(page);

      await page.locator('#nouvel-agenda').fill('Agenda essai');
      await page.getByRole('button', { name: 'Ajouter agenda' }).click();
      await page.getByText("L'agenda a bien été ajouté.").waitFor();
      const agenda = page.getByLabel("Nom de l'agenda", { exact: true }).nth(1);
      equal(await agenda.inputValue(), 'Agenda essai', 'the new agenda');
      await agenda.fill('Agenda des sorties');
      await page.getByRole('button', { name: "Enregistrer le nom de l'agenda Agenda essai" }).click();
      await page.getByText("Le nom de l'agenda a bien été enregistré.").waitFor();
      await page.getByRole('button', { name: "Enregistrer le nom de l'agenda Agenda des sorties" }).waitFor();
      await expectAccessible(page);

      await page.getByRole('link', { name: "Créneaux récurrents de l'agenda Agenda des sorties" }).click();
      await page.getByRole('heading', { level: 1, name: 'Créneaux récurrents' }).waitFor();
      await page.getByText('Les modifications sur cette page seront répercutées pour les convocations dans un délai de 24h.').waitFor();
      await page.getByText('Agenda « Agenda des sorties »', { exact: false }).waitFor();
      await page.getByRole('heading', { level: 2, name: "Sortie d'audience SPIP" }).waitFor();
      await page.getByText('Aucun créneau récurrent ce jour-là.').first().waitFor();
      await expectAccessible(page);

      const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: "Sortie d'audience SPIP" }) });
      await section.locator('label[for="jour-sortie_audience_spip-1"]').click();
      await section.locator('label[for="jour-sortie_audience_spip-3"]').click();
      await section.getByLabel('Premier créneau').fill('14:00');
      await section.getByLabel('Dernier créneau').fill('15:00');
      await section.getByLabel('Intervalle (min)', { exact: true }).fill('30');
      await section.getByLabel('Capacité', { exact: true }).fill('2');
      await section.getByLabel('Durée (min)', { exact: true }).fill('30');
      await section.getByRole('button', { name: 'Tout créer' }).click();
      await section.getByText('6 créneaux récurrents ont été créés.').waitFor();
      const monday = section.getByRole('region', { name: 'Créneaux récurrents du lundi' });
      await monday.getByRole('row').nth(3).waitFor();
      equal(await monday.getByRole('row').count(), 4, 'three recurring slots on Monday (and the header)');
      equal(await monday.getByLabel('Heure du créneau du lundi à 14:30').inputValue(), '14:30', 'the 14:30 slot');
      await expectAccessible(page);

      await section.getByRole('button', { name: 'Tout créer' }).click();
      await section.getByText('Les doublons n\'ont pas été créés.', { exact: false }).waitFor();

      await monday.getByLabel('Capacité du créneau du lundi à 15:00').fill('4');
      await monday.getByRole('button', { name: 'Enregistrer du créneau du lundi à 15:00' }).click();
      await monday.getByText('Enregistré.').waitFor();
      await monday.getByRole('button', { name: 'Supprimer du créneau du lundi à 14:00' }).click();
      await monday.getByLabel('Heure du créneau du lundi à 14:00').waitFor({ state: 'detached' });
      equal(await monday.getByLabel('Capacité du créneau du lundi à 15:00').inputValue(), '4', 'the saved capacity');

      await section.getByLabel('Heure du nouveau créneau du mardi').fill('09:00');
      await section.getByRole('button', { name: 'Ajouter du nouveau créneau du mardi' }).click();
      const tuesday = section.getByRole('region', { name: 'Créneaux récurrents du mardi' });
      equal(await tuesday.getByLabel('Heure du créneau du mardi à 09:00').inputValue(), '09:00', 'the slot added under Tuesday');

      await page.getByRole('button', { name: 'Tout supprimer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Supprimer tous les créneaux récurrents' });
      await dialog.getByText('sauf ceux qui portent une convocation', { exact: false }).waitFor();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Tout supprimer' }).click();
      await dialog.waitFor({ state: 'detached' });
      await section.getByRole('region', { name: 'Créneaux récurrents du lundi' }).waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'Retour au lieu' }).click();
      await page.getByRole('heading', { level: 1, name: 'Modifier le lieu' }).waitFor();
      await page.goto(`${baseUrl}/administration/lieux`);
      const row = await showPlace(page, name);
      await row.getByRole('button', { name: `Archiver le lieu ${name}` }).click();
      const archive = page.getByRole('dialog', { name: `Archiver le lieu « ${name} »` });
      await archive.waitFor();
      await expectAccessible(page);
      await archive.getByRole('button', { name: 'Archiver', exact: true }).click();
      await page.getByText(`Le lieu « ${name} » a bien été archivé.`).waitFor();
      await page.getByRole('row').filter({ hasText: name }).waitFor({ state: 'detached' });
      await expectAccessible(page);
    },
  },
];
