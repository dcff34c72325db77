// The central admin moves a place of SPIP 75 offering a type no other journey books (domain §4.8):
// « Déménager » on the place's page, the new address and the first day there, then what moved
// and the move in the list; axe on the page before and after.
import { equal, expectAccessible } from '../support/assert.mjs';
import { apiToken, randomLetters, signInAs, weekdayAhead } from '../support/session.mjs';

const centralAdmin = 'admin@demo.msj.test';

// A new place of SPIP 75 for « rappel » convocations (it comes with its agenda), made through
// the API: its id and name.
async function newPlace(page, baseUrl) {
  const headers = { Authorization: `Bearer ${await apiToken(page, baseUrl, centralAdmin)}` };
  const services = await (await page.request.get(`${baseUrl}/api/v1/organizations`, { headers })).json();
  const service = services.find((s) => s.name === 'SPIP 75');
  const name = `Antenne ${randomLetters(6)}`;
  const answer = await page.request.post(`${baseUrl}/api/v1/places`, {
    headers,
    data: {
      organization_id: service.id, name, address: '12 rue des Essais, 75011 Paris', phone: '01 44 32 00 00',
      main_contact_method: 'phone', appointment_types: ['rappel_spip'],
    },
  });
  equal(answer.status(), 201, 'place created');
  return { id: (await answer.json()).id, name };
}

export const tests = [
  {
    name: 'the central admin moves a place and its agenda to a new address',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, centralAdmin);
      const place = await newPlace(page, baseUrl);
      const newName = `${place.name} - Nouveau site`;
      const date = weekdayAhead(14);

      await page.goto(`${baseUrl}/administration/lieux/${place.id}`);
      await page.getByRole('heading', { level: 1, name: 'Modifier le lieu' }).waitFor();
      await page.getByRole('link', { name: 'Déménager', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Déménager un lieu' }).waitFor();
      await page.getByText(`Lieu actuel : ${place.name}`).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Déménagements enregistrés' }).waitFor();
      await expectAccessible(page);

      const form = page.getByRole('form', { name: `Déménager le lieu ${place.name}` });
      await form.getByRole('button', { name: 'Déménager' }).click();
      await form.locator('#date-demenagement-messages .fr-message--error').waitFor();
      await form.getByLabel('Date du déménagement').fill(date);
      await form.locator('#nom-lieu').fill(newName);
      await form.locator('#adresse-lieu').fill('40 rue de la Chapelle, 75018 Paris');
      await form.locator('#telephone-lieu').fill('01 53 26 00 00');
      await form.getByRole('button', { name: 'Déménager' }).click();

      const [year, month, day] = date.split('-');
      await page.getByRole('status').getByText(
        `« ${place.name} » déménage vers « ${newName} » le ${day}/${month}/${year} : 1 agenda(s), 0 créneau(x) récurrent(s), 0 créneau(x) et 0 convocation(s) transférés.`,
        { exact: false },
      ).waitFor();
      equal(await form.getByRole('button', { name: 'Déménager' }).isDisabled(), true, 'one move per visit');
      const row = page.getByRole('row').filter({ hasText: newName });
      await row.waitFor();
      equal(await row.getByRole('cell').first().textContent(), place.name, 'the old place in the list of moves');
      await expectAccessible(page);
    },
  },
];
