/** Cross-site request forgery defences and the security headers on every answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  evidenceForm,
  freshSession,
  parseSetCookie,
  reportToken,
  requestWithPublicUrl,
  uploadedFiles,
} from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

describe.each(dialects)('CSRF on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let responder: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    responder = await t.signIn('responder');
  });
  afterAll(async () => t?.close());

  /** A signed-in POST /api/incidents with exactly these extra headers (the CSRF token only if given). */
  const report = (headers: Record<string, string>) =>
    t.request('/api/incidents', {
      method: 'POST',
      headers: { cookie: responder.cookie ?? '', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(buildReport()),
    });

  const refusals: [string, () => Record<string, string>][] = [
    ['without X-CSRF-Token', () => ({})],
    ['with an empty X-CSRF-Token', () => ({ 'x-csrf-token': '' })],
    ['with a wrong X-CSRF-Token', () => ({ 'x-csrf-token': 'A'.repeat(43) })],
    ['with the token of another session', () => ({ 'x-csrf-token': admin.csrfToken ?? '' })],
    [
      'with the right token but Origin https://evil.example',
      () => ({ 'x-csrf-token': responder.csrfToken ?? '', origin: 'https://evil.example' }),
    ],
    ['with the right token but Origin null', () => ({ 'x-csrf-token': responder.csrfToken ?? '', origin: 'null' })],
    [
      'with the right token but Sec-Fetch-Site: cross-site',
      () => ({ 'x-csrf-token': responder.csrfToken ?? '', 'sec-fetch-site': 'cross-site' }),
    ],
  ];

  it.each(refusals)('refuses a signed-in write %s with 403 csrf_failed and stores nothing', async (_, headers) => {
    const incidents = await countRows(t, 'incidents');
    const events = await countRows(t, 'timelineEvents');
    const res = await report(headers());
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { id: string } }).error.id).toBe('csrf_failed');
    expect(await countRows(t, 'incidents')).toBe(incidents);
    expect(await countRows(t, 'timelineEvents')).toBe(events);
  });

  it('accepts the same write with the right token from our own origin or the same site', async () => {
    const own = await report({ 'x-csrf-token': responder.csrfToken ?? '', origin: 'http://shodo.test' });
    expect(own.status).toBe(201);
    const sameSite = await report({ 'x-csrf-token': responder.csrfToken ?? '', 'sec-fetch-site': 'same-origin' });
    expect(sameSite.status).toBe(201);
  });

  it('guards PUT, PATCH and multipart writes too', async () => {
    const id = (await responder.post('/api/incidents', buildReport())).body.incidentId as string;
    const before = (await responder.get(`/api/incidents/${id}`)).body;
    const facts = await responder.call(
      'PUT',
      `/api/incidents/${id}/facts`,
      { version: before.version, facts: { impact: { known: true, value: 'forged' } } },
      { 'x-csrf-token': '' },
    );
    expect([facts.status, facts.body.error.id]).toEqual([403, 'csrf_failed']);
    const me = await responder.call('PATCH', '/api/me', { locale: 'ja' }, { 'x-csrf-token': 'nope' });
    expect([me.status, me.body.error.id]).toEqual([403, 'csrf_failed']);
    const files = uploadedFiles(t);
    const upload = await responder.call(
      'POST',
      `/api/incidents/${id}/evidence`,
      evidenceForm(undefined, { name: 'x.txt', content: 'forged' }),
      { 'x-csrf-token': '' },
    );
    expect([upload.status, upload.body.error.id]).toEqual([403, 'csrf_failed']);

    const after = (await responder.get(`/api/incidents/${id}`)).body;
    expect(after.version).toBe(before.version);
    expect(after.facts).toEqual(before.facts);
    expect(after.evidence).toEqual([]);
    expect(uploadedFiles(t)).toEqual(files);
    expect((await responder.get('/api/auth/me')).body.user.locale).toBe('en');
  });

  it('does not sign out on a forged logout', async () => {
    const session = await freshSession(t, responder.userId);
    const out = await session.call('POST', '/api/auth/logout', undefined, { 'x-csrf-token': '' });
    expect([out.status, out.body.error.id]).toEqual([403, 'csrf_failed']);
    expect((await session.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses cross-site writes without a session too: login and the public form', async () => {
    const token = await reportToken(admin);
    const incidents = await countRows(t, 'incidents');
    const sessions = await countRows(t, 'sessions');
    const login = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: responder.session?.user.email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(403);
    const form = await t.request(`/api/public/report/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify(buildReport()),
    });
    expect(form.status).toBe(403);
    expect(await countRows(t, 'incidents')).toBe(incidents);
    expect(await countRows(t, 'sessions')).toBe(sessions);
  });

  it('lets reads through without a token', async () => {
    const res = await responder.call('GET', '/api/incidents', undefined, { 'x-csrf-token': '' });
    expect(res.status).toBe(200);
  });

  describe('behind a TLS proxy (PUBLIC_URL https://shodo.example)', () => {
    it('marks the cookie Secure and accepts only the public origin', async () => {
      const request = requestWithPublicUrl(t, 'https://shodo.example');
      const login = await request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://shodo.example' },
        body: JSON.stringify({ email: responder.session?.user.email, password: TEST_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = parseSetCookie(login.headers.get('set-cookie'));
      expect(cookie.attrs.has('secure')).toBe(true);
      expect(cookie.attrs.get('samesite')).toBe('Strict');
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const write = (origin: string) =>
        request('/api/me', {
          method: 'PATCH',
          headers: {
            'content-type': 'application/json',
            cookie: `shodo_session=${cookie.value}`,
            'x-csrf-token': csrfToken,
            origin,
          },
          body: JSON.stringify({ name: 'Via proxy' }),
        });
      expect((await write('http://shodo.test')).status).toBe(403);
      expect((await write('https://shodo.example')).status).toBe(200);
    });
  });
});

describe.each(dialects)('security headers on %s', (dialect) => {
  let t: TestApp;
  let responder: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await t.signIn('admin');
    responder = await t.signIn('responder');
  });
  afterAll(async () => t?.close());

  const expectSecurityHeaders = (h: Headers) => {
    const csp = h.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(h.get('x-frame-options')).toBe('DENY');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('no-referrer');
  };

  it('sends them on the health check, API answers and API errors', async () => {
    const answers = {
      health: await t.request('/healthz'),
      openapi: await t.request('/api/openapi.json'),
      list: await t.request('/api/incidents', { headers: { cookie: responder.cookie ?? '' } }),
      unauthenticated: await t.request('/api/incidents'),
      unknownRoute: await t.request('/api/no-such-thing'),
      forged: await t.request('/api/incidents', { method: 'POST', headers: { cookie: responder.cookie ?? '' } }),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([k, r]) => [k, r.status]))).toEqual({
      health: 200,
      openapi: 200,
      list: 200,
      unauthenticated: 401,
      unknownRoute: 404,
      forged: 403,
    });
    for (const res of Object.values(answers)) expectSecurityHeaders(res.headers);
  });

  it('marks every /api answer Cache-Control: no-store, errors included', async () => {
    const answers = [
      await responder.get('/api/incidents'),
      await responder.get('/api/auth/me'),
      await t.anonymous().get('/api/incidents'),
      await responder.get('/api/incidents/INC-1999-0001'),
      await t.anonymous().get('/api/setup/status'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 401, 404, 200]);
    for (const a of answers) expect(a.headers.get('cache-control')).toBe('no-store');
  });

  it('answers JSON as application/json', async () => {
    const res = await responder.get('/api/incidents');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
