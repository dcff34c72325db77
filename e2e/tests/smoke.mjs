// The SPA loads from the real server, mounts, speaks French and passes the accessibility rules.
import { equal, expectAccessible } from '../support/assert.mjs';

export const tests = [
  {
    name: 'signed out, the home page leads to the sign-in page, in French with the DSFR styles',
    run: async ({ page, baseUrl }) => {
      await page.goto(baseUrl);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      equal(await heading.textContent(), 'Espace agents', 'main heading');
      equal(new URL(page.url()).pathname, '/connexion', 'path');
      equal(await page.getAttribute('html', 'lang'), 'fr', 'page language');
      const font = await heading.evaluate((el) => getComputedStyle(el).fontFamily);
      if (!font.includes('Marianne')) throw new Error(`DSFR font not applied: ${font}`);
      await expectAccessible(page);
    },
  },
  {
    name: 'a deep link is answered by the SPA, not by a 404',
    run: async ({ page, baseUrl }) => {
      const response = await page.goto(`${baseUrl}/convocations/a-venir`);
      equal(response.status(), 200, 'status');
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
  },
  {
    name: 'the page works on a 360 px wide phone',
    viewport: { width: 360, height: 740 },
    run: async ({ page, baseUrl }) => {
      await page.goto(baseUrl);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) throw new Error(`horizontal scroll of ${overflow} px`);
    },
  },
];
