// Administration: the central admin creates an integrator API token for SPIP 92, reads its
// secret once, calls the API with it from Node (allowed, then outside its scopes), revokes it
// after a confirmation, and the same call then fails with 401.
import { equal, expectAccessible } from '../support/assert.mjs';
import { randomLetters, signInAs } from '../support/session.mjs';

const centralAdmin = 'admin@demo.msj.test';

async function callWith(baseUrl, secret, path) {
  const answer = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${secret}` } });
  return { status: answer.status, body: await answer.json() };
}

export const tests = [
  {
    name: 'the central admin creates, uses and revokes an API token',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, centralAdmin);
      await page.getByRole('button', { name: 'Administration' }).click();
      await page.getByRole('link', { name: "Jetons d'API", exact: true }).click();
      await page.getByRole('heading', { level: 1, name: "Jetons d'API" }).waitFor();
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Nouveau jeton' }).click();
      await page.getByRole('heading', { level: 1, name: "Nouveau jeton d'API" }).waitFor();
      await page.getByRole('button', { name: 'Créer le jeton' }).click();
      await page.locator('#nom-jeton-messages .fr-message--error').waitFor();
      await expectAccessible(page);

      const name = `Logiciel ${randomLetters(6)}`;
      await page.locator('#nom-jeton').fill(name);
      await page.locator('#service').selectOption({ label: 'SPIP 92' });
      await page.locator('#role').selectOption({ label: 'CPIP' });
      await page.getByLabel('Lire les probationnaires et leur historique (convicts:read)', { exact: true }).check({ force: true });
      await page.getByRole('button', { name: 'Créer le jeton' }).click();
      await page.getByRole('heading', { name: `Le jeton « ${name} » est créé` }).waitFor();
      const secret = await page.locator('#secret-jeton').inputValue();
      if (!/^msj_[A-Za-z0-9_-]{43}$/.test(secret)) throw new Error(`secret: ${secret}`);
      await expectAccessible(page);

      const allowed = await callWith(baseUrl, secret, '/api/v1/convicts');
      equal(allowed.status, 200, 'a call within the scopes');
      const outside = await callWith(baseUrl, secret, '/api/v1/appointments');
      equal(`${outside.status} ${outside.body.code}`, '403 scope_missing', 'a call outside the scopes');

      await page.getByRole('link', { name: 'Retour à la liste des jetons' }).click();
      const row = page.getByRole('row').filter({ hasText: name });
      await row.getByText('Actif', { exact: true }).waitFor();
      equal(await page.getByText(secret).count(), 0, 'the secret is shown once');
      await row.getByRole('button', { name: `Révoquer le jeton « ${name} »` }).click();
      await page.getByRole('dialog').getByText('cessera aussitôt de fonctionner').waitFor();
      await expectAccessible(page);
      await page.getByRole('dialog').getByRole('button', { name: 'Révoquer définitivement' }).click();
      await page.getByText(`Le jeton « ${name} » est révoqué.`).waitFor();
      await row.getByText('Révoqué', { exact: true }).waitFor();

      const revoked = await callWith(baseUrl, secret, '/api/v1/convicts');
      equal(`${revoked.status} ${revoked.body.code}`, '401 api_token_revoked', 'a revoked token');
      await expectAccessible(page);
    },
  },
];
