/**
 * The readiness check and the preparation facts behind it, through the HTTP API: from a fresh install
 * with almost nothing prepared to a score of 100, and bad input refused without losing what was stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READINESS_KEYS } from '../src/shared/preparation-schemas.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

const PREPARATION = {
  policeDesk: { name: '○○県警察 サイバー犯罪相談窓口', phone: '000-000-0000', note: '平日 9–17時' },
  publicNoticeOwner: { name: '総務部 広報担当', contact: '内線 200' },
  backups: { where: 'サーバー室のNASと、週1回のクラウド複製', lastTestedOn: '2026-10-01' },
};

/** The notification contact tree, which the readiness check reads (one list for escalation and readiness). */
const CONTACT_TREE = {
  desk: [{ name: '情報システム課 山田', phone: '090-1111-2222', email: 'yamada@example.test' }],
  manager: [{ name: '社長 佐藤', phone: '090-3333-4444' }],
};

type Item = { key: string; state: string; reason?: string; params?: Record<string, unknown> };

describe.each(dialects)('readiness on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let responder: ApiClient;
  let manager: ApiClient;
  let reporter: ApiClient;

  const readiness = async (client: ApiClient = admin) => {
    const res = await client.get('/api/readiness');
    expect(res.status).toBe(200);
    return res.body as { score: number; items: Item[] };
  };
  const itemOf = (items: Item[], key: string) => items.find((i) => i.key === key);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    responder = await t.signIn('responder', { supervisorEmail: 'boss@example.test' });
    reporter = await t.signIn('reporter');
    // The clock sits in late 2026 so the backup test date above is recent.
    t.clock.advance(Date.parse('2026-11-27T00:00:00Z') - t.clock.now().getTime());
  });
  afterAll(async () => t?.close());

  it('on a fresh install lists what is missing, with a reason for each', async () => {
    const r = await readiness();
    expect(r.items.map((i) => i.key)).toEqual([...READINESS_KEYS]);
    expect(r.score).toBeLessThan(30);
    expect(itemOf(r.items, 'desk')).toMatchObject({ state: 'missing', reason: 'missing' });
    // The admin and the reporter have no supervisor; the responder has one.
    expect(itemOf(r.items, 'supervisors')).toMatchObject({ state: 'missing', params: { count: 2 } });
    expect(itemOf(r.items, 'manager')?.state).toBe('missing');
    expect(itemOf(r.items, 'contact_tree')).toMatchObject({ state: 'missing', reason: 'empty' });
    expect(itemOf(r.items, 'vendor')).toMatchObject({ state: 'missing', reason: 'none' });
    expect(itemOf(r.items, 'backups')).toMatchObject({ state: 'missing', reason: 'missing' });
  });

  it('answers the stored preparation facts, empty at first', async () => {
    const res = await admin.get('/api/preparation');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ policeDesk: null, publicNoticeOwner: null, backups: null });
  });

  it('refuses bad preparation input field by field and keeps what was stored', async () => {
    const saved = await admin.put('/api/preparation', PREPARATION);
    expect(saved.status).toBe(200);
    const bad = await admin.put('/api/preparation', {
      ...PREPARATION,
      backups: { where: 'NAS', lastTestedOn: '1 Oct' },
      policeDesk: { name: '' },
      extra: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.id).toBe('invalid_input');
    expect(Object.keys(bad.body.error.fields)).toEqual(
      expect.arrayContaining(['backups.lastTestedOn', 'policeDesk.name']),
    );
    const now = (await admin.get('/api/preparation')).body;
    expect(now).toEqual(PREPARATION);
  });

  it('keeps the preparation facts to admins; managers may read the check, responders and reporters may not', async () => {
    for (const c of [responder, reporter]) {
      expect((await c.get('/api/preparation')).status).toBe(403);
      expect((await c.put('/api/preparation', PREPARATION)).status).toBe(403);
    }
    manager = await t.signIn('manager');
    expect((await manager.get('/api/preparation')).status).toBe(403);
    expect((await readiness(manager)).items).toHaveLength(READINESS_KEYS.length);
    expect((await responder.get('/api/readiness')).status).toBe(403);
    expect((await reporter.get('/api/readiness')).status).toBe(403);
  });

  it('reaches 100 once everything is prepared', async () => {
    expect(
      (
        await admin.put('/api/settings', {
          orgName: 'Example KK',
          desk: { name: 'IT desk', email: 'desk@example.test' },
        })
      ).status,
    ).toBe(200);
    const users = (await admin.get('/api/users')).body.users as { id: string; role: string; supervisorEmail: string }[];
    for (const u of users.filter((x) => x.role !== 'manager' && !x.supervisorEmail))
      expect((await admin.patch(`/api/users/${u.id}`, { supervisorEmail: 'boss@example.test' })).status).toBe(200);

    expect((await admin.put('/api/notify/contact-tree', { desk: CONTACT_TREE.desk, manager: [] })).status).toBe(200);
    expect(itemOf((await readiness()).items, 'contact_tree')?.reason).toBe('no_manager');
    expect((await admin.put('/api/notify/contact-tree', CONTACT_TREE)).status).toBe(200);

    // A vendor only in talks, then contracted without fees, is not enough.
    const vendor = await admin.post('/api/vendors', {
      name: 'Sec KK',
      services: 'Forensics',
      contractStatus: 'in_talks',
    });
    expect(itemOf((await readiness()).items, 'vendor')?.reason).toBe('not_contracted');
    await admin.put(`/api/vendors/${vendor.body.id}`, {
      name: 'Sec KK',
      services: 'Forensics',
      contractStatus: 'contracted',
    });
    expect(itemOf((await readiness()).items, 'vendor')).toMatchObject({
      reason: 'incomplete',
      params: { name: 'Sec KK' },
    });
    await admin.put(`/api/vendors/${vendor.body.id}`, {
      name: 'Sec KK',
      services: 'Forensics',
      fees: '200,000 JPY per day',
      conditions: 'On site within 4 hours',
      contractStatus: 'contracted',
    });

    const r = await readiness();
    expect(r.items.filter((i) => i.state === 'missing')).toEqual([]);
    expect(r.score).toBe(100);
  });

  it('notices a contact without a phone number and a restore test more than a year old', async () => {
    await admin.put('/api/preparation', { ...PREPARATION, backups: { where: 'NAS', lastTestedOn: '2025-06-01' } });
    await admin.put('/api/notify/contact-tree', {
      ...CONTACT_TREE,
      manager: [...CONTACT_TREE.manager, { name: 'CFO Ito', email: 'ito@example.test' }],
    });
    const r = await readiness();
    expect(itemOf(r.items, 'backups')).toMatchObject({
      reason: 'test_overdue',
      params: { lastTestedOn: '2025-06-01' },
    });
    expect(itemOf(r.items, 'contact_tree')).toMatchObject({ reason: 'no_phone', params: { count: 1 } });
    expect(r.score).toBe(75);
  });

  it('records each change of the preparation facts in the timeline', async () => {
    const rows = await t.ctx.store.db
      .selectFrom('timelineEvents')
      .select('type')
      .where('type', '=', 'preparation.updated')
      .execute();
    expect(rows.length).toBe(2);
  });
});
