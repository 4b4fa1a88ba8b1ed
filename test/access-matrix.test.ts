/**
 * Who may call what: every route of docs/API.md × every role, against an incident reported by somebody
 * else. The table is checked against the routes the app registers and against the documentation, so a
 * new route without a row fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOKS } from '../src/content/playbooks/index.js';
import { signAckToken } from '../src/notify/signing.js';
import { ackSigningKey } from '../src/services/acknowledgement.service.js';
import { createUser } from '../src/services/users.service.js';
import {
  countRows,
  evidenceForm,
  freshSession,
  incidentRow,
  registeredRoutes,
  reportToken,
  timelineTypes,
} from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

const ROLES = ['anonymous', 'reporter', 'responder', 'manager', 'admin'] as const;
type MatrixRole = (typeof ROLES)[number];
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a cell needs besides the incident (which any `/api/incidents/:id…` path gets). */
type Need = 'briefing' | 'evidence' | 'user' | 'setPasswordToken' | 'channel' | 'ackToken';

interface Fixture {
  id: string;
  version: number;
  itemKey: string;
  briefingId: string;
  evidenceId: string;
  vendorId: string;
  userId: string;
  token: string;
  setPasswordToken: string;
  loginEmail: string;
  unique: string;
  channelId: string;
}

interface MatrixRow {
  method: Method;
  path: string;
  /** Not declared through the route builder, so absent from the registry. */
  unregistered?: true;
  needs?: Need[];
  url?: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  expect: Record<MatrixRole, number>;
  /** The error id of a 403 (default `forbidden`). */
  forbiddenId?: string;
}

const all = (status: number): Record<MatrixRole, number> => ({
  anonymous: status,
  reporter: status,
  responder: status,
  manager: status,
  admin: status,
});
const signedIn = (status: number) => ({ ...all(status), anonymous: 401 });
// Against an incident somebody else reported: reporters do not see it at all.
const incidentRead = { anonymous: 401, reporter: 404, responder: 200, manager: 200, admin: 200 };
const incidentEdit = { anonymous: 401, reporter: 404, responder: 200, manager: 403, admin: 200 };
const incidentManagement = { anonymous: 401, reporter: 404, responder: 403, manager: 200, admin: 200 };
const adminOnly = (status: number) => ({ anonymous: 401, reporter: 403, responder: 403, manager: 403, admin: status });
const vendorEdit = (status: number) => ({
  anonymous: 401,
  reporter: 403,
  responder: status,
  manager: 403,
  admin: status,
});

const NEW_PASSWORD = 'a different long passphrase';

const MATRIX: MatrixRow[] = [
  { method: 'GET', path: '/healthz', unregistered: true, expect: all(200) },
  { method: 'GET', path: '/api/openapi.json', unregistered: true, expect: all(200) },
  { method: 'GET', path: '/api/setup/status', expect: all(200) },
  {
    method: 'POST',
    path: '/api/setup/first-admin',
    body: (f) => ({ email: `second-admin-${f.unique}@example.test`, name: 'Second', password: NEW_PASSWORD }),
    expect: all(403),
    forbiddenId: 'setup_closed',
  },
  {
    method: 'POST',
    path: '/api/auth/login',
    body: (f) => ({ email: f.loginEmail, password: TEST_PASSWORD }),
    expect: all(200),
  },
  { method: 'POST', path: '/api/auth/logout', expect: signedIn(204) },
  { method: 'GET', path: '/api/auth/me', expect: signedIn(200) },
  {
    method: 'POST',
    path: '/api/auth/set-password',
    needs: ['setPasswordToken'],
    body: (f) => ({ token: f.setPasswordToken, password: NEW_PASSWORD }),
    expect: all(200),
  },
  { method: 'PATCH', path: '/api/me', body: () => ({ name: 'Renamed Me' }), expect: signedIn(200) },
  { method: 'GET', path: '/api/public/report/:token', expect: all(200) },
  { method: 'POST', path: '/api/public/report/:token', body: () => buildReport(), expect: all(201) },
  { method: 'GET', path: '/api/incidents', expect: signedIn(200) },
  { method: 'POST', path: '/api/incidents', body: () => buildReport(), expect: signedIn(201) },
  { method: 'GET', path: '/api/incidents/:id', expect: incidentRead },
  {
    method: 'PATCH',
    path: '/api/incidents/:id',
    body: (f) => ({ version: f.version, title: 'Renamed incident' }),
    expect: incidentEdit,
  },
  {
    method: 'PUT',
    path: '/api/incidents/:id/facts',
    body: (f) => ({ version: f.version, facts: { foundAt: { known: false } } }),
    expect: incidentEdit,
  },
  {
    method: 'POST',
    path: '/api/incidents/:id/briefings',
    body: () => ({ decisionsNeeded: 'Call a vendor?' }),
    expect: { ...incidentRead },
  },
  { method: 'GET', path: '/api/incidents/:id/briefings/draft', expect: { ...incidentRead } },
  {
    method: 'POST',
    path: '/api/incidents/:id/briefings/:briefingId/ack',
    needs: ['briefing'],
    expect: incidentManagement,
  },
  {
    method: 'POST',
    path: '/api/incidents/:id/decisions',
    body: () => ({ topic: 'cost', decision: 'Approve up to 1M JPY' }),
    expect: incidentManagement,
  },
  {
    method: 'PUT',
    path: '/api/incidents/:id/checklist/:itemKey',
    body: () => ({ state: 'done' }),
    expect: incidentEdit,
  },
  {
    method: 'PUT',
    path: '/api/incidents/:id/spread',
    body: () => ({ department: 'Sales', state: 'clear' }),
    expect: incidentEdit,
  },
  {
    method: 'POST',
    path: '/api/incidents/:id/determination',
    body: (f) => ({ version: f.version, verdict: 'cannot_tell', reason: 'Not sure yet' }),
    expect: incidentEdit,
  },
  {
    method: 'GET',
    path: '/api/incidents/:id/support-requests/draft',
    url: (f) => `/api/incidents/${f.id}/support-requests/draft?vendorId=${f.vendorId}&question=Spreading%3F&fromStep=4`,
    expect: incidentEdit,
  },
  {
    method: 'POST',
    path: '/api/incidents/:id/support-requests',
    body: (f) => ({ vendorId: f.vendorId, message: 'Please help us' }),
    expect: incidentEdit,
  },
  {
    method: 'POST',
    path: '/api/incidents/:id/handover',
    body: (f) => ({ version: f.version, vendorId: f.vendorId }),
    expect: incidentEdit,
  },
  { method: 'POST', path: '/api/incidents/:id/close', body: (f) => ({ version: f.version }), expect: incidentEdit },
  {
    method: 'POST',
    path: '/api/incidents/:id/evidence',
    body: () => evidenceForm(undefined, { name: 'note.txt', content: 'pay us' }),
    expect: { anonymous: 401, reporter: 404, responder: 201, manager: 403, admin: 201 },
  },
  {
    method: 'GET',
    path: '/api/incidents/:id/evidence/:evidenceId/file',
    needs: ['evidence'],
    expect: { ...incidentRead },
  },
  {
    method: 'POST',
    path: '/api/incidents/:id/evidence/:evidenceId/transfers',
    needs: ['evidence'],
    body: () => ({ fromPerson: 'Sato', toPerson: 'Ito', at: '2026-11-27T11:00:00+09:00' }),
    expect: incidentEdit,
  },
  { method: 'GET', path: '/api/incidents/:id/timeline', expect: { ...incidentRead } },
  {
    method: 'GET',
    path: '/api/vendors',
    expect: { anonymous: 401, reporter: 403, responder: 200, manager: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/api/vendors',
    body: () => ({ name: 'Another vendor', contractStatus: 'in_talks' }),
    expect: vendorEdit(201),
  },
  {
    method: 'PUT',
    path: '/api/vendors/:id',
    url: (f) => `/api/vendors/${f.vendorId}`,
    body: () => ({ name: 'Sec Vendor', contractStatus: 'contracted' }),
    expect: vendorEdit(200),
  },
  { method: 'GET', path: '/api/settings', expect: signedIn(200) },
  {
    method: 'PUT',
    path: '/api/settings',
    body: () => ({ orgName: 'Example KK', desk: { name: 'IT desk', email: 'desk@example.test' } }),
    expect: adminOnly(200),
  },
  { method: 'POST', path: '/api/settings/report-link/rotate', expect: adminOnly(200) },
  { method: 'GET', path: '/api/users', expect: adminOnly(200) },
  {
    method: 'GET',
    path: '/api/users/directory',
    expect: { anonymous: 401, reporter: 403, responder: 200, manager: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/api/users',
    body: (f) => ({ email: `new-${f.unique}@example.test`, name: 'New person', role: 'reporter' }),
    expect: adminOnly(201),
  },
  {
    method: 'PATCH',
    path: '/api/users/:id',
    needs: ['user'],
    url: (f) => `/api/users/${f.userId}`,
    body: () => ({ name: 'Renamed by admin' }),
    expect: adminOnly(200),
  },
  // Calm-time preparation: readiness, preparation facts, offline pack, statistics, drills.
  { method: 'GET', path: '/api/readiness', expect: { ...adminOnly(200), manager: 200 } },
  { method: 'GET', path: '/api/preparation', expect: adminOnly(200) },
  {
    method: 'PUT',
    path: '/api/preparation',
    body: () => ({ policeDesk: { name: 'Police cyber desk' } }),
    expect: adminOnly(200),
  },
  { method: 'GET', path: '/api/offline-pack', expect: vendorEdit(200) },
  {
    method: 'GET',
    path: '/api/stats',
    expect: { anonymous: 401, reporter: 403, responder: 200, manager: 200, admin: 200 },
  },
  { method: 'GET', path: '/api/drills/scenarios', expect: vendorEdit(200) },
  { method: 'GET', path: '/api/drills/people', expect: vendorEdit(200) },
  { method: 'POST', path: '/api/drills', body: () => ({ scenario: 'malware' }), expect: vendorEdit(201) },
  // The fixture is a real incident, which has no drill to show: 404 for everyone who may see it.
  {
    method: 'GET',
    path: '/api/incidents/:id/drill',
    expect: { anonymous: 401, reporter: 404, responder: 404, manager: 404, admin: 404 },
  },
  {
    method: 'GET',
    path: '/api/playbooks',
    expect: { anonymous: 401, reporter: 403, responder: 200, manager: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/api/playbooks/:type',
    url: () => '/api/playbooks/malware',
    expect: { anonymous: 401, reporter: 403, responder: 200, manager: 200, admin: 200 },
  },
  {
    method: 'PUT',
    path: '/api/playbooks/:type',
    url: () => '/api/playbooks/ddos',
    body: () => BUILTIN_PLAYBOOKS.ddos,
    expect: adminOnly(200),
  },
  { method: 'DELETE', path: '/api/playbooks/:type', url: () => '/api/playbooks/ddos', expect: adminOnly(200) },
  { method: 'GET', path: '/api/glossary', expect: signedIn(200) },
  // Notifications: delivery settings (admins), the log, warnings, acknowledgement links.
  { method: 'GET', path: '/api/notify/smtp', expect: adminOnly(200) },
  {
    method: 'PUT',
    path: '/api/notify/smtp',
    body: () => ({ host: '127.0.0.1', port: 9, security: 'none', fromAddress: 'shodo@example.test' }),
    expect: adminOnly(200),
  },
  // Needs the mail server of the row above; port 9 refuses at once, so the test answers 200 with ok: false.
  { method: 'POST', path: '/api/notify/smtp/test', body: () => ({ to: 'check@example.test' }), expect: adminOnly(200) },
  { method: 'GET', path: '/api/notify/channels', expect: adminOnly(200) },
  {
    method: 'POST',
    path: '/api/notify/channels',
    body: () => ({ type: 'slack', name: '#ir', url: 'http://127.0.0.1:9/services/T/B/x' }),
    expect: adminOnly(201),
  },
  {
    method: 'PUT',
    path: '/api/notify/channels/:id',
    needs: ['channel'],
    url: (f) => `/api/notify/channels/${f.channelId}`,
    body: () => ({ type: 'slack', name: '#ir-renamed' }),
    expect: adminOnly(200),
  },
  {
    method: 'DELETE',
    path: '/api/notify/channels/:id',
    needs: ['channel'],
    url: (f) => `/api/notify/channels/${f.channelId}`,
    expect: adminOnly(204),
  },
  {
    method: 'POST',
    path: '/api/notify/channels/:id/test',
    needs: ['channel'],
    url: (f) => `/api/notify/channels/${f.channelId}/test`,
    expect: adminOnly(200),
  },
  { method: 'GET', path: '/api/notify/routing', expect: adminOnly(200) },
  { method: 'PUT', path: '/api/notify/routing', body: () => ({}), expect: adminOnly(200) },
  { method: 'GET', path: '/api/notify/contact-tree', expect: adminOnly(200) },
  {
    method: 'PUT',
    path: '/api/notify/contact-tree',
    body: () => ({ manager: [{ name: 'Kato', phone: '090-0000-0000' }] }),
    expect: adminOnly(200),
  },
  { method: 'GET', path: '/api/notify/distribution-lists', expect: vendorEdit(200) },
  {
    method: 'PUT',
    path: '/api/notify/distribution-lists',
    body: () => ({ lists: [{ name: 'Staff', audience: 'internal', emails: ['staff@example.test'] }] }),
    expect: adminOnly(200),
  },
  {
    method: 'GET',
    path: '/api/notifications',
    expect: { anonymous: 401, reporter: 403, responder: 200, manager: 200, admin: 200 },
  },
  // Role first, then the message: an unknown id is "not found" only for those who may retry.
  {
    method: 'POST',
    path: '/api/notifications/:id/retry',
    url: () => '/api/notifications/no-such-notification/retry',
    expect: { anonymous: 401, reporter: 403, responder: 404, manager: 403, admin: 404 },
  },
  {
    method: 'GET',
    path: '/api/incidents/:id/warnings/draft',
    url: (f) => `/api/incidents/${f.id}/warnings/draft?audience=internal`,
    expect: incidentEdit,
  },
  {
    method: 'POST',
    path: '/api/incidents/:id/warnings',
    body: () => ({
      audience: 'internal',
      locale: 'ja',
      extraRecipients: ['staff@example.test'],
      subject: 'Suspicious mail',
      body: 'Do not open it.',
    }),
    expect: { ...incidentEdit, responder: 201, admin: 201 },
  },
  { method: 'GET', path: '/api/incidents/:id/warnings', expect: { ...incidentRead } },
  { method: 'GET', path: '/api/public/ack/:token', needs: ['ackToken'], expect: all(200) },
  { method: 'POST', path: '/api/public/ack/:token', needs: ['ackToken'], expect: all(200) },
];

const key = (method: string, p: string) => `${method.toUpperCase()} ${p}`;

/** The route table of docs/API.md, as `METHOD /path` (query strings dropped). */
function documentedRoutes(): string[] {
  const doc = fs.readFileSync(path.join(import.meta.dirname, '..', 'docs', 'API.md'), 'utf8');
  return [...doc.matchAll(/^\| (GET|POST|PUT|PATCH|DELETE) \| (\S+) \|/gm)].map((m) =>
    key(m[1] ?? '', (m[2] ?? '').split('?')[0] ?? ''),
  );
}

const errorIdFor = (status: number, row: MatrixRow): string | null =>
  status === 401
    ? 'not_signed_in'
    : status === 403
      ? (row.forbiddenId ?? 'forbidden')
      : status === 404
        ? 'not_found'
        : null;

const cells = MATRIX.flatMap((row) => ROLES.map((role) => ({ row, role, status: row.expect[role] })));

describe('the access matrix itself', () => {
  it('has one row per documented route, and only documented routes', () => {
    const matrixKeys = MATRIX.map((r) => key(r.method, r.path));
    expect(new Set(matrixKeys).size).toBe(matrixKeys.length);
    expect([...matrixKeys].sort()).toEqual([...documentedRoutes()].sort());
  });
});

describe.each(dialects)('access matrix on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let desk: ApiClient;
  let owner: ApiClient;
  let users: Record<Exclude<MatrixRole, 'anonymous'>, string>;
  let loginEmail: string;
  let vendorId: string;
  let counter = 0;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    desk = await t.signIn('responder');
    owner = await t.signIn('reporter');
    loginEmail = `login-target-${Date.now()}@example.test`;
    await t.signIn('reporter', { email: loginEmail });
    users = {
      admin: (await t.signIn('admin')).userId,
      reporter: (await t.signIn('reporter')).userId,
      responder: (await t.signIn('responder')).userId,
      manager: (await t.signIn('manager')).userId,
    };
    const vendor = await admin.post('/api/vendors', { name: 'Sec Vendor', contractStatus: 'contracted' });
    expect(vendor.status).toBe(201);
    vendorId = vendor.body.id;
  });
  afterAll(async () => t?.close());

  /** A fresh incident reported by `owner` (and what the row needs on it), so no cell depends on another. */
  async function prepare(row: MatrixRow): Promise<Fixture> {
    counter += 1;
    const f: Fixture = {
      id: '',
      version: 0,
      itemKey: '',
      briefingId: '',
      evidenceId: '',
      vendorId,
      userId: '',
      token: '',
      setPasswordToken: '',
      loginEmail,
      unique: `${counter}-${Date.now()}`,
      channelId: '',
    };
    const needs = new Set(row.needs ?? []);
    if (row.path.startsWith('/api/incidents/:id')) {
      const receipt = await owner.post('/api/incidents', buildReport({ types: ['malware'] }));
      expect(receipt.status).toBe(201);
      f.id = receipt.body.incidentId;
      if (needs.has('briefing')) {
        const b = await desk.post(`/api/incidents/${f.id}/briefings`, {});
        f.briefingId = b.body.briefings[0].id;
      }
      if (needs.has('evidence')) {
        const e = await desk.call(
          'POST',
          `/api/incidents/${f.id}/evidence`,
          evidenceForm(undefined, { name: 'a.txt', content: 'x' }),
        );
        f.evidenceId = e.body.evidence[0].id;
      }
      const detail = (await desk.get(`/api/incidents/${f.id}`)).body;
      f.version = detail.version;
      f.itemKey = detail.checklist[0].key;
    }
    if (row.path.includes(':token')) f.token = await reportToken(admin);
    if (needs.has('channel'))
      f.channelId = (
        await admin.post('/api/notify/channels', { type: 'slack', name: '#x', url: 'http://127.0.0.1:9/s' })
      ).body.id;
    if (needs.has('ackToken')) {
      // A briefing's acknowledgement link, as it would be mailed to a manager.
      const id = (await owner.post('/api/incidents', buildReport())).body.incidentId;
      const briefingId = (await desk.post(`/api/incidents/${id}/briefings`, {})).body.briefings[0].id;
      const token = await t.ctx.store.db
        .selectFrom('ackTokens')
        .innerJoin('ackRequests', 'ackRequests.id', 'ackTokens.requestId')
        .select(['ackTokens.id', 'ackTokens.expiresAt'])
        .where('ackRequests.subjectId', '=', briefingId)
        .executeTakeFirstOrThrow();
      f.token = signAckToken(await ackSigningKey(t.ctx.store.db), token.id, new Date(token.expiresAt));
    }
    if (needs.has('user') || needs.has('setPasswordToken')) {
      const created = await createUser(
        t.ctx,
        { kind: 'anonymous', label: 'test' },
        { email: `target-${f.unique}@example.test`, name: 'Target', role: 'reporter', locale: 'en' },
      );
      f.userId = created.user.id;
      f.setPasswordToken = created.setPasswordToken;
    }
    return f;
  }

  const fill = (template: string, f: Fixture) =>
    template
      .replace(':id', f.id)
      .replace(':briefingId', f.briefingId)
      .replace(':evidenceId', f.evidenceId)
      .replace(':itemKey', f.itemKey)
      .replace(':token', f.token);

  it.each(cells)('$row.method $row.path as $role answers $status', async ({ row, role, status }) => {
    const f = await prepare(row);
    const client = role === 'anonymous' ? t.anonymous() : await freshSession(t, users[role]);
    const url = row.url ? row.url(f) : fill(row.path, f);
    const res = await client.call(row.method, url, row.body?.(f));
    expect({ status: res.status, error: res.body?.error?.id ?? null }).toEqual({
      status,
      error: errorIdFor(status, row),
    });
  });

  it('covers every route the app registers, and the public ones are exactly those open to anonymous callers', () => {
    const registered = registeredRoutes(t.ctx);
    const matrixByKey = new Map(MATRIX.map((r) => [key(r.method, r.path), r]));
    const missing = registered.map((r) => key(r.method, r.path)).filter((k) => !matrixByKey.has(k));
    expect(missing).toEqual([]);
    const registeredKeys = new Set(registered.map((r) => key(r.method, r.path)));
    expect(MATRIX.filter((r) => !registeredKeys.has(key(r.method, r.path))).map((r) => key(r.method, r.path))).toEqual(
      MATRIX.filter((r) => r.unregistered).map((r) => key(r.method, r.path)),
    );
    for (const r of registered) {
      const row = matrixByKey.get(key(r.method, r.path));
      expect({ route: key(r.method, r.path), anonymousRefused: row?.expect.anonymous === 401 }).toEqual({
        route: key(r.method, r.path),
        anonymousRefused: r.auth === 'session',
      });
    }
  });

  it('answers 401 not_signed_in to anonymous callers on every registered non-public route', async () => {
    const anon = t.anonymous();
    const sessionRoutes = registeredRoutes(t.ctx).filter((r) => r.auth === 'session');
    expect(sessionRoutes.length).toBeGreaterThan(30);
    for (const r of sessionRoutes) {
      const url = r.path.replace(/:[A-Za-z]+/g, 'whatever');
      const res = await anon.call(r.method.toUpperCase(), url, r.method === 'get' ? undefined : {});
      expect({ route: key(r.method, r.path), status: res.status, id: res.body?.error?.id }).toEqual({
        route: key(r.method, r.path),
        status: 401,
        id: 'not_signed_in',
      });
    }
  });

  it('shows a reporter their own incidents only, as their report and its status, and lets them change nothing', async () => {
    const reporter = await t.signIn('reporter');
    const mine = await reporter.post('/api/incidents', buildReport({ whatHappened: 'My screen went black' }));
    expect(mine.status).toBe(201);
    const mineId: string = mine.body.incidentId;
    const theirs = (await owner.post('/api/incidents', buildReport())).body.incidentId as string;

    const list = await reporter.get('/api/incidents');
    expect(list.status).toBe(200);
    expect(list.body.incidents.map((i: { id: string }) => i.id)).toEqual([mineId]);
    const deskList = (await desk.get('/api/incidents')).body.incidents.map((i: { id: string }) => i.id);
    expect(deskList).toEqual(expect.arrayContaining([mineId, theirs]));

    await desk.post(`/api/incidents/${mineId}/briefings`, { decisionsNeeded: 'Tell the board?' });
    const detail = await reporter.get(`/api/incidents/${mineId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.reporter.userId).toBe(reporter.userId);
    expect(detail.body.report.whatHappened).toBe('My screen went black');
    expect(detail.body.status).toBe('investigating');
    expect(detail.body.can.edit).toBe(false);
    // Their report and its status only: the investigation stays with the staff.
    expect({
      facts: detail.body.facts,
      briefings: detail.body.briefings,
      notifications: detail.body.notifications,
      evidence: detail.body.evidence,
    }).toEqual({ facts: {}, briefings: [], notifications: [], evidence: [] });
    const timeline = await reporter.get(`/api/incidents/${mineId}/timeline`);
    expect([timeline.status, timeline.body.error.id]).toEqual([403, 'forbidden']);

    const facts = await reporter.put(`/api/incidents/${mineId}/facts`, {
      version: detail.body.version,
      facts: { foundAt: { known: false } },
    });
    expect([facts.status, facts.body.error.id]).toEqual([403, 'forbidden']);
    const draft = await reporter.get(`/api/incidents/${mineId}/briefings/draft`);
    expect([draft.status, draft.body.error.id]).toEqual([403, 'forbidden']);
    expect((await incidentRow(t, mineId)).version).toBe(detail.body.version);
    expect(await timelineTypes(t, mineId)).toEqual(['incident.reported', 'briefing.sent']);

    const other = await reporter.get(`/api/incidents/${theirs}`);
    expect([other.status, other.body.error.id]).toEqual([404, 'not_found']);
    const missing = await reporter.get('/api/incidents/INC-1999-9999');
    expect(missing.body).toEqual(other.body);
  });

  it('refuses managers the desk’s edits and stores nothing, but lets them brief, acknowledge and decide', async () => {
    const manager = await t.signIn('manager');
    const id = (await owner.post('/api/incidents', buildReport({ types: ['malware'] }))).body.incidentId as string;
    const before = (await desk.get(`/api/incidents/${id}`)).body;
    const eventsBefore = await countRows(t, 'timelineEvents');

    const refused = [
      await manager.put(`/api/incidents/${id}/facts`, {
        version: before.version,
        facts: { foundBy: { known: true, value: 'Manager' } },
      }),
      await manager.put(`/api/incidents/${id}/checklist/${before.checklist[0].key}`, { state: 'done' }),
      await manager.post(`/api/incidents/${id}/determination`, {
        version: before.version,
        verdict: 'incident',
        reason: 'I think so',
      }),
    ];
    expect(refused.map((r) => [r.status, r.body.error.id])).toEqual([
      [403, 'forbidden'],
      [403, 'forbidden'],
      [403, 'forbidden'],
    ]);
    const after = (await desk.get(`/api/incidents/${id}`)).body;
    expect(after.facts).toEqual(before.facts);
    expect(after.checklist[0].state).toBe('open');
    expect(after.determination).toBeNull();
    expect(after.version).toBe(before.version);
    expect(await countRows(t, 'timelineEvents')).toBe(eventsBefore);

    const briefed = await manager.post(`/api/incidents/${id}/briefings`, { decisionsNeeded: 'Budget?' });
    expect(briefed.status).toBe(200);
    const ack = await manager.post(`/api/incidents/${id}/briefings/${briefed.body.briefings[0].id}/ack`);
    expect(ack.status).toBe(200);
    expect(ack.body.briefings[0].acknowledgements.map((a: { userId: string }) => a.userId)).toEqual([manager.userId]);
    const decided = await manager.post(`/api/incidents/${id}/decisions`, { topic: 'police', decision: 'Consult' });
    expect(decided.status).toBe(200);
    expect(decided.body.decisions).toHaveLength(1);
    expect(await timelineTypes(t, id)).toEqual([
      'incident.reported',
      'briefing.sent',
      'briefing.acknowledged',
      'decision.recorded',
    ]);
  });

  it('keeps settings, users and the report link to admins', async () => {
    const responder = await t.signIn('responder');
    const settingsBefore = (await admin.get('/api/settings')).body;
    const usersBefore = await countRows(t, 'users');

    const put = await responder.put('/api/settings', { orgName: 'Hijacked' });
    expect([put.status, put.body.error.id]).toEqual([403, 'forbidden']);
    const rotate = await responder.post('/api/settings/report-link/rotate');
    expect([rotate.status, rotate.body.error.id]).toEqual([403, 'forbidden']);
    const create = await responder.post('/api/users', { email: 'sneaky@example.test', name: 'Sneaky', role: 'admin' });
    expect([create.status, create.body.error.id]).toEqual([403, 'forbidden']);
    const promote = await responder.patch(`/api/users/${responder.userId}`, { role: 'admin' });
    expect([promote.status, promote.body.error.id]).toEqual([403, 'forbidden']);

    expect((await admin.get('/api/settings')).body).toEqual(settingsBefore);
    expect(await countRows(t, 'users')).toBe(usersBefore);
    expect((await responder.get('/api/auth/me')).body.user.role).toBe('responder');

    const seen = await responder.get('/api/settings');
    expect(seen.status).toBe(200);
    expect(seen.body.reportPath).toBeUndefined();
    expect(settingsBefore.reportPath).toMatch(/^\/report\/[A-Za-z0-9_-]{43}$/);
  });
});
