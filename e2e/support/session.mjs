// Signing in as a demo agent, accepting the security charter when it is asked, and moving
// with the keyboard only.
export const demoPassword = process.env.MSJ_DEMO_PASSWORD ?? 'Demo-MSJ-2026!';

export async function signInAs(page, baseUrl, email) {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^(Bonjour, |Charte de sécurité)/ });
  await heading.waitFor();
  if ((await heading.textContent()) === 'Charte de sécurité') {
    await page.getByRole('button', { name: "J'accepte la charte de sécurité" }).click();
  }
  await page.getByRole('heading', { level: 1, name: /^Bonjour, / }).waitFor();
}

// An access token for API calls made by the test itself (to find demo data).
export async function apiToken(page, baseUrl, email) {
  const answer = await page.request.post(`${baseUrl}/api/v1/auth/login`, { data: { email, password: demoPassword } });
  return (await answer.json()).access_token;
}

// Presses Tab until `matches(arg)` holds in the page (at most 80 times).
export async function tabTo(page, matches, what, arg) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches, arg)) return;
  }
  throw new Error(`keyboard: could not reach ${what}`);
}

// A working day (Tuesday to Thursday) at least `days` days ahead, as AAAA-MM-JJ.
export function weekdayAhead(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  while (![2, 3, 4].includes(date.getDay())) date.setDate(date.getDate() + 1);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function randomLetters(n) {
  return Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');
}
