/**
 * Acknowledgement links and escalation: a briefing's link works once and counts as the manager's
 * acknowledgement; reused, expired or altered links are refused; unacknowledged briefings are sent
 * again after 30 minutes and then go down the contact tree, with the phone numbers to call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases.js';
import { deliverAll, eventsOf, outbox, useMailServer } from './support/notify-helpers.js';
import { parseMail, SmtpListener } from './support/smtp-listener.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();
const MINUTE = 60_000;
const TOKEN_IN_LINK = /\/ack\/([A-Za-z0-9._-]+)/;

describe.each(dialects)('acknowledgement links on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpListener;
  let admin: ApiClient;
  let responder: ApiClient;
  let managerJa: ApiClient;
  let managerEn: ApiClient;

  const email = (c: ApiClient) => c.session?.user.email ?? '';
  const deliver = () => deliverAll(t);
  const mailOf = (key: string | null | undefined) => {
    const mail = smtp.received.find((m) => m.messageId === `${key}@example.test`);
    if (!mail) throw new Error(`no mail ${key}`);
    return mail;
  };
  /** The token in the newest mail to `address`. */
  const linkTo = async (address: string, skip = 0): Promise<string> => {
    const mails = smtp.to(address);
    const mail = mails[mails.length - 1 - skip];
    if (!mail) throw new Error(`no mail to ${address}`);
    const token = TOKEN_IN_LINK.exec((await parseMail(mail)).text ?? '')?.[1];
    if (!token) throw new Error(`no link in the mail to ${address}`);
    return token;
  };
  const briefedIncident = async () => {
    const id = (await responder.post('/api/incidents', buildReport({ contact: 'Extension 1' }))).body
      .incidentId as string;
    const sent = await responder.post(`/api/incidents/${id}/briefings`, {});
    expect(sent.status).toBe(200);
    await deliver();
    return { id, briefingId: sent.body.briefings.at(-1).id as string };
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    smtp = await SmtpListener.start();
    admin = await t.signIn('admin');
    responder = await t.signIn('responder');
    managerJa = await t.signIn('manager', { locale: 'ja' });
    managerEn = await t.signIn('manager', { locale: 'en' });
    await useMailServer(admin, smtp.port);
    await admin.put('/api/settings', { desk: { name: 'IT desk', email: 'desk@example.test' } });
  });
  afterAll(async () => {
    await smtp?.stop();
    await t?.close();
  });

  it("acknowledges once through the link, counting as the manager's briefing acknowledgement", async () => {
    const { id, briefingId } = await briefedIncident();
    const token = await linkTo(email(managerEn));
    const anon = t.anonymous();

    const info = await anon.get(`/api/public/ack/${token}`);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ kind: 'briefing', incidentId: id });
    expect(info.body.recipient).not.toBe(email(managerEn));
    expect(info.body.recipient).toContain('***@example.test');

    const ack = await anon.post(`/api/public/ack/${token}`);
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ kind: 'briefing', incidentId: id, briefingAcknowledged: true });
    const detail = (await responder.get(`/api/incidents/${id}`)).body;
    const briefing = detail.briefings.find((b: { id: string }) => b.id === briefingId);
    expect(briefing.acknowledgements.map((a: { userId: string }) => a.userId)).toEqual([managerEn.userId]);
    const toManager = detail.notifications.find((n: { recipient: string }) => n.recipient === email(managerEn));
    expect(toManager.acknowledgedAt).toBe(ack.body.acknowledgedAt);
    const types = (await eventsOf(t, id, '')).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['notification.acknowledged', 'briefing.acknowledged']));

    const again = await anon.post(`/api/public/ack/${token}`);
    expect([again.status, again.body.error.id, again.body.reason]).toEqual([400, 'token_invalid', 'used']);
    expect((await anon.get(`/api/public/ack/${token}`)).body.reason).toBe('used');
    // The link is no session: it opens nothing else.
    expect((await anon.get(`/api/incidents/${id}`)).status).toBe(401);
  });

  it('refuses an altered link, whatever part was changed', async () => {
    await briefedIncident();
    const token = await linkTo(email(managerJa));
    const [tokenId = '', expiry = '', signature = ''] = token.split('.');
    const flip = (s: string) => `${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`;
    const altered = [
      `${tokenId}.${expiry}.${flip(signature)}`,
      `${tokenId}.${Number(expiry) + 86_400}.${signature}`,
      `${tokenId.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}.${expiry}.${signature}`,
      'not-a-link',
    ];
    for (const bad of altered) {
      const res = await t.anonymous().post(`/api/public/ack/${bad}`);
      expect([res.status, res.body.reason], bad).toEqual([400, 'invalid']);
    }
    expect((await t.anonymous().post(`/api/public/ack/${token}`)).status).toBe(200);
  });

  it('refuses a link once it has expired', async () => {
    await briefedIncident();
    const token = await linkTo(email(managerJa));
    const later = 73 * 60 * MINUTE;
    t.clock.advance(later);
    try {
      const res = await t.anonymous().post(`/api/public/ack/${token}`);
      expect([res.status, res.body.error.id, res.body.reason]).toEqual([400, 'token_invalid', 'expired']);
    } finally {
      t.clock.advance(-later);
    }
  });

  it("puts a link in the desk's and the supervisor's intake notices, not in the reporter's receipt", async () => {
    const res = await t
      .anonymous()
      .post(
        `/api/public/report/${(await admin.get('/api/settings')).body.reportPath.split('/').pop()}`,
        buildReport({ supervisorEmail: 'kacho@example.test', contact: 'finder@example.test' }),
      );
    const id = res.body.incidentId as string;
    await deliver();
    const desk = await t.anonymous().post(`/api/public/ack/${await linkTo('desk@example.test')}`);
    expect(desk.body).toMatchObject({ kind: 'intake_desk', incidentId: id, briefingAcknowledged: false });
    const boss = await t.anonymous().post(`/api/public/ack/${await linkTo('kacho@example.test')}`);
    expect(boss.body.kind).toBe('intake_supervisor');
    await expect(linkTo('finder@example.test')).rejects.toThrow('no link');
  });

  it('sends an unacknowledged briefing again after 30 minutes, then down the contact tree with phone numbers', async () => {
    const tree = await admin.put('/api/notify/contact-tree', {
      manager: [
        { name: 'Honda (CEO)', phone: '090-1111-2222' },
        { name: 'Kato (COO)', email: 'kato@example.test', phone: '090-3333-4444' },
        { name: 'Mori (CFO)', email: 'mori@example.test' },
      ],
    });
    expect(tree.status).toBe(200);
    const { id } = await briefedIncident();
    const rowsOf = async (kind: string) => (await outbox(t, id)).filter((r) => r.kind === kind);
    const briefings = await rowsOf('briefing');

    t.clock.advance(29 * MINUTE);
    await deliver();
    expect(await rowsOf('briefing_reminder')).toEqual([]);

    t.clock.advance(2 * MINUTE);
    await deliver();
    const reminders = await rowsOf('briefing_reminder');
    expect(reminders.map((r) => [r.recipient, r.status]).sort()).toEqual(
      [
        [email(managerEn), 'sent'],
        [email(managerJa), 'sent'],
      ].sort(),
    );
    const reminderJa = reminders.find((r) => r.recipient === email(managerJa));
    const reminderMail = await parseMail(mailOf(reminderJa?.idempotencyKey));
    expect(reminderMail.subject).toMatch(/^【初動・再送】確認をお願いします: /);
    // The reminder carries the same link as the briefing it follows up.
    const briefingJa = briefings.find((r) => r.recipient === email(managerJa));
    expect(reminderJa?.ackTokenId).toBe(briefingJa?.ackTokenId);
    const briefingMail = await parseMail(mailOf(briefingJa?.idempotencyKey));
    expect(TOKEN_IN_LINK.exec(reminderMail.text ?? '')?.[1]).toBe(TOKEN_IN_LINK.exec(briefingMail.text ?? '')?.[1]);
    expect(await rowsOf('briefing_escalation')).toEqual([]);

    t.clock.advance(31 * MINUTE);
    await deliver();
    // Honda has no address: the tree goes on to Kato, and lists Honda's phone for a call.
    const [escalated, ...more] = await rowsOf('briefing_escalation');
    expect([escalated?.recipient, more]).toEqual(['kato@example.test', []]);
    const escalation = await parseMail(mailOf(escalated?.idempotencyKey));
    expect(escalation.subject).toContain(id);
    expect(escalation.text).toContain('090-1111-2222');
    expect(escalation.text).toContain('090-3333-4444');
    expect(escalation.text).toContain(email(managerJa));
    const types = (await eventsOf(t, id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['notification.reminder_queued', 'notification.escalated']));

    // Kato acknowledges: the escalation stops before Mori.
    const token = TOKEN_IN_LINK.exec(escalation.text ?? '')?.[1];
    const ack = await t.anonymous().post(`/api/public/ack/${token}`);
    expect(ack.body).toMatchObject({ kind: 'briefing', incidentId: id, briefingAcknowledged: false });
    t.clock.advance(31 * MINUTE);
    await deliver();
    expect((await rowsOf('briefing_escalation')).map((r) => r.recipient)).toEqual(['kato@example.test']);
  });

  it('stops reminding once a manager has acknowledged the briefing on the incident page', async () => {
    const { id, briefingId } = await briefedIncident();
    expect((await managerJa.post(`/api/incidents/${id}/briefings/${briefingId}/ack`)).status).toBe(200);
    t.clock.advance(31 * MINUTE);
    await deliver();
    t.clock.advance(31 * MINUTE);
    await deliver();
    expect((await outbox(t, id)).filter((r) => r.kind.startsWith('briefing')).map((r) => r.kind)).toEqual([
      'briefing',
      'briefing',
    ]);
    const request = await t.ctx.store.db
      .selectFrom('ackRequests')
      .selectAll()
      .where('subjectId', '=', briefingId)
      .executeTakeFirstOrThrow();
    expect(request.acknowledgedAt).not.toBeNull();
  });

  it('reminds the desk of a report nobody has touched, but not of one being worked on', async () => {
    const token = (await admin.get('/api/settings')).body.reportPath.split('/').pop();
    const report = async () =>
      (await t.anonymous().post(`/api/public/report/${token}`, buildReport({ contact: 'Extension 7' }))).body
        .incidentId as string;
    const untouched = await report();
    const worked = await report();
    const detail = (await responder.get(`/api/incidents/${worked}`)).body;
    const facts = { version: detail.version, facts: { foundBy: { known: false } } };
    expect((await responder.put(`/api/incidents/${worked}/facts`, facts)).status).toBe(200);
    await deliver();
    t.clock.advance(31 * MINUTE);
    await deliver();
    const reminders = async (id: string) => (await outbox(t, id)).filter((r) => r.kind === 'intake_reminder');
    expect((await reminders(untouched)).map((r) => r.recipient)).toEqual(['desk@example.test']);
    expect(await reminders(worked)).toEqual([]);
  });

  it('keeps the contact tree to admins and names the bad fields', async () => {
    expect((await responder.get('/api/notify/contact-tree')).status).toBe(403);
    expect((await managerJa.put('/api/notify/contact-tree', { manager: [] })).status).toBe(403);
    const bad = await admin.put('/api/notify/contact-tree', {
      manager: [{ name: 'No way to reach' }, { name: 'Bad mail', email: 'nope' }],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['manager.0.email', 'manager.1.email']);
    expect((await admin.get('/api/notify/contact-tree')).body.manager).toHaveLength(3);
  });
});
