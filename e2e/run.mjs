// Runs every e2e/tests/*.mjs file. Each exports `tests`: [{ name, run: async ({ page, baseUrl }) => {} }].
// Every test gets a fresh browser context; a failure leaves a screenshot in e2e/results/.
// Ends with "N passed, N failed" and exits non-zero on any failure.
import { readdir, mkdir } from 'node:fs/promises';
import { launchBrowser } from './support/browser.mjs';

const baseUrl = process.env.MSJ_BASE_URL ?? 'http://127.0.0.1:8080';
const only = process.argv[2];
const files = (await readdir(new URL('./tests', import.meta.url))).filter((f) => f.endsWith('.mjs')).sort();
await mkdir(new URL('./results', import.meta.url), { recursive: true });

const browser = await launchBrowser();
let passed = 0;
let failed = 0;
for (const file of files) {
  const { tests } = await import(`./tests/${file}`);
  for (const test of tests) {
    const title = `${file.replace(/\.mjs$/, '')} › ${test.name}`;
    if (only && !title.includes(only)) continue;
    const context = await browser.newContext({ locale: 'fr-FR', viewport: test.viewport ?? { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    const consoleErrors = [];
    page.on('pageerror', (error) => errors.push(error));
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    try {
      await test.run({ page, baseUrl });
      if (errors.length > 0) throw new Error(`page error: ${errors[0].message}`);
      passed += 1;
      console.log(`  ok    ${title}`);
    } catch (error) {
      failed += 1;
      const shot = `results/${title.replace(/[^\w-]+/g, '_')}.png`;
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      console.log(`  FAIL  ${title}\n        ${error.stack ?? error}\n        screenshot: e2e/${shot}`);
      for (const text of consoleErrors) console.log(`        console: ${text.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
}
await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
