/**
 * Helpers shared by the API integration tests: fresh sessions without the login rate limit, the route
 * registry, direct reads of stored effects, evidence forms, and fixed rate-limit windows.
 */
import fs from 'node:fs';
import { createApp } from '../../src/http/app.js';
import type { RouteDoc } from '../../src/http/openapi-registry.js';
import { createSession } from '../../src/services/auth.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { ApiClient, type MovableClock, type TestApp } from './test-app.js';

/** Every route the app registers (all but /healthz and /api/openapi.json), as `createApp` builds them. */
export function registeredRoutes(ctx: ServiceContext): readonly RouteDoc[] {
  return createApp(ctx, { version: 'test' }).registry.list();
}

/**
 * The same app on the same database, configured with another public URL (as behind a TLS proxy), for
 * what depends on it: the Secure cookie flag and the origin that CSRF checks accept.
 */
export function requestWithPublicUrl(t: TestApp, publicUrl: string) {
  const { app } = createApp({ ...t.ctx, config: { ...t.ctx.config, publicUrl } }, { version: 'test' });
  return async (path: string, init?: RequestInit) => app.request(`${publicUrl}${path}`, init);
}

/**
 * A client with a brand-new session for `userId`, made directly through the service (no login, so no
 * login rate limit). Each one is independent: logging it out touches no other client.
 */
export async function freshSession(t: TestApp, userId: string): Promise<ApiClient> {
  const s = await createSession(t.ctx, userId);
  const client = new ApiClient(t.request);
  client.cookie = `shodo_session=${s.token}`;
  client.csrfToken = s.csrfToken;
  return client;
}

/** The token of the public report link, as an admin sees it in the settings. */
export async function reportToken(admin: ApiClient): Promise<string> {
  const res = await admin.get('/api/settings');
  if (res.status !== 200) throw new Error(`settings: ${res.status}`);
  const token = String(res.body.reportPath).split('/').pop();
  if (!token) throw new Error('no report path');
  return token;
}

export const evidenceFields = (overrides: Record<string, string> = {}): Record<string, string> => ({
  item: 'Ransom note',
  source: 'ACC-07',
  collectedBy: 'Sato',
  collectedAt: '2026-11-27T10:00:00+09:00',
  storageLocation: 'Safe in the IT room',
  ...overrides,
});

/** The multipart body of POST /api/incidents/:id/evidence. */
export function evidenceForm(
  fields: Record<string, string> = evidenceFields(),
  file?: { name: string; content: Uint8Array | string },
): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set('file', new File([file.content as BlobPart], file.name));
  return form;
}

/** The files in the evidence folder (none when it was never created). */
export function uploadedFiles(t: TestApp): string[] {
  const dir = t.ctx.config.uploadDir;
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

export const incidentRow = (t: TestApp, id: string) =>
  t.ctx.store.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

export async function countRows(
  t: TestApp,
  table: 'incidents' | 'timelineEvents' | 'evidence' | 'notifications' | 'users' | 'sessions' | 'vendors',
): Promise<number> {
  const row = await t.ctx.store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function timelineTypes(t: TestApp, incidentId: string): Promise<string[]> {
  const rows = await t.ctx.store.db
    .selectFrom('timelineEvents')
    .select('type')
    .where('incidentId', '=', incidentId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.type);
}

export async function notificationsOf(t: TestApp, incidentId: string) {
  return t.ctx.store.db
    .selectFrom('notifications')
    .select(['kind', 'recipient', 'locale', 'subject'])
    .where('incidentId', '=', incidentId)
    .orderBy('kind')
    .orderBy('recipient')
    .execute();
}

/**
 * Moves the clock to one second into a fresh fixed window of `windowSeconds`, so a rate-limit test
 * has the whole window to itself even if the real clock is about to cross a boundary.
 */
export function startFreshWindow(clock: MovableClock, windowSeconds: number): void {
  const windowMs = windowSeconds * 1000;
  const now = clock.now().getTime();
  clock.advance(windowMs - (now % windowMs) + 1000);
}

/** The parsed `Set-Cookie` header: the value and its attributes, lower-cased. */
export function parseSetCookie(header: string | null): { name: string; value: string; attrs: Map<string, string> } {
  if (!header) throw new Error('no Set-Cookie header');
  const [pair = '', ...rest] = header.split(';').map((s) => s.trim());
  const eq = pair.indexOf('=');
  const attrs = new Map<string, string>();
  for (const a of rest) {
    const i = a.indexOf('=');
    attrs.set((i < 0 ? a : a.slice(0, i)).toLowerCase(), i < 0 ? '' : a.slice(i + 1));
  }
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attrs };
}
