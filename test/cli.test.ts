/** The real `shodo` command against a test database: verify (exit 0 intact, 1 tampered) and user add. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyTimeline } from '../src/services/timeline.service.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';
import { restoreTimeline, snapshotTimeline, tamper } from './support/timeline-tamper.js';

const dialects = await testDialects();
const ROOT = path.join(import.meta.dirname, '..');

function shodo(t: TestApp, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'shodo.js'), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: t.ctx.config.databaseUrl,
        DATA_DIR: t.ctx.config.dataDir,
        PUBLIC_URL: 'https://shodo.example',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(dialects)('the shodo command on %s', (dialect) => {
  let t: TestApp;
  let responder: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await t.signIn('admin');
    responder = await t.signIn('responder');
    const id = (await responder.post('/api/incidents', buildReport())).body.incidentId;
    const d = (await responder.get(`/api/incidents/${id}`)).body;
    await responder.put(`/api/incidents/${id}/facts`, { version: d.version, facts: { foundBy: { known: false } } });
  });
  afterAll(async () => t?.close());

  it('verify exits 0 on an intact timeline and 1 once it was tampered with', async () => {
    const snap = await snapshotTimeline(t.ctx.store.db);
    const intact = await shodo(t, ['verify']);
    expect({ code: intact.code, stderr: intact.stderr }).toEqual({ code: 0, stderr: '' });
    expect(intact.stdout).toContain(`Timeline intact: ${snap.events.length} events`);

    await tamper.alterData(t.ctx.store.db, 2);
    const broken = await shodo(t, ['verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Timeline BROKEN: 1 problem(s)');
    expect(broken.stderr).toContain('seq 2: altered');

    await restoreTimeline(t.ctx.store.db, snap);
    expect((await verifyTimeline(t.ctx)).breaks).toEqual([]);
  }, 60_000);

  it('user add prints a one-time link that sets the password, and refuses an unknown role with exit code 2', async () => {
    const email = `cli-${Date.now()}@example.test`;
    const before = await t.ctx.store.db.selectFrom('users').select('id').orderBy('id').execute();
    const [refused, added] = await Promise.all([
      shodo(t, ['user', 'add', '--email', 'x@example.test', '--role', 'root']),
      shodo(t, ['user', 'add', '--email', email, '--role', 'manager', '--locale', 'en']),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('role');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`Created manager ${email}.`);
    const users = await t.ctx.store.db.selectFrom('users').select(['email']).execute();
    expect(users).toHaveLength(before.length + 1);
    expect(users.map((u) => u.email)).not.toContain('x@example.test');

    const link = added.stdout.match(/https:\/\/shodo\.example\/set-password\?token=([A-Za-z0-9_-]+)/);
    expect(link).not.toBeNull();
    const res = await t.request('/api/auth/set-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: link?.[1], password: 'a manager passphrase' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { role: string; email: string } }).user).toMatchObject({
      role: 'manager',
      email,
    });
  }, 60_000);
});
