/**
 * An in-process Shodo on a real database, driven through `app.request()` with a small client that
 * keeps the session cookie and sends the CSRF token like the web UI does.
 */
import pino from 'pino';
import { loadConfig } from '../../src/config/config.js';
import { createApp } from '../../src/http/app.js';
import type { Clock } from '../../src/lib/clock.js';
import { createFirstAdmin } from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createUser } from '../../src/services/users.service.js';
import type { SessionView } from '../../src/shared/api-types.js';
import type { Role } from '../../src/shared/limits.js';
import { openStore } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createTestDatabase, type DialectName } from './databases.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export class MovableClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface TestApp {
  dialect: DialectName;
  ctx: ServiceContext;
  clock: MovableClock;
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** A client with no session. */
  anonymous(): ApiClient;
  /** Creates a user with that role (and a password) and signs them in. */
  signIn(
    role: Role,
    overrides?: { email?: string; name?: string; locale?: 'ja' | 'en'; supervisorEmail?: string },
  ): Promise<ApiClient>;
  close(): Promise<void>;
}

let userCounter = 0;

export async function startTestApp(dialect: DialectName): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const config = {
    ...loadConfig({ DATA_DIR: database.dataDir, DATABASE_URL: database.url }),
    databaseUrl: database.url,
  };
  const store = openStore(config.databaseUrl);
  await migrateToLatest(store.db);
  const clock = new MovableClock();
  const ctx: ServiceContext = { store, clock, config, log: pino({ level: 'silent' }) };
  const { app } = createApp(ctx, { version: 'test' });
  const request = async (path: string, init?: RequestInit) => app.request(`http://shodo.test${path}`, init);
  let adminCreated = false;

  const testApp: TestApp = {
    dialect,
    ctx,
    clock,
    request,
    anonymous: () => new ApiClient(request),
    async signIn(role, overrides = {}) {
      userCounter += 1;
      const email = overrides.email ?? `${role}${userCounter}-${Date.now()}@example.test`;
      const name = overrides.name ?? `${role} ${userCounter}`;
      if (role === 'admin' && !adminCreated) {
        adminCreated = true;
        await createFirstAdmin(ctx, { email, name, password: TEST_PASSWORD, locale: overrides.locale ?? 'en' });
      } else {
        const { setPasswordToken } = await createUser(
          ctx,
          { kind: 'anonymous', label: 'test' },
          {
            email,
            name,
            role,
            locale: overrides.locale ?? 'en',
            supervisorEmail: overrides.supervisorEmail,
          },
        );
        const res = await request('/api/auth/set-password', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: setPasswordToken, password: TEST_PASSWORD }),
        });
        if (res.status !== 200) throw new Error(`set-password failed: ${res.status} ${await res.text()}`);
      }
      const client = new ApiClient(request);
      await client.login(email, TEST_PASSWORD);
      return client;
    },
    async close() {
      await store.close();
      await database.drop();
    },
  };
  return testApp;
}

/** Like the web UI: keeps the cookie, sends the CSRF token on writes. */
export class ApiClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  session: SessionView | null = null;

  constructor(private readonly send: (path: string, init?: RequestInit) => Promise<Response>) {}

  async login(email: string, password: string): Promise<void> {
    const res = await this.call('POST', '/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.session = res.body as SessionView;
    this.csrfToken = this.session.csrfToken;
  }

  get userId(): string {
    if (!this.session) throw new Error('not signed in');
    return this.session.user.id;
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (method !== 'GET' && this.csrfToken && h['x-csrf-token'] === undefined) h['x-csrf-token'] = this.csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      h['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await this.send(path, { method, headers: h, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value.endsWith('=') ? null : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text (downloads)
    }
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers; each asserts the fields it needs
    return { status: res.status, body: parsed as any, headers: res.headers };
  }

  get = (path: string) => this.call('GET', path);
  post = (path: string, body?: unknown) => this.call('POST', path, body);
  put = (path: string, body?: unknown) => this.call('PUT', path, body);
  patch = (path: string, body?: unknown) => this.call('PATCH', path, body);
}

/** A minimal valid report. */
export const buildReport = (overrides: Record<string, unknown> = {}) => ({
  whatHappened: 'A window says all files are encrypted and asks for bitcoin',
  where: 'Accounting PC ACC-07',
  contact: 'reporter@example.test',
  ...overrides,
});
