// Administration: the central admin opens an agent's page, « Se connecter en tant que cet
// agent », sees the banner in the agent application (and in the administration one), then
// « Revenir à mon compte » and is back on the agent's page as themselves.
import { equal, expectAccessible } from '../support/assert.mjs';
import { signInAs } from '../support/session.mjs';

const centralAdmin = 'admin@demo.msj.test';
const agentEmail = 'dpip@spip-92.demo.msj.test';

export const tests = [
  {
    name: 'the central admin connects as an agent and comes back',
    run: async ({ page, baseUrl }) => {
      await signInAs(page, baseUrl, centralAdmin);
      await page.goto(`${baseUrl}/administration/agents?q=${encodeURIComponent(agentEmail)}`);
      const row = page.getByRole('row').filter({ hasText: agentEmail });
      await row.getByRole('link').click();
      await page.getByRole('button', { name: 'Se connecter en tant que cet agent' }).click();

      const banner = page.getByRole('region', { name: "Connexion en tant qu'un autre agent" });
      await banner.getByText('Vous êtes connecté(e) en tant que').waitFor();
      equal(await banner.getByText('SPIP 92').count(), 1, 'the banner names the agent\'s service');
      await expectAccessible(page);

      await page.goto(`${baseUrl}/administration/agents`);
      await banner.getByText('Vous êtes connecté(e) en tant que').waitFor();
      await page.goto(`${baseUrl}/probationnaires`);
      await banner.getByText('Vous êtes connecté(e) en tant que').waitFor();

      await banner.getByRole('button', { name: 'Revenir à mon compte' }).click();
      await page.waitForURL(/\/administration\/agents\//);
      await page.getByRole('button', { name: 'Se connecter en tant que cet agent' }).waitFor();
      equal(await banner.count(), 0, 'no banner once back');
      await expectAccessible(page);
    },
  },
];
