// Time to the first convocation on screen in the probationer portal, on a cheap phone's
// network: Chromium throttled to 1.6 Mb/s down, 750 kb/s up, 562.5 ms round trip, no cache,
// a device already signed in (its refresh cookie), 360 × 740. Prints one Markdown row per
// run and the median. Used by `just bench-web`.
import { launchBrowser } from './support/browser.mjs';

const baseUrl = process.env.MSJ_BASE_URL ?? 'http://127.0.0.1:18090';
const runs = Number(process.env.MSJ_RUNS ?? 5);
const auth = (token) => ({ headers: { Authorization: `Bearer ${token}` } });

// Signs a demo agent in through the API, accepting the security charter if asked.
async function login(request, email) {
  const answer = await request.post(`${baseUrl}/api/v1/auth/login`, { data: { email, password: 'Demo-MSJ-2026!' } });
  const token = (await answer.json()).access_token;
  const charter = await (await request.get(`${baseUrl}/api/v1/security-charter`, auth(token))).json();
  await request.post(`${baseUrl}/api/v1/security-charter`, { ...auth(token), data: { version: charter.version } });
  return token;
}

// Invites a demo probationer with an upcoming convocation and signs the context in.
async function signIn(context) {
  const request = context.request;
  const dpip = await login(request, 'dpip@spip-92.demo.msj.test');
  const admin = await login(request, 'admin@demo.msj.test');
  const today = new Date().toISOString().slice(0, 10);
  const list = await (await request.get(`${baseUrl}/api/v1/appointments?from=${today}&state=booked&per_page=100`, auth(dpip))).json();
  for (const appointment of list.items) {
    const person = await (await request.get(`${baseUrl}/api/v1/convicts/${appointment.convict.id}`, auth(dpip))).json();
    if (!person.can_receive_sms || !person.actions?.invite_to_portal) continue;
    await request.post(`${baseUrl}/api/v1/convicts/${person.id}/portal-invitation`, auth(dpip));
    await request.post(`${baseUrl}/api/v1/portal/auth/code`, { data: { phone: person.phone } });
    for (let i = 0; i < 50; i += 1) {
      const outbox = await (await request.get(`${baseUrl}/api/v1/notifications?gateway=outbox&per_page=20`, auth(admin))).json();
      const sms = outbox.items.find((item) => item.destination === person.phone && /code de connexion/.test(item.message));
      if (sms) {
        const verified = await request.post(`${baseUrl}/api/v1/portal/auth/verify`, { data: { phone: person.phone, code: sms.message.slice(0, 6) } });
        if (verified.ok()) return;
        throw new Error(`sign-in refused: ${verified.status()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('no demo probationer to sign in');
}

const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 } });
await signIn(context);
const times = [];
for (let run = 1; run <= runs; run += 1) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1000 * 1000) / 8,
    uploadThroughput: (750 * 1000) / 8,
  });
  const started = Date.now();
  await page.goto(`${baseUrl}/portail/`, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 2, name: 'Votre prochaine convocation' }).waitFor({ timeout: 30000 });
  const elapsed = Date.now() - started;
  times.push(elapsed);
  console.log(`| run ${run} | ${(elapsed / 1000).toFixed(2)} s |`);
  await page.close();
}
times.sort((a, b) => a - b);
console.log(`| median of ${runs} | ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s |`);
await browser.close();
