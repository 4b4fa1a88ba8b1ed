/**
 * Mail delivery through a real SMTP server on 127.0.0.1: the settings keep the password to themselves,
 * the test button shows the server's exact answer, notices arrive in Japanese and English as UTF-8 text
 * and HTML, and the outbox holds messages through an outage, a crashed worker and temporary refusals.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/cli/serve.js';
import { outboxRepository } from '../src/store/outbox.repository.js';
import { reportToken } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { deliverAll, eventsOf, fastWorker, outbox, useMailServer } from './support/notify-helpers.js';
import { parseMail, SmtpListener } from './support/smtp-listener.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();
const SMTP_USER = 'shodo-mailer';
const SMTP_PASS = 'smtp-secret-pass-123';
const ACK_LINK = /https?:\/\/[^\s"<>]+\/ack\/[A-Za-z0-9._-]+/;

describe.each(dialects)('mail delivery on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpListener;
  let admin: ApiClient;
  let responder: ApiClient;
  let managerJa: ApiClient;
  let managerEn: ApiClient;
  let token: string;

  const email = (c: ApiClient) => c.session?.user.email ?? '';
  const publicReport = async (overrides: Record<string, unknown>) => {
    const res = await t.anonymous().post(`/api/public/report/${token}`, buildReport(overrides));
    expect(res.status).toBe(201);
    return res.body.incidentId as string;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    smtp = await SmtpListener.start({ user: SMTP_USER, pass: SMTP_PASS });
    admin = await t.signIn('admin');
    responder = await t.signIn('responder');
    managerJa = await t.signIn('manager', { locale: 'ja' });
    managerEn = await t.signIn('manager', { locale: 'en' });
    await useMailServer(admin, smtp.port, { username: SMTP_USER, password: SMTP_PASS });
    await admin.put('/api/settings', { orgName: 'Example KK', desk: { name: 'IT desk', email: 'desk@example.test' } });
    token = await reportToken(admin);
  });
  afterAll(async () => {
    await smtp?.stop();
    await t?.close();
  });

  it('keeps the mail server password to itself and lets only admins see or change the settings', async () => {
    const view = await admin.get('/api/notify/smtp');
    expect(view.body).toMatchObject({
      configured: true,
      host: '127.0.0.1',
      port: smtp.port,
      security: 'none',
      username: SMTP_USER,
      passwordSet: true,
      fromAddress: 'shodo@example.test',
    });
    expect(JSON.stringify(view.body)).not.toContain(SMTP_PASS);
    expect((await responder.get('/api/notify/smtp')).status).toBe(403);
    const valid = { host: 'mail.example.test', port: 25, security: 'none', fromAddress: 'x@example.test' };
    expect((await managerJa.put('/api/notify/smtp', valid)).status).toBe(403);

    const bad = await admin.put('/api/notify/smtp', { host: 'mail', port: 0, security: 'ssl', fromAddress: 'nope' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['fromAddress', 'port', 'security']);

    // Saving the form again without the password keeps the stored one.
    await useMailServer(admin, smtp.port, { username: SMTP_USER });
    expect((await admin.get('/api/notify/smtp')).body.passwordSet).toBe(true);
    const events = await t.ctx.store.db
      .selectFrom('timelineEvents')
      .select('data')
      .where('type', '=', 'notify.smtp_updated')
      .execute();
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(SMTP_PASS);
  });

  it("sends a test mail and shows the server's exact answer, whether it accepts or refuses", async () => {
    smtp.refuse.set('nobody@example.test', { code: 550, text: 'No such user here' });
    const ok = await admin.post('/api/notify/smtp/test', { to: 'check@example.test' });
    expect([ok.status, ok.body.ok, ok.body.status]).toEqual([200, true, 250]);
    expect(ok.body.response).toMatch(/^250 /);
    const mail = await parseMail(smtp.to('check@example.test')[0] ?? { envelopeTo: [], messageId: '', raw: '' });
    expect(mail.subject).toBe('[Shodo] Test message');

    const refused = await admin.post('/api/notify/smtp/test', { to: 'nobody@example.test' });
    expect(refused.body).toMatchObject({ ok: false, status: 550 });
    expect(refused.body.response).toContain('No such user here');

    await useMailServer(admin, smtp.port, { username: SMTP_USER, password: 'not-the-password-99' });
    const denied = await admin.post('/api/notify/smtp/test', { to: 'check@example.test' });
    expect(denied.body).toMatchObject({ ok: false, status: 535 });
    expect(denied.body.response).toContain('Authentication credentials invalid');
    expect(denied.body.response).not.toContain('not-the-password-99');
    await useMailServer(admin, smtp.port, { username: SMTP_USER, password: SMTP_PASS });

    expect((await responder.post('/api/notify/smtp/test', { to: 'check@example.test' })).status).toBe(403);
    expect((await admin.post('/api/notify/smtp/test', { to: 'not an address' })).body.error.fields).toHaveProperty(
      'to',
    );
  });

  // Before any test moves the clock: the server's worker reads the real time.
  it('delivers with the worker the server starts, and stops it with the server', async () => {
    const config = { ...t.ctx.config, port: 0, notify: { ...t.ctx.config.notify, pollMs: 20 } };
    const server = await startServer(config, pino({ level: 'silent' }));
    try {
      const before = smtp.received.length;
      await publicReport({ supervisorEmail: 'boss5@example.test', contact: 'Extension 5' });
      await smtp.waitFor(before + 2);
      expect(smtp.to('boss5@example.test')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('delivers intake notices and briefings in Japanese and English, as UTF-8 text and HTML', async () => {
    const id = await publicReport({
      supervisorEmail: 'kacho@example.test',
      contact: 'finder@example.test',
      whatHappened: '画面に「ファイルを暗号化しました」と表示された',
      where: '経理部のPC ACC-07',
    });
    await deliverAll(t);
    const rows = await outbox(t, id);
    expect(rows.map((r) => [r.kind, r.recipient, r.status, r.attempts])).toEqual(
      expect.arrayContaining([
        ['intake_desk', 'desk@example.test', 'sent', 1],
        ['intake_supervisor', 'kacho@example.test', 'sent', 1],
        ['intake_receipt', 'finder@example.test', 'sent', 1],
      ]),
    );
    expect(rows.every((r) => r.sentAt && r.lastError === null)).toBe(true);

    const deskMail = smtp.to('desk@example.test').at(-1);
    if (!deskMail) throw new Error('no mail to the desk');
    const desk = await parseMail(deskMail);
    expect(desk.subject).toBe('【初動】新しい報告: 経理部のPC ACC-07');
    expect(desk.text).toContain('画面に「ファイルを暗号化しました」と表示された');
    expect(desk.html).toContain('経理部のPC ACC-07');
    expect(desk.from?.text).toContain('shodo@example.test');
    // The subject travels MIME-encoded, the parts as UTF-8.
    expect(deskMail.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(deskMail.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
    expect(deskMail.raw).toMatch(/Content-Type: text\/html; charset=utf-8/i);
    const deskRow = rows.find((r) => r.recipient === 'desk@example.test');
    expect(desk.messageId).toBe(`<${deskRow?.idempotencyKey}@example.test>`);
    // Intake notices carry an acknowledgement link, in both parts; the reporter's receipt does not.
    const link = ACK_LINK.exec(desk.text ?? '')?.[0];
    expect(link).toBeDefined();
    expect(desk.html).toContain(`href="${link}"`);
    const receipt = await parseMail(smtp.to('finder@example.test').at(-1) ?? deskMail);
    expect(receipt.subject).toContain(id);
    expect(receipt.text).not.toMatch(ACK_LINK);

    const delivered = (await eventsOf(t, id)).filter((e) => e.type === 'notification.delivered');
    expect(delivered.map((e) => e.data.recipient).sort()).toEqual(
      ['desk@example.test', 'finder@example.test', 'kacho@example.test'].sort(),
    );
    const detail = (await responder.get(`/api/incidents/${id}`)).body;
    expect(detail.notifications[0]).toMatchObject({ attempts: 1, lastError: null, acknowledgedAt: null });
    expect(detail.notifications.every((n: { deliveredAt: string | null }) => n.deliveredAt !== null)).toBe(true);

    expect(
      (await responder.post(`/api/incidents/${id}/briefings`, { decisionsNeeded: '業者に依頼するか' })).status,
    ).toBe(200);
    await deliverAll(t);
    const ja = await parseMail(smtp.to(email(managerJa)).at(-1) ?? deskMail);
    const en = await parseMail(smtp.to(email(managerEn)).at(-1) ?? deskMail);
    // (The number is the briefing's; see the report on 第2報 for readers in the other language.)
    expect(ja.subject).toMatch(/^【初動】第\d報: /);
    expect(ja.text).toContain('インシデント対応窓口から報告が届きました');
    expect(ja.text).toContain('業者に依頼するか');
    expect(ja.text).toContain('受け取ったことを知らせるには');
    expect(en.subject).toMatch(/^\[Shodo\] Incident briefing 1: /);
    expect(en.text).toContain('The incident response desk has sent you a briefing');
    expect(en.text).toContain('To let the desk know you have received this');
    expect(ACK_LINK.exec(ja.text ?? '')?.[0]).not.toBe(ACK_LINK.exec(en.text ?? '')?.[0]);
  });

  it('holds messages while the mail server is down and delivers each exactly once when it is back', async () => {
    await smtp.stop();
    const before = smtp.received.length;
    const ids = [
      await publicReport({ supervisorEmail: 'boss1@example.test', contact: 'f1@example.test' }),
      await publicReport({ supervisorEmail: 'boss2@example.test', contact: 'f2@example.test' }),
      await publicReport({ supervisorEmail: 'boss3@example.test', contact: 'f3@example.test' }),
    ];
    const down = fastWorker(t, { maxAttempts: 50 });
    for (let round = 0; round < 3; round++) {
      await down.runOnce();
      await new Promise((r) => setTimeout(r, 30));
    }
    await down.stop();
    const waiting = (await outbox(t)).filter((r) => ids.includes(r.incidentId ?? ''));
    expect(waiting).toHaveLength(9);
    expect(waiting.every((r) => r.status === 'queued' && r.attempts >= 1)).toBe(true);
    expect(waiting[0]?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect((await eventsOf(t, ids[0] ?? '')).map((e) => e.type)).toContain('notification.attempt_failed');
    expect(smtp.received.length).toBe(before);

    // A new worker, as after a restart, finds everything still queued.
    await smtp.listen();
    await deliverAll(t, { maxAttempts: 50 });
    const arrived = smtp.received.slice(before);
    expect(arrived).toHaveLength(9);
    const keys = waiting.map((r) => `${r.idempotencyKey}@example.test`).sort();
    expect(arrived.map((m) => m.messageId).sort()).toEqual(keys);
  });

  it('sends again what a crashed worker had claimed, once its lease has run out', async () => {
    const id = await publicReport({ supervisorEmail: 'boss4@example.test', contact: 'f4@example.test' });
    const now = t.clock.now();
    const claimed = await outboxRepository.claim(t.ctx.store.db, t.ctx.store.caps, {
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + 60_000).toISOString(),
      workerId: 'crashed-worker',
      limit: 100,
    });
    expect(claimed.map((r) => r.incidentId)).toEqual([id, id, id]);
    const before = smtp.received.length;
    const early = fastWorker(t);
    expect(await early.runOnce()).toBe(0); // still leased
    await early.stop();
    t.clock.advance(61_000);
    await deliverAll(t);
    t.clock.advance(-61_000);
    expect(smtp.received.length).toBe(before + 3);
    expect((await outbox(t, id)).map((r) => [r.status, r.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  it('retries a temporary refusal, marks it failed after the bound, and lets staff queue it again', async () => {
    smtp.refuse.set('busy@example.test', { code: 451, text: 'Mailbox busy, try again later' });
    smtp.refuse.set('gone@example.test', { code: 550, text: 'Mailbox unavailable' });
    const id = await publicReport({ supervisorEmail: 'busy@example.test', contact: 'gone@example.test' });
    await deliverAll(t, { maxAttempts: 3 });
    const rows = await outbox(t, id);
    const busy = rows.find((r) => r.recipient === 'busy@example.test');
    const gone = rows.find((r) => r.recipient === 'gone@example.test');
    expect([busy?.status, busy?.attempts]).toEqual(['failed', 3]);
    expect(busy?.lastError).toContain('451');
    expect(busy?.lastError).toContain('Mailbox busy, try again later');
    // A permanent refusal is not retried.
    expect([gone?.status, gone?.attempts]).toEqual(['failed', 1]);
    const events = (await eventsOf(t, id)).filter((e) => e.data.recipient === 'busy@example.test');
    expect(events.map((e) => e.type)).toEqual([
      'notification.attempt_failed',
      'notification.attempt_failed',
      'notification.failed',
    ]);
    const [firstRetry, secondRetry] = events.map((e) => Date.parse(String(e.data.nextAttemptAt)));
    expect(firstRetry).toBeLessThan(secondRetry ?? 0);

    const log = await responder.get(`/api/notifications?incidentId=${id}&status=failed`);
    expect(log.body.notifications.map((n: { recipient: string }) => n.recipient).sort()).toEqual([
      'busy@example.test',
      'gone@example.test',
    ]);
    expect(log.body.notifications[0].lastError).toMatch(/45\d|550/);

    smtp.refuse.delete('busy@example.test');
    expect((await managerJa.post(`/api/notifications/${busy?.id}/retry`)).status).toBe(403);
    const again = await responder.post(`/api/notifications/${busy?.id}/retry`);
    expect(again.body).toMatchObject({ status: 'queued', attempts: 0 });
    expect((await responder.post(`/api/notifications/${busy?.id}/retry`)).status).toBe(409);
    await deliverAll(t);
    expect((await outbox(t, id)).find((r) => r.id === busy?.id)?.status).toBe('sent');
    expect((await eventsOf(t, id)).map((e) => e.type)).toContain('notification.retry_requested');
  });
});
