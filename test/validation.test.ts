/**
 * Bad input answers 400 invalid_input naming each bad field, never 500, and stores nothing. Error
 * messages follow the user's language, or Accept-Language for anonymous callers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../src/content/messages/errors.js';
import { LIMITS } from '../src/shared/limits.js';
import { countRows, evidenceFields, evidenceForm, reportToken, uploadedFiles } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

type Who = 'anonymous' | 'responder' | 'manager' | 'admin';

interface BadInput {
  name: string;
  who: Who;
  method: string;
  path: (c: { id: string; evidenceId: string; token: string }) => string;
  /** A JSON value, raw text (sent as is), or a multipart form. */
  body?: (c: { version: number }) => unknown;
  raw?: string;
  fields: string[];
}

const BAD_INPUTS: BadInput[] = [
  {
    name: 'a report without whatHappened',
    who: 'responder',
    method: 'POST',
    path: () => '/api/incidents',
    body: () => ({ where: 'Office', contact: 'me' }),
    fields: ['whatHappened'],
  },
  {
    name: 'a public report with blank, malformed and unknown values',
    who: 'anonymous',
    method: 'POST',
    path: (c) => `/api/public/report/${c.token}`,
    body: () => ({
      whatHappened: '   ',
      where: '',
      contact: 'me',
      supervisorEmail: 'boss-at-example',
      types: ['alien'],
    }),
    fields: ['whatHappened', 'where', 'supervisorEmail', 'types.0'],
  },
  {
    name: 'a report whose text is too long',
    who: 'responder',
    method: 'POST',
    path: () => '/api/incidents',
    body: () => buildReport({ whatHappened: 'x'.repeat(LIMITS.longText + 1) }),
    fields: ['whatHappened'],
  },
  {
    name: 'facts with an unknown key',
    who: 'responder',
    method: 'PUT',
    path: (c) => `/api/incidents/${c.id}/facts`,
    body: (c) => ({ version: c.version, facts: { colour: { known: true, value: 'red' } } }),
    fields: ['facts'],
  },
  {
    name: 'a fact date that is not ISO 8601',
    who: 'responder',
    method: 'PUT',
    path: (c) => `/api/incidents/${c.id}/facts`,
    body: (c) => ({ version: c.version, facts: { foundAt: { known: true, value: 'yesterday at 9' } } }),
    fields: ['facts.foundAt.value'],
  },
  {
    name: 'facts without a version, and a known fact without its value',
    who: 'responder',
    method: 'PUT',
    path: (c) => `/api/incidents/${c.id}/facts`,
    body: () => ({ facts: { foundBy: { known: true } } }),
    fields: ['version', 'facts.foundBy.value'],
  },
  {
    name: 'a determination with an unknown verdict',
    who: 'responder',
    method: 'POST',
    path: (c) => `/api/incidents/${c.id}/determination`,
    body: (c) => ({ version: c.version, verdict: 'maybe', reason: 'Unsure' }),
    fields: ['verdict'],
  },
  {
    name: 'a determination with a bad impact level and no reason',
    who: 'responder',
    method: 'POST',
    path: (c) => `/api/incidents/${c.id}/determination`,
    body: (c) => ({
      version: c.version,
      verdict: 'incident',
      criteria: { operations: 'huge', information: 'low', recovery: 'low' },
    }),
    fields: ['criteria.operations', 'reason'],
  },
  {
    name: 'a malformed JSON body',
    who: 'responder',
    method: 'PUT',
    path: (c) => `/api/incidents/${c.id}/facts`,
    raw: '{"version": 1, "facts": {',
    fields: ['_'],
  },
  {
    name: 'a JSON body that is not an object',
    who: 'responder',
    method: 'POST',
    path: () => '/api/incidents',
    raw: '[1, 2, 3]',
    fields: ['_'],
  },
  {
    name: 'a JSON null body',
    who: 'anonymous',
    method: 'POST',
    path: () => '/api/auth/login',
    raw: 'null',
    fields: ['_'],
  },
  {
    name: 'evidence with a bad sha256',
    who: 'responder',
    method: 'POST',
    path: (c) => `/api/incidents/${c.id}/evidence`,
    body: () => evidenceForm(evidenceFields({ sha256: 'not-a-hash' })),
    fields: ['sha256'],
  },
  {
    name: 'evidence with a sha256 one digit short, a bad date and no item',
    who: 'responder',
    method: 'POST',
    path: (c) => `/api/incidents/${c.id}/evidence`,
    body: () =>
      evidenceForm(evidenceFields({ sha256: 'a'.repeat(63), collectedAt: '27/11/2026', item: '' }), {
        name: 'x.txt',
        content: 'x',
      }),
    fields: ['sha256', 'collectedAt', 'item'],
  },
  {
    name: 'a custody transfer with a non-ISO time',
    who: 'responder',
    method: 'POST',
    path: (c) => `/api/incidents/${c.id}/evidence/${c.evidenceId}/transfers`,
    body: () => ({ fromPerson: 'Sato', toPerson: 'Ito', at: '2026-11-27 11:00' }),
    fields: ['at'],
  },
  {
    name: 'a checklist state that does not exist',
    who: 'responder',
    method: 'PUT',
    path: (c) => `/api/incidents/${c.id}/checklist/common.keep-power`,
    body: () => ({ state: 'finished' }),
    fields: ['state'],
  },
  {
    name: 'a spread check without a department',
    who: 'responder',
    method: 'PUT',
    path: (c) => `/api/incidents/${c.id}/spread`,
    body: () => ({ department: '', state: 'affected' }),
    fields: ['department'],
  },
  {
    name: 'a decision on an unknown topic',
    who: 'manager',
    method: 'POST',
    path: (c) => `/api/incidents/${c.id}/decisions`,
    body: () => ({ topic: 'lunch', decision: 'Sushi' }),
    fields: ['topic'],
  },
  {
    name: 'a briefing with a next update that is not a date',
    who: 'responder',
    method: 'POST',
    path: (c) => `/api/incidents/${c.id}/briefings`,
    body: () => ({ nextUpdateAt: 'tomorrow morning' }),
    fields: ['nextUpdateAt'],
  },
  {
    name: 'a support-request draft from a step that does not ask questions',
    who: 'responder',
    method: 'GET',
    path: (c) => `/api/incidents/${c.id}/support-requests/draft?fromStep=9`,
    fields: ['fromStep'],
  },
  {
    name: 'a restriction that is not a list, and a version of 0',
    who: 'responder',
    method: 'PATCH',
    path: (c) => `/api/incidents/${c.id}`,
    body: () => ({ version: 0, restrictedTo: 'everyone' }),
    fields: ['version', 'restrictedTo'],
  },
  {
    name: 'settings with a malformed desk address',
    who: 'admin',
    method: 'PUT',
    path: () => '/api/settings',
    body: () => ({ orgName: 'Example KK', desk: { name: 'Desk', email: 'desk-at-example' } }),
    fields: ['desk.email'],
  },
  {
    name: 'a new user with a bad address and an unknown role',
    who: 'admin',
    method: 'POST',
    path: () => '/api/users',
    body: () => ({ email: 'not-an-address', name: 'Someone', role: 'superuser' }),
    fields: ['email', 'role'],
  },
  {
    name: 'a vendor contact with a bad address',
    who: 'responder',
    method: 'POST',
    path: () => '/api/vendors',
    body: () => ({ name: 'Vendor', contacts: [{ name: 'Ito', email: 'ito-at-vendor' }] }),
    fields: ['contacts.0.email'],
  },
  {
    name: 'a login with a malformed address',
    who: 'anonymous',
    method: 'POST',
    path: () => '/api/auth/login',
    body: () => ({ email: 'admin', password: 'whatever it is' }),
    fields: ['email'],
  },
];

describe.each(dialects)('validation on %s', (dialect) => {
  let t: TestApp;
  let clients: Record<Who, ApiClient>;
  let id: string;
  let evidenceId: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const admin = await t.signIn('admin');
    clients = {
      anonymous: t.anonymous(),
      admin,
      responder: await t.signIn('responder'),
      manager: await t.signIn('manager', { locale: 'ja' }),
    };
    id = (await clients.responder.post('/api/incidents', buildReport({ types: ['malware'] }))).body.incidentId;
    const ev = await clients.responder.call(
      'POST',
      `/api/incidents/${id}/evidence`,
      evidenceForm(undefined, { name: 'a.txt', content: 'a' }),
    );
    evidenceId = ev.body.evidence[0].id;
    token = await reportToken(admin);
  });
  afterAll(async () => t?.close());

  /** Everything a refused request might have touched. */
  async function snapshot() {
    const row = await t.ctx.store.db
      .selectFrom('incidents')
      .select(['version', 'facts', 'status', 'determination', 'restricted', 'title', 'updatedAt'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const settings = await t.ctx.store.db.selectFrom('settings').selectAll().orderBy('key').execute();
    return {
      row,
      settings,
      incidents: await countRows(t, 'incidents'),
      events: await countRows(t, 'timelineEvents'),
      evidence: await countRows(t, 'evidence'),
      users: await countRows(t, 'users'),
      vendors: await countRows(t, 'vendors'),
      notifications: await countRows(t, 'notifications'),
      files: uploadedFiles(t),
    };
  }

  async function send(c: BadInput) {
    const client = clients[c.who];
    const version = (
      await t.ctx.store.db.selectFrom('incidents').select('version').where('id', '=', id).executeTakeFirstOrThrow()
    ).version;
    const path = c.path({ id, evidenceId, token });
    if (c.raw !== undefined) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (client.cookie) headers.cookie = client.cookie;
      if (client.csrfToken) headers['x-csrf-token'] = client.csrfToken;
      const res = await t.request(path, { method: c.method, headers, body: c.raw });
      return {
        status: res.status,
        body: (await res.json()) as { error: { id: string; fields?: Record<string, string> } },
      };
    }
    return client.call(c.method, path, c.body?.({ version }));
  }

  it.each(BAD_INPUTS)('refuses $name with 400 naming exactly the bad fields, storing nothing', async (c) => {
    const before = await snapshot();
    const res = await send(c);
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('invalid_input');
    expect(Object.keys(res.body.error.fields ?? {}).sort()).toEqual([...c.fields].sort());
    for (const message of Object.values(res.body.error.fields ?? {})) expect(message).toMatch(/\S/);
    expect(await snapshot()).toEqual(before);
  });

  it('names the unknown fact in the message', async () => {
    const res = await send(BAD_INPUTS.find((b) => b.name === 'facts with an unknown key') as BadInput);
    expect(res.body.error.fields?.facts).toContain('colour');
  });

  it('answers 413 file_too_large, not 500, for a JSON body over 1 MB', async () => {
    const before = await snapshot();
    const res = await clients.responder.post('/api/incidents', buildReport({ whatHappened: 'x'.repeat(1024 * 1024) }));
    expect([res.status, res.body.error.id]).toEqual([413, 'file_too_large']);
    expect(await snapshot()).toEqual(before);
  });

  it('never answers 500 to hostile JSON', async () => {
    const bodies = [
      '42',
      '"text"',
      'true',
      '{}',
      '{"whatHappened":{"$gt":""},"where":[],"contact":null}',
      '{"__proto__":{"admin":true}}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      '\u0000',
    ];
    const statuses: number[] = [];
    for (const body of bodies) {
      const res = await t.request('/api/incidents', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: clients.responder.cookie ?? '',
          'x-csrf-token': clients.responder.csrfToken ?? '',
        },
        body,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual(bodies.map(() => 400));
  });

  it('refuses a NUL character in free text with 400 on both databases, never 500', async () => {
    const before = await snapshot();
    const res = await clients.responder.post(
      '/api/incidents',
      buildReport({ whatHappened: 'copied from a log\u0000here' }),
    );
    expect({ status: res.status, id: res.body.error?.id, fields: Object.keys(res.body.error?.fields ?? {}) }).toEqual({
      status: 400,
      id: 'invalid_input',
      fields: ['whatHappened'],
    });
    const vendor = await clients.responder.post('/api/vendors', { name: 'Vendor\u0000Inc' });
    expect([vendor.status, vendor.body.error?.id]).toEqual([400, 'invalid_input']);
    expect(await snapshot()).toEqual(before);
  });

  describe('languages', () => {
    const invalid = ERROR_MESSAGES['error.invalid_input'];
    const notFound = ERROR_MESSAGES['error.not_found'];

    const anonymousReport = async (acceptLanguage?: string) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (acceptLanguage) headers['accept-language'] = acceptLanguage;
      const res = await t.request(`/api/public/report/${token}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ where: 'Office' }),
      });
      expect(res.status).toBe(400);
      return ((await res.json()) as { error: { message: string } }).error.message;
    };

    it('answers anonymous callers in the language of Accept-Language, Japanese by default', async () => {
      expect(await anonymousReport('ja')).toBe(invalid.ja);
      expect(await anonymousReport('ja-JP,ja;q=0.9,en;q=0.8')).toBe(invalid.ja);
      expect(await anonymousReport('en')).toBe(invalid.en);
      expect(await anonymousReport('en-GB,en;q=0.9')).toBe(invalid.en);
      expect(await anonymousReport()).toBe(invalid.ja);
      expect(await anonymousReport('fr-FR')).toBe(invalid.ja);
    });

    it('answers signed-in users in their own language, whatever the browser says', async () => {
      const en = await clients.responder.call('GET', '/api/incidents/INC-1999-0001', undefined, {
        'accept-language': 'ja',
      });
      expect(en.body.error.message).toBe(notFound.en);
      const ja = await clients.manager.call('POST', '/api/incidents', {}, { 'accept-language': 'en' });
      expect(ja.body.error.message).toBe(invalid.ja);

      const switched = await clients.manager.patch('/api/me', { locale: 'en' });
      expect(switched.body.locale).toBe('en');
      const now = await clients.manager.call('POST', '/api/incidents', {}, { 'accept-language': 'ja' });
      expect(now.body.error.message).toBe(invalid.en);
      await clients.manager.patch('/api/me', { locale: 'ja' });
    });
  });
});
