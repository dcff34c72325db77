// An agent signs in, accepts the security charter, reaches the home page and signs out; a wrong
// password shows the API's message. Every page passes the accessibility rules.
import { equal, expectAccessible } from '../support/assert.mjs';

const email = 'dpip@spip-92.demo.msj.test';
const password = process.env.MSJ_DEMO_PASSWORD ?? 'Demo-MSJ-2026!';

async function signIn(page, baseUrl, secret) {
  await page.goto(`${baseUrl}/connexion`);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  equal(await heading.textContent(), 'Espace agents', 'sign-in heading');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(secret);
}

function pathIs(path) {
  return (url) => url.pathname === path;
}

export const tests = [
  {
    name: 'an agent signs in, accepts the charter, sees the home page and signs out',
    run: async ({ page, baseUrl }) => {
      await signIn(page, baseUrl, password);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Se connecter' }).click();

      await page.waitForURL(pathIs('/charte'));
      equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Charte de sécurité', 'charter heading');
      const accept = page.getByRole('button', { name: "J'accepte la charte de sécurité" });
      await accept.waitFor();
      equal(await page.title(), 'Charte de sécurité - Mon Suivi Justice', 'charter page title');
      await expectAccessible(page);
      await accept.click();

      await page.waitForURL(pathIs('/'));
      await page.getByRole('heading', { level: 1, name: /^Bonjour, \S/ }).waitFor();
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL(pathIs('/connexion'));
      equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Espace agents', 'heading after sign-out');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Espace agents' }).waitFor();
      equal(new URL(page.url()).pathname, '/connexion', 'no session after sign-out and reload');
    },
  },
  {
    name: 'a wrong password shows the message of the API in an alert',
    run: async ({ page, baseUrl }) => {
      const wrong = 'Pas-le-bon-mot-de-passe-42!';
      const answer = await page.request.post(`${baseUrl}/api/v1/auth/login`, { data: { email, password: wrong } });
      equal(answer.status(), 401, 'status of a wrong password');
      const { detail } = await answer.json();

      await signIn(page, baseUrl, wrong);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const shown = await alert.textContent();
      if (!shown.includes(detail)) throw new Error(`alert: expected ${JSON.stringify(detail)}, got ${JSON.stringify(shown)}`);
      equal(await alert.evaluate((el) => el === document.activeElement), true, 'focus on the error alert');
      equal(new URL(page.url()).pathname, '/connexion', 'still on the sign-in page');
      await expectAccessible(page);
    },
  },
];
