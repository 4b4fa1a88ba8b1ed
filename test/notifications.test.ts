/**
 * What lands in the notification outbox: intake notices (supervisor, desk, receipt), briefings to
 * managers, and the "not an incident" notice to the finder, which also closes the case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, evidenceForm, incidentRow, notificationsOf, reportToken } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

describe.each(dialects)('notifications on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let r1: ApiClient;
  let r2: ApiClient;
  let m1: ApiClient;
  let m2: ApiClient;
  let reporter: ApiClient;
  let token: string;

  const email = (c: ApiClient) => c.session?.user.email ?? '';
  const kindsAndRecipients = async (id: string) =>
    (await notificationsOf(t, id)).map((n) => `${n.kind} ${n.recipient}`).sort();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    r1 = await t.signIn('responder', { locale: 'ja' });
    r2 = await t.signIn('responder');
    const r3 = await t.signIn('responder');
    m1 = await t.signIn('manager', { locale: 'ja' });
    m2 = await t.signIn('manager', { locale: 'en' });
    const m3 = await t.signIn('manager');
    reporter = await t.signIn('reporter', { locale: 'ja', supervisorEmail: 'kacho@example.test' });
    for (const gone of [r3, m3])
      expect((await admin.patch(`/api/users/${gone.userId}`, { disabled: true })).status).toBe(200);
    token = await reportToken(admin);
  });
  afterAll(async () => t?.close());

  const publicReport = async (overrides: Record<string, unknown> = {}) => {
    const res = await t.anonymous().post(`/api/public/report/${token}`, buildReport(overrides));
    expect(res.status).toBe(201);
    return res.body.incidentId as string;
  };

  it('with no desk and no fallback designated, tells every enabled responder and admin', async () => {
    const id = await publicReport({ supervisorEmail: 'boss@example.test', contact: 'finder@example.test' });
    expect(await kindsAndRecipients(id)).toEqual(
      [
        `intake_desk ${email(admin)}`,
        `intake_desk ${email(r1)}`,
        `intake_desk ${email(r2)}`,
        'intake_receipt finder@example.test',
        'intake_supervisor boss@example.test',
      ].sort(),
    );
    const notices = await notificationsOf(t, id);
    const toR1 = notices.find((n) => n.recipient === email(r1));
    const toAdmin = notices.find((n) => n.recipient === email(admin));
    // Each in the recipient's own language.
    expect([toR1?.locale, toAdmin?.locale]).toEqual(['ja', 'en']);
    expect(toR1?.subject).toContain('Accounting PC ACC-07');
    expect(toAdmin?.subject).toContain('Accounting PC ACC-07');
    expect(toR1?.subject).not.toBe(toAdmin?.subject);
  });

  it('with a desk designated, tells the supervisor, the desk and the finder, and nobody else', async () => {
    expect((await admin.put('/api/settings', { desk: { name: 'IT desk', email: 'desk@example.test' } })).status).toBe(
      200,
    );
    const id = await publicReport({ supervisorEmail: 'boss@example.test', contact: ' finder@example.test ' });
    expect(await kindsAndRecipients(id)).toEqual([
      'intake_desk desk@example.test',
      'intake_receipt finder@example.test',
      'intake_supervisor boss@example.test',
    ]);
    const all = await t.ctx.store.db
      .selectFrom('notifications')
      .select(['status', 'channel'])
      .where('incidentId', '=', id)
      .execute();
    expect(all.every((n) => n.status === 'queued' && n.channel === 'email')).toBe(true);
  });

  it('without a desk address, uses the fallback desk', async () => {
    expect(
      (
        await admin.put('/api/settings', {
          desk: { name: 'IT desk', phone: '03-0000-0000' },
          fallbackDesk: { name: 'General affairs', email: 'soumu@example.test' },
        })
      ).status,
    ).toBe(200);
    const id = await publicReport({ contact: 'Extension 1234' });
    // No supervisor given and a contact that is not an address: only the fallback desk.
    expect(await kindsAndRecipients(id)).toEqual(['intake_desk soumu@example.test']);
  });

  it('for a signed-in reporter, uses their supervisor and sends the receipt to their own address', async () => {
    const res = await reporter.post('/api/incidents', buildReport({ contact: 'Extension 99' }));
    expect(res.status).toBe(201);
    const id = res.body.incidentId as string;
    expect(await kindsAndRecipients(id)).toEqual([
      'intake_desk soumu@example.test',
      `intake_receipt ${email(reporter)}`,
      'intake_supervisor kacho@example.test',
    ]);
    const receipt = (await notificationsOf(t, id)).find((n) => n.kind === 'intake_receipt');
    expect(receipt?.locale).toBe('ja');
  });

  it('sends each briefing once to every enabled manager, in their language', async () => {
    const id = await publicReport({ contact: 'Extension 1' });
    const before = await countRows(t, 'notifications');
    const sent = await r2.post(`/api/incidents/${id}/briefings`, { decisionsNeeded: 'Call the vendor?' });
    expect(sent.status).toBe(200);
    const briefings = (await notificationsOf(t, id)).filter((n) => n.kind === 'briefing');
    expect(briefings.map((n) => [n.recipient, n.locale]).sort()).toEqual(
      [
        [email(m1), 'ja'],
        [email(m2), 'en'],
      ].sort(),
    );
    expect(await countRows(t, 'notifications')).toBe(before + 2);
    const [ja, en] = [briefings.find((n) => n.locale === 'ja'), briefings.find((n) => n.locale === 'en')];
    expect(ja?.subject).not.toBe(en?.subject);

    await r2.post(`/api/incidents/${id}/briefings`, {});
    expect((await notificationsOf(t, id)).filter((n) => n.kind === 'briefing')).toHaveLength(4);
  });

  describe('a "not an incident" verdict', () => {
    it('tells the finder and closes the case: every further edit answers 409 incident_closed', async () => {
      const id = await publicReport({ contact: 'finder@example.test', types: ['spoofed_mail'] });
      const vendor = (await r1.post('/api/vendors', { name: 'Vendor' })).body.id as string;
      const briefed = await r1.post(`/api/incidents/${id}/briefings`, {});
      const briefingId = briefed.body.briefings[0].id as string;
      const detail = (await r1.get(`/api/incidents/${id}`)).body;

      const verdict = await r1.post(`/api/incidents/${id}/determination`, {
        version: detail.version,
        verdict: 'not_incident',
        reason: 'A legitimate mail from our bank',
      });
      expect(verdict.status).toBe(200);
      expect(verdict.body.status).toBe('not_incident');
      expect(verdict.body.urgency).toBeNull();
      expect(Object.values(verdict.body.can)).toEqual(Object.values(verdict.body.can).map(() => false));
      const finder = (await notificationsOf(t, id)).filter((n) => n.kind === 'not_incident_finder');
      expect(finder.map((n) => [n.recipient, n.locale])).toEqual([['finder@example.test', 'ja']]);
      expect((await incidentRow(t, id)).closedAt).not.toBeNull();

      const v = verdict.body.version as number;
      const eventsBefore = await countRows(t, 'timelineEvents');
      const notificationsBefore = await countRows(t, 'notifications');
      const attempts = {
        facts: await r1.put(`/api/incidents/${id}/facts`, { version: v, facts: { impact: { known: false } } }),
        title: await r1.patch(`/api/incidents/${id}`, { version: v, title: 'Reopened?' }),
        briefing: await r1.post(`/api/incidents/${id}/briefings`, {}),
        ack: await m1.post(`/api/incidents/${id}/briefings/${briefingId}/ack`),
        decision: await m1.post(`/api/incidents/${id}/decisions`, { topic: 'other', decision: 'Reopen' }),
        checklist: await r1.put(`/api/incidents/${id}/checklist/${detail.checklist[0].key}`, { state: 'done' }),
        spread: await r1.put(`/api/incidents/${id}/spread`, { department: 'Sales', state: 'clear' }),
        determination: await r1.post(`/api/incidents/${id}/determination`, {
          version: v,
          verdict: 'incident',
          reason: 'Second thoughts',
        }),
        support: await r1.post(`/api/incidents/${id}/support-requests`, { vendorId: vendor, message: 'Help' }),
        handover: await r1.post(`/api/incidents/${id}/handover`, { version: v, vendorId: vendor }),
        evidence: await r1.call('POST', `/api/incidents/${id}/evidence`, evidenceForm()),
        close: await r1.post(`/api/incidents/${id}/close`, { version: v }),
      };
      expect(
        Object.fromEntries(Object.entries(attempts).map(([k, r]) => [k, `${r.status} ${r.body.error?.id}`])),
      ).toEqual(Object.fromEntries(Object.keys(attempts).map((k) => [k, '409 incident_closed'])));
      expect(await countRows(t, 'timelineEvents')).toBe(eventsBefore);
      expect(await countRows(t, 'notifications')).toBe(notificationsBefore);
      const after = await r1.get(`/api/incidents/${id}`);
      expect([after.status, after.body.status, after.body.version]).toEqual([200, 'not_incident', v]);
    });

    it('tells a signed-in finder at their own address', async () => {
      const id = (await reporter.post('/api/incidents', buildReport({ contact: 'Extension 99' }))).body.incidentId;
      const detail = (await r1.get(`/api/incidents/${id}`)).body;
      await r1.post(`/api/incidents/${id}/determination`, {
        version: detail.version,
        verdict: 'not_incident',
        reason: 'Planned maintenance',
      });
      const finder = (await notificationsOf(t, id)).filter((n) => n.kind === 'not_incident_finder');
      expect(finder.map((n) => [n.recipient, n.locale])).toEqual([[email(reporter), 'ja']]);
    });

    it('queues nothing when the finder left no address', async () => {
      const id = await publicReport({ contact: 'Extension 5' });
      const detail = (await r1.get(`/api/incidents/${id}`)).body;
      const res = await r1.post(`/api/incidents/${id}/determination`, {
        version: detail.version,
        verdict: 'not_incident',
        reason: 'Test message',
      });
      expect(res.body.status).toBe('not_incident');
      expect((await notificationsOf(t, id)).filter((n) => n.kind === 'not_incident_finder')).toEqual([]);
    });
  });
});
