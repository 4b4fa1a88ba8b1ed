/**
 * Two delivery workers in two real processes share one PostgreSQL outbox of 1,000 messages: each
 * message reaches the SMTP server exactly once, both processes take part, every delivery is on the
 * timeline, and the hash chain stays intact.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/lib/ids.js';
import { verifyTimeline } from '../src/services/timeline.service.js';
import type { NotificationRow } from '../src/store/notifications.repository.js';
import { testDialects } from './support/databases.js';
import { useMailServer } from './support/notify-helpers.js';
import { SmtpListener } from './support/smtp-listener.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const onPostgres = (await testDialects()).includes('postgres');
const MESSAGES = 1000;
const SCRIPT = path.join(import.meta.dirname, 'support/notify-worker-process.ts');

function startWorker(
  t: TestApp,
  workerId: string,
): { child: ChildProcess; ready: Promise<void>; exit: Promise<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: path.join(import.meta.dirname, '..'),
    env: {
      ...process.env,
      DATABASE_URL: t.ctx.config.databaseUrl,
      DATA_DIR: t.ctx.config.dataDir,
      WORKER_ID: workerId,
      // The fast path: short pauses, big batches, several messages in flight.
      NOTIFY_POLL_MS: '20',
      NOTIFY_BATCH: '50',
      NOTIFY_CONCURRENCY: '8',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('error', reject);
  });
  const exit = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
  return { child, ready, exit };
}

describe.skipIf(!onPostgres)('two worker processes on one PostgreSQL', () => {
  let t: TestApp;
  let smtp: SmtpListener;
  let admin: ApiClient;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp('postgres');
    smtp = await SmtpListener.start();
    admin = await t.signIn('admin');
    await useMailServer(admin, smtp.port);
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await smtp?.stop();
    await t?.close();
  });

  it('delivers each of 1,000 queued messages exactly once', async () => {
    const incidentId = (await admin.post('/api/incidents', buildReport({ contact: 'Extension 1' }))).body
      .incidentId as string;
    // The intake notices are part of the queue too.
    const at = t.clock.now().toISOString();
    const rows: NotificationRow[] = Array.from({ length: MESSAGES }, (_, i) => {
      const id = newId();
      return {
        id,
        incidentId,
        kind: 'warning_internal',
        channel: 'email',
        recipient: `staff${i}@example.test`,
        locale: 'ja',
        subject: `注意喚起 ${i}`,
        body: `不審なメールにご注意ください (${i})`,
        status: 'queued',
        attempts: 0,
        lastError: null,
        createdAt: at,
        sentAt: null,
        idempotencyKey: id,
        nextAttemptAt: at,
        lockedUntil: null,
        lockedBy: null,
        acknowledgedAt: null,
        ackTokenId: null,
        channelId: null,
        warningId: null,
      };
    });
    for (let i = 0; i < rows.length; i += 250)
      await t.ctx.store.db
        .insertInto('notifications')
        .values(rows.slice(i, i + 250))
        .execute();
    const queued = await t.ctx.store.db.selectFrom('notifications').select(['id', 'idempotencyKey']).execute();
    expect(queued.length).toBeGreaterThanOrEqual(MESSAGES);

    const workers = [startWorker(t, 'worker-a'), startWorker(t, 'worker-b')];
    children.push(...workers.map((w) => w.child));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.stdin?.end('go\n');
    expect(await Promise.all(workers.map((w) => w.exit))).toEqual([0, 0]);

    const counts = smtp.countsByMessageId();
    expect(smtp.received).toHaveLength(queued.length);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect([...counts.keys()].sort()).toEqual(queued.map((q) => `${q.idempotencyKey}@example.test`).sort());

    const done = await t.ctx.store.db.selectFrom('notifications').select(['status', 'attempts', 'lockedBy']).execute();
    expect(done.every((n) => n.status === 'sent' && n.attempts === 1)).toBe(true);
    // Both processes delivered a share.
    const byWorker = new Map<string, number>();
    for (const n of done) byWorker.set(n.lockedBy ?? '', (byWorker.get(n.lockedBy ?? '') ?? 0) + 1);
    expect([...byWorker.keys()].sort()).toEqual(['worker-a', 'worker-b']);

    const delivered = await t.ctx.store.db
      .selectFrom('timelineEvents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('incidentId', '=', incidentId)
      .where('type', '=', 'notification.delivered')
      .executeTakeFirstOrThrow();
    expect(Number(delivered.n)).toBe(queued.length);
    expect((await verifyTimeline(t.ctx)).breaks).toEqual([]);
  }, 60_000);
});
