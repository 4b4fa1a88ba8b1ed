/**
 * Who is told what beyond the first notices, and what staff see of it: the notification log (only
 * incidents the reader may see), routing rules, urgency raised to high, custody transfers, and staff
 * and customer warnings with a delivery record per recipient.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceForm, reportToken } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { deliverAll, outbox, useMailServer } from './support/notify-helpers.js';
import { parseMail, SmtpListener } from './support/smtp-listener.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

describe.each(dialects)('notification log, routing and warnings on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpListener;
  let admin: ApiClient;
  let r1: ApiClient;
  let r2: ApiClient;
  let manager: ApiClient;
  let reporter: ApiClient;
  let token: string;

  const email = (c: ApiClient) => c.session?.user.email ?? '';
  const newIncident = async (by: ApiClient = r1) => {
    const id = (await by.post('/api/incidents', buildReport({ contact: 'Extension 1' }))).body.incidentId as string;
    return { id, version: (await r1.get(`/api/incidents/${id}`)).body.version as number };
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    smtp = await SmtpListener.start();
    admin = await t.signIn('admin');
    r1 = await t.signIn('responder');
    r2 = await t.signIn('responder');
    manager = await t.signIn('manager', { locale: 'ja' });
    reporter = await t.signIn('reporter');
    await useMailServer(admin, smtp.port);
    await admin.put('/api/settings', {
      orgName: '例示商事',
      desk: { name: '情報システム課', email: 'desk@example.test', phone: '03-1234-5678' },
    });
    token = await reportToken(admin);
  });
  afterAll(async () => {
    await smtp?.stop();
    await t?.close();
  });

  it('shows staff the log of incidents they may see, newest first, page by page', async () => {
    const open = await newIncident();
    const hidden = await newIncident();
    expect(
      (await r1.patch(`/api/incidents/${hidden.id}`, { version: hidden.version, restrictedTo: [r1.userId] })).status,
    ).toBe(200);
    await r1.post(`/api/incidents/${hidden.id}/briefings`, {});

    const seen = async (c: ApiClient) =>
      new Set(
        (await c.get('/api/notifications?limit=500')).body.notifications.map(
          (n: { incidentId: string }) => n.incidentId,
        ),
      );
    expect((await seen(r1)).has(hidden.id)).toBe(true);
    expect((await seen(r2)).has(hidden.id)).toBe(false);
    expect((await seen(r2)).has(open.id)).toBe(true);
    expect((await seen(manager)).has(open.id)).toBe(true);
    expect((await r2.get(`/api/notifications?incidentId=${hidden.id}`)).status).toBe(404);
    expect((await reporter.get('/api/notifications')).status).toBe(403);
    const bad = await r1.get('/api/notifications?status=lost&limit=0');
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['limit', 'status']);

    const first = await r1.get('/api/notifications?limit=2');
    expect(first.body.notifications).toHaveLength(2);
    expect(first.body.notifications[0]).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    const second = await r1.get(`/api/notifications?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    const ids = [...first.body.notifications, ...second.body.notifications].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(4);
    const all = (await r1.get('/api/notifications?limit=500')).body.notifications.map((n: { id: string }) => n.id);
    expect(all.slice(0, 4)).toEqual(ids);
  });

  it('follows the routing rules: no mail when switched off, and a standing copy once per action', async () => {
    const rules = { intake_desk: { email: false, alsoEmail: ['ciso@example.test'] } };
    expect((await r1.put('/api/notify/routing', { rules })).status).toBe(403);
    const saved = await admin.put('/api/notify/routing', { rules, escalation: { reminderMinutes: 15 } });
    expect(saved.body.escalation).toEqual({ reminderMinutes: 15, escalateMinutes: 30, ackLinkHours: 72 });
    const id = (await t.anonymous().post(`/api/public/report/${token}`, buildReport({ contact: 'Extension 9' }))).body
      .incidentId;
    const rows = await outbox(t, id);
    expect(rows.map((r) => [r.kind, r.recipient])).toEqual([['intake_desk', 'ciso@example.test']]);
    // The standing copy of a desk notice carries its own acknowledgement link.
    expect(rows[0]?.ackTokenId).not.toBeNull();
    await admin.put('/api/notify/routing', {});
  });

  it('tells the managers at once when urgency is raised to high, and only then', async () => {
    const { id, version } = await newIncident();
    const high = await r1.post(`/api/incidents/${id}/determination`, {
      version,
      verdict: 'incident',
      urgency: 'high',
      reason: '基幹システムが停止している',
    });
    expect(high.status).toBe(200);
    const urgent = (await outbox(t, id)).filter((r) => r.kind === 'urgency_high');
    expect(urgent.map((r) => r.recipient)).toEqual([email(manager)]);
    expect(urgent[0]?.subject).toMatch(/^【初動】緊急度が「高」になりました/);
    expect(urgent[0]?.body).toContain('基幹システムが停止している');
    await r1.post(`/api/incidents/${id}/determination`, {
      version: high.body.version,
      verdict: 'incident',
      urgency: 'high',
      reason: 'Still high',
    });
    expect((await outbox(t, id)).filter((r) => r.kind === 'urgency_high')).toHaveLength(1);
  });

  it('tells the receiving person what evidence they were handed, with its hash', async () => {
    const { id } = await newIncident();
    const ev = await r1.call(
      'POST',
      `/api/incidents/${id}/evidence`,
      evidenceForm(undefined, { name: 'a.txt', content: 'x' }),
    );
    const evidence = ev.body.evidence[0];
    const bad = await r1.post(`/api/incidents/${id}/evidence/${evidence.id}/transfers`, {
      fromPerson: 'Sato',
      toPerson: 'Ito',
      at: '2026-11-27T11:00:00+09:00',
      toEmail: 'not-mail',
    });
    expect(Object.keys(bad.body.error.fields)).toEqual(['toEmail']);
    await r1.post(`/api/incidents/${id}/evidence/${evidence.id}/transfers`, {
      fromPerson: 'Sato',
      toPerson: 'Ito (vendor)',
      at: '2026-11-27T11:00:00+09:00',
      purpose: 'Forensics',
      toEmail: 'ito@vendor.test',
    });
    const [sent] = (await outbox(t, id)).filter((r) => r.kind === 'custody_transfer');
    expect(sent?.recipient).toBe('ito@vendor.test');
    expect(sent?.body).toContain(evidence.sha256);
    expect(sent?.body).toContain('Forensics');
    // Without an address nobody is told.
    await r1.post(`/api/incidents/${id}/evidence/${evidence.id}/transfers`, {
      fromPerson: 'Ito',
      toPerson: 'Sato',
      at: '2026-11-28T11:00:00+09:00',
    });
    expect((await outbox(t, id)).filter((r) => r.kind === 'custody_transfer')).toHaveLength(1);
  });

  it('sends staff and customer warnings from a template and keeps a delivery record per recipient', async () => {
    const lists = await admin.put('/api/notify/distribution-lists', {
      lists: [
        { name: '全社員', audience: 'internal', emails: ['a@example.test', 'B@example.test', 'a@example.test'] },
        { name: '主要取引先', audience: 'external', emails: ['buyer@customer.test'] },
      ],
    });
    expect(lists.status).toBe(200);
    const [staff, customers] = lists.body.lists;
    expect(staff).toMatchObject({ count: 2, emails: ['a@example.test', 'b@example.test'] });
    const seenByResponder = (await r1.get('/api/notify/distribution-lists')).body.lists;
    expect(seenByResponder[0]).toEqual({ id: staff.id, name: '全社員', audience: 'internal', count: 2 });
    expect((await manager.get('/api/notify/distribution-lists')).status).toBe(403);
    expect((await r1.put('/api/notify/distribution-lists', { lists: [] })).status).toBe(403);

    const id = (await r1.post('/api/incidents', buildReport({ contact: 'Extension 1', types: ['spoofed_mail'] }))).body
      .incidentId;
    const draft = await r1.get(`/api/incidents/${id}/warnings/draft?audience=external&locale=ja`);
    expect(draft.body.subject).toBe('【お詫びとお願い】例示商事を装った不審なメールについて');
    expect(draft.body.body).toContain('情報システム課 (03-1234-5678, desk@example.test)');
    expect(draft.body.lists.map((l: { name: string }) => l.name)).toEqual(['主要取引先']);
    const internal = await r1.get(`/api/incidents/${id}/warnings/draft?audience=internal&locale=en`);
    expect(internal.body.subject).toContain('例示商事');

    const mismatched = await r1.post(`/api/incidents/${id}/warnings`, {
      audience: 'internal',
      locale: 'ja',
      listIds: [customers.id],
      subject: 'x',
      body: 'y',
    });
    expect([mismatched.status, Object.keys(mismatched.body.error.fields)]).toEqual([400, ['listIds.0']]);
    const empty = await r1.post(`/api/incidents/${id}/warnings`, {
      audience: 'internal',
      locale: 'ja',
      subject: 'x',
      body: 'y',
    });
    expect(Object.keys(empty.body.error.fields)).toEqual(['listIds']);
    const warning = {
      audience: 'internal',
      locale: 'ja',
      listIds: [staff.id],
      subject: '不審なメールに注意',
      body: '添付を開かないでください。',
    };
    expect((await manager.post(`/api/incidents/${id}/warnings`, warning)).status).toBe(403);

    const sent = await r1.post(`/api/incidents/${id}/warnings`, { ...warning, extraRecipients: ['c@example.test'] });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ audience: 'internal', counts: { queued: 3, sent: 0, failed: 0 } });
    expect(sent.body.lists).toEqual([{ id: staff.id, name: '全社員' }]);
    await deliverAll(t);
    const record = (await manager.get(`/api/incidents/${id}/warnings`)).body.warnings[0];
    expect(record.counts).toEqual({ queued: 0, sent: 3, failed: 0 });
    expect(record.recipients.map((r: { recipient: string; status: string }) => [r.recipient, r.status])).toEqual([
      ['a@example.test', 'sent'],
      ['b@example.test', 'sent'],
      ['c@example.test', 'sent'],
    ]);
    const mail = await parseMail(smtp.to('b@example.test')[0] ?? { envelopeTo: [], messageId: '', raw: '' });
    expect([mail.subject, mail.text?.trim()]).toEqual(['不審なメールに注意', '添付を開かないでください。']);
    const events = (await r1.get(`/api/incidents/${id}/timeline`)).body.events.map((e: { type: string }) => e.type);
    expect(events).toContain('warning.sent');
  });
});
