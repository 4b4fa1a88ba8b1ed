/** Accounts and sessions: the first admin, login and its rate limits, the cookie, logout, set-password links. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/lib/ids.js';
import { RATE_LIMITS } from '../src/services/rate-limit.js';
import { countRows, freshSession, parseSetCookie, startFreshWindow } from './support/api-helpers.js';
import { type DialectName, testDialects } from './support/databases.js';
import { type ApiClient, startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const firstAdmin = (n: number) => ({
  email: `founder${n}@example.test`,
  name: `Founder ${n}`,
  password: TEST_PASSWORD,
  locale: 'en',
});

async function withFreshApp(dialect: DialectName, fn: (t: TestApp) => Promise<void>): Promise<void> {
  const t = await startTestApp(dialect);
  try {
    await fn(t);
  } finally {
    await t.close();
  }
}

describe.each(dialects)('the admin accounts on %s', (dialect) => {
  it('works once, then answers 403 setup_closed', async () => {
    await withFreshApp(dialect, async (t) => {
      expect((await t.anonymous().get('/api/setup/status')).body).toEqual({ needsFirstAdmin: true });
      const founder = t.anonymous();
      const created = await founder.post('/api/setup/first-admin', firstAdmin(1));
      expect(created.status).toBe(200);
      expect(created.body.user).toMatchObject({ email: 'founder1@example.test', role: 'admin', locale: 'en' });
      expect(typeof created.body.csrfToken).toBe('string');
      founder.csrfToken = created.body.csrfToken;
      // The answer signs the new admin in.
      expect((await founder.get('/api/auth/me')).body.user.role).toBe('admin');

      const again = await t.anonymous().post('/api/setup/first-admin', firstAdmin(2));
      expect([again.status, again.body.error.id]).toEqual([403, 'setup_closed']);
      const asAdmin = await founder.post('/api/setup/first-admin', firstAdmin(3));
      expect([asAdmin.status, asAdmin.body.error.id]).toEqual([403, 'setup_closed']);
      expect((await t.anonymous().get('/api/setup/status')).body).toEqual({ needsFirstAdmin: false });
      expect(await countRows(t, 'users')).toBe(1);
    });
  });

  it('lets exactly one of several concurrent requests through', async () => {
    await withFreshApp(dialect, async (t) => {
      const answers = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => t.request('/api/setup/first-admin', json(firstAdmin(n)))),
      );
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 403, 403, 403, 403]);
      for (const r of answers.filter((a) => a.status === 403))
        expect(((await r.json()) as { error: { id: string } }).error.id).toBe('setup_closed');
      const admins = await t.ctx.store.db.selectFrom('users').select(['role']).execute();
      expect(admins).toEqual([{ role: 'admin' }]);
    });
  });

  it('never lets the last enabled admin be disabled', async () => {
    await withFreshApp(dialect, async (t) => {
      const admin = await t.signIn('admin');
      const alone = await admin.patch(`/api/users/${admin.userId}`, { disabled: true });
      expect([alone.status, alone.body.error?.id]).toEqual([400, 'invalid_input']);
      const second = await t.signIn('admin');
      const third = await t.signIn('admin');
      expect((await admin.patch(`/api/users/${second.userId}`, { disabled: true })).status).toBe(200);
      expect((await admin.patch(`/api/users/${third.userId}`, { disabled: true })).status).toBe(200);
      // Two more admin rows remain but both are disabled: `admin` is the only one who can still sign in.
      const self = await admin.patch(`/api/users/${admin.userId}`, { disabled: true });
      expect([self.status, self.body.error?.id]).toEqual([400, 'invalid_input']);
      const enabledAdmins = await t.ctx.store.db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('disabled', '=', 0)
        .execute();
      expect(enabledAdmins.map((u) => u.id)).toEqual([admin.userId]);
    });
  });
});

describe.each(dialects)('login and sessions on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
  });
  afterAll(async () => t?.close());

  async function newUser(role: 'reporter' | 'responder' | 'admin' = 'reporter') {
    const client = await t.signIn(role);
    const email = client.session?.user.email ?? '';
    return { client, email, id: client.userId };
  }

  it('refuses a wrong password or an unknown address with 401 login_failed and no cookie', async () => {
    startFreshWindow(t.clock, RATE_LIMITS.loginPerIp.windowSeconds);
    const { email } = await newUser();
    const sessions = await countRows(t, 'sessions');
    for (const body of [
      { email, password: 'wrong password, long enough' },
      { email: 'nobody@example.test', password: TEST_PASSWORD },
    ]) {
      const res = await t.request('/api/auth/login', json(body));
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { id: string } }).error.id).toBe('login_failed');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    expect(await countRows(t, 'sessions')).toBe(sessions);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and stores only its hash', async () => {
    const { email } = await newUser();
    const res = await t.request('/api/auth/login', json({ email, password: TEST_PASSWORD }));
    expect(res.status).toBe(200);
    const cookie = parseSetCookie(res.headers.get('set-cookie'));
    expect(cookie.name).toBe('shodo_session');
    expect(cookie.attrs.has('httponly')).toBe(true);
    expect(cookie.attrs.get('samesite')).toBe('Strict');
    expect(cookie.attrs.get('path')).toBe('/');
    expect(cookie.value.length).toBeGreaterThanOrEqual(43);
    const byToken = await t.ctx.store.db.selectFrom('sessions').select('id').where('id', '=', cookie.value).execute();
    expect(byToken).toEqual([]);
    const byHash = await t.ctx.store.db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', sha256Hex(cookie.value))
      .execute();
    expect(byHash).toHaveLength(1);
  });

  it('stores passwords as argon2id hashes', async () => {
    const { id } = await newUser();
    const row = await t.ctx.store.db
      .selectFrom('users')
      .select('passwordHash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it('ends the session on logout: the old cookie then answers 401', async () => {
    const { client, id } = await newUser();
    const oldCookie = client.cookie;
    const other = await freshSession(t, id);
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(parseSetCookie(out.headers.get('set-cookie')).value).toBe('');
    const replay = await t.request('/api/auth/me', { headers: { cookie: oldCookie ?? '' } });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { error: { id: string } }).error.id).toBe('not_signed_in');
    // Only that session ended.
    expect((await other.get('/api/auth/me')).status).toBe(200);
  });

  it('replaces the browser’s session when it signs in again', async () => {
    const { client, id, email } = await newUser();
    const oldCookie = client.cookie ?? '';
    const sessions = await t.ctx.store.db.selectFrom('sessions').select('id').where('userId', '=', id).execute();
    await client.login(email, TEST_PASSWORD);
    expect(client.cookie).not.toBe(oldCookie);
    expect((await t.request('/api/auth/me', { headers: { cookie: oldCookie } })).status).toBe(401);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const after = await t.ctx.store.db.selectFrom('sessions').select('id').where('userId', '=', id).execute();
    expect(after).toHaveLength(sessions.length);
  });

  it('limits login attempts per address: 429 too_many_requests after the limit, even with the right password', async () => {
    startFreshWindow(t.clock, RATE_LIMITS.loginPerEmail.windowSeconds);
    const { email } = await newUser();
    for (let i = 0; i < RATE_LIMITS.loginPerEmail.limit; i++) {
      const res = await t.request('/api/auth/login', json({ email, password: `wrong password ${i}!` }));
      expect(res.status).toBe(401);
    }
    const blocked = await t.request('/api/auth/login', json({ email, password: TEST_PASSWORD }));
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { error: { id: string } }).error.id).toBe('too_many_requests');
    expect(blocked.headers.get('set-cookie')).toBeNull();

    startFreshWindow(t.clock, RATE_LIMITS.loginPerEmail.windowSeconds);
    expect((await t.request('/api/auth/login', json({ email, password: TEST_PASSWORD }))).status).toBe(200);
  });

  it('limits login attempts per address of the caller across accounts', async () => {
    startFreshWindow(t.clock, RATE_LIMITS.loginPerIp.windowSeconds);
    for (let i = 0; i < RATE_LIMITS.loginPerIp.limit; i++) {
      const res = await t.request(
        '/api/auth/login',
        json({ email: `guess${i}@example.test`, password: 'guessing!!!!' }),
      );
      expect(res.status).toBe(401);
    }
    const blocked = await t.request(
      '/api/auth/login',
      json({ email: admin.session?.user.email, password: TEST_PASSWORD }),
    );
    expect(blocked.status).toBe(429);
    startFreshWindow(t.clock, RATE_LIMITS.loginPerIp.windowSeconds);
  });

  it('stops a disabled user’s session at once, and refuses their login', async () => {
    const { client, id, email } = await newUser('responder');
    const disabled = await admin.patch(`/api/users/${id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    const me = await client.get('/api/auth/me');
    expect([me.status, me.body.error.id]).toEqual([401, 'not_signed_in']);
    const login = await t.request('/api/auth/login', json({ email, password: TEST_PASSWORD }));
    expect(login.status).toBe(401);
  });

  it('refuses the session of a user disabled directly in the database', async () => {
    const { client, id } = await newUser('responder');
    await t.ctx.store.db.updateTable('users').set({ disabled: 1 }).where('id', '=', id).execute();
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await client.get('/api/incidents')).status).toBe(401);
  });

  it('ends the sessions of a user whose role changes', async () => {
    const { client, id } = await newUser('responder');
    expect((await admin.patch(`/api/users/${id}`, { role: 'reporter' })).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  describe('set-password links', () => {
    async function newLink(): Promise<{ token: string; userId: string; email: string }> {
      const admin2 = await freshSession(t, admin.userId);
      const email = `invitee-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
      const res = await admin2.post('/api/users', { email, name: 'Invitee', role: 'responder', locale: 'en' });
      expect(res.status).toBe(201);
      const token = new URL(res.body.setPasswordPath, 'http://x').searchParams.get('token') ?? '';
      return { token, userId: res.body.user.id, email };
    }

    it('works once and signs the user in; reusing it answers 400 token_invalid', async () => {
      const { token, email } = await newLink();
      const first = await t.request('/api/auth/set-password', json({ token, password: 'my own good passphrase' }));
      expect(first.status).toBe(200);
      expect(parseSetCookie(first.headers.get('set-cookie')).attrs.has('httponly')).toBe(true);
      const again = await t.request('/api/auth/set-password', json({ token, password: 'an attacker passphrase' }));
      expect(again.status).toBe(400);
      expect(((await again.json()) as { error: { id: string } }).error.id).toBe('token_invalid');
      // The first password is the one that holds.
      expect((await t.request('/api/auth/login', json({ email, password: 'my own good passphrase' }))).status).toBe(
        200,
      );
      expect((await t.request('/api/auth/login', json({ email, password: 'an attacker passphrase' }))).status).toBe(
        401,
      );
    });

    it('answers 400 token_invalid for an unknown token', async () => {
      const res = await t.request('/api/auth/set-password', json({ token: 'x'.repeat(43), password: TEST_PASSWORD }));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { id: string } }).error.id).toBe('token_invalid');
    });

    it('lets only one of two simultaneous uses of a token through', async () => {
      const { token, email } = await newLink();
      const [a, b] = await Promise.all(
        ['first racer passphrase', 'second racer passphrase'].map((password) =>
          t.request('/api/auth/set-password', json({ token, password })),
        ),
      );
      expect([a?.status, b?.status].sort()).toEqual([200, 400]);
      const winner = a?.status === 200 ? 'first racer passphrase' : 'second racer passphrase';
      expect((await t.request('/api/auth/login', json({ email, password: winner }))).status).toBe(200);
    });

    it('limits attempts per caller: 429 too_many_requests after the limit, even with a valid token', async () => {
      startFreshWindow(t.clock, RATE_LIMITS.setPasswordPerIp.windowSeconds);
      const { token, userId } = await newLink();
      for (let i = 0; i < RATE_LIMITS.setPasswordPerIp.limit; i++) {
        const res = await t.request(
          '/api/auth/set-password',
          json({ token: `guess-${i}`.padEnd(43, 'x'), password: TEST_PASSWORD }),
        );
        expect(res.status).toBe(400);
      }
      const blocked = await t.request('/api/auth/set-password', json({ token, password: TEST_PASSWORD }));
      expect(blocked.status).toBe(429);
      expect(((await blocked.json()) as { error: { id: string } }).error.id).toBe('too_many_requests');
      const row = await t.ctx.store.db
        .selectFrom('users')
        .select('passwordHash')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      expect(row.passwordHash).toBeNull();
      startFreshWindow(t.clock, RATE_LIMITS.setPasswordPerIp.windowSeconds);
      expect((await t.request('/api/auth/set-password', json({ token, password: TEST_PASSWORD }))).status).toBe(200);
    });

    // Moves the clock by days: the last test of this app, since it ends every session in it.
    it('fails once expired (72 hours), and sessions expire too', async () => {
      const { token, userId } = await newLink();
      const session = await freshSession(t, admin.userId);
      t.clock.advance(73 * 3600_000);
      const res = await t.request('/api/auth/set-password', json({ token, password: 'too late passphrase' }));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { id: string } }).error.id).toBe('token_invalid');
      const row = await t.ctx.store.db
        .selectFrom('users')
        .select('passwordHash')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      expect(row.passwordHash).toBeNull();
      expect((await session.get('/api/auth/me')).status).toBe(401);
    });
  });
});
