// A probationer on a small phone: invited by their service, they ask for a code, read it in
// the development SMS outbox, sign in with the keyboard, see their next convocation and stop
// the SMS reminders.
import { expectAccessible, equal } from '../support/assert.mjs';
import { apiToken, tabTo } from '../support/session.mjs';

const dpip = 'dpip@spip-92.demo.msj.test';
const admin = 'admin@demo.msj.test';

// A probationer of SPIP 92 with an upcoming convocation whom SMS can reach and who may still
// be invited: (id, phone as displayed).
async function someoneToInvite(request, baseUrl, token) {
  const auth = { headers: { Authorization: `Bearer ${token}` } };
  const today = new Date().toISOString().slice(0, 10);
  const list = await (await request.get(`${baseUrl}/api/v1/appointments?from=${today}&state=booked&per_page=100`, auth)).json();
  for (const appointment of list.items) {
    const convict = await (await request.get(`${baseUrl}/api/v1/convicts/${appointment.convict.id}`, auth)).json();
    if (convict.can_receive_sms && convict.actions?.invite_to_portal) return convict;
  }
  throw new Error('no demo probationer to invite');
}

async function lastCode(request, baseUrl, token, phone) {
  const auth = { headers: { Authorization: `Bearer ${token}` } };
  for (let i = 0; i < 50; i += 1) {
    const outbox = await (await request.get(`${baseUrl}/api/v1/notifications?gateway=outbox&per_page=20`, auth)).json();
    const sms = outbox.items.find((item) => item.destination === phone && /code de connexion/.test(item.message));
    if (sms) return sms.message.slice(0, 6);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no code in the outbox');
}

export const tests = [
  {
    name: 'a probationer signs in with an SMS code, sees the next convocation and stops the SMS',
    viewport: { width: 360, height: 740 },
    run: async ({ page, baseUrl }) => {
      const request = page.request;
      const agent = await apiToken(page, baseUrl, dpip);
      const person = await someoneToInvite(request, baseUrl, agent);
      const invited = await request.post(`${baseUrl}/api/v1/convicts/${person.id}/portal-invitation`, {
        headers: { Authorization: `Bearer ${agent}` },
      });
      equal(invited.status(), 202, 'invitation sent');

      await page.goto(`${baseUrl}/portail/`);
      await page.getByRole('heading', { level: 1, name: 'Mon espace personnel' }).waitFor();
      await expectAccessible(page);
      await tabTo(page, () => document.activeElement?.id === 'telephone', 'the phone field');
      await page.keyboard.type(person.phone_display);
      await page.keyboard.press('Enter');
      await page.getByLabel('Le code reçu par SMS').waitFor();
      await expectAccessible(page);

      const code = await lastCode(request, baseUrl, await apiToken(page, baseUrl, admin), person.phone);
      await page.getByLabel('Le code reçu par SMS').focus();
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: 'Votre prochaine convocation' }).waitFor();
      await page.getByRole('link', { name: 'Préparer ma convocation' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Vos convocations passées' }).waitFor();
      await expectAccessible(page);

      await tabTo(page, () => document.activeElement?.textContent === 'Ne plus recevoir de SMS', 'the SMS button');
      await page.keyboard.press('Enter');
      await page.getByText('vous ne recevrez plus de SMS').waitFor();
      await page.getByRole('button', { name: 'Recevoir à nouveau les SMS' }).waitFor();
      const profile = await (await request.get(`${baseUrl}/api/v1/convicts/${person.id}`, {
        headers: { Authorization: `Bearer ${agent}` },
      })).json();
      equal(profile.refused_phone, true, 'the record says SMS refused');

      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Votre prochaine convocation' }).waitFor();
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mon espace personnel' }).waitFor();
    },
  },
];
