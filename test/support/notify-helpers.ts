/**
 * Helpers for the notification tests: a fast in-process worker, running it until the outbox is done,
 * pointing Shodo at the test mail server, and reading the outbox.
 */
import { NotificationWorker, type WorkerOptions } from '../../src/notify/worker.js';
import type { ApiClient, TestApp } from './test-app.js';

/** Short pauses and timeouts, so retries happen within a test. */
export const FAST: Partial<WorkerOptions> = {
  pollMs: 10,
  batchSize: 50,
  concurrency: 4,
  retryBaseMs: 5,
  retryMaxMs: 20,
  sendTimeoutMs: 2000,
  maxAttempts: 4,
  random: () => 0.5,
};

export const fastWorker = (t: TestApp, overrides: Partial<WorkerOptions> = {}) =>
  new NotificationWorker(t.ctx, { ...FAST, ...overrides });

export async function queuedCount(t: TestApp): Promise<number> {
  const row = await t.ctx.store.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'queued')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Runs rounds until nothing is queued any more (sent or failed), or fails after `timeoutMs`. */
export async function runUntilDone(t: TestApp, worker: NotificationWorker, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  // At least one round, so due reminders and escalations run even when no message is waiting.
  do {
    if (Date.now() > until) throw new Error(`${await queuedCount(t)} notifications still queued`);
    if ((await worker.runOnce()) === 0) await new Promise((r) => setTimeout(r, 10));
  } while ((await queuedCount(t)) > 0);
}

/** A fresh worker (as after a restart) that runs until nothing is queued, then stops. */
export async function deliverAll(t: TestApp, overrides: Partial<WorkerOptions> = {}): Promise<void> {
  const worker = fastWorker(t, overrides);
  try {
    await runUntilDone(t, worker);
  } finally {
    await worker.stop();
  }
}

export async function useMailServer(
  admin: ApiClient,
  port: number,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const res = await admin.put('/api/notify/smtp', {
    host: '127.0.0.1',
    port,
    security: 'none',
    fromAddress: 'shodo@example.test',
    fromName: '初動 Shodo',
    ...extra,
  });
  if (res.status !== 200) throw new Error(`smtp settings: ${res.status} ${JSON.stringify(res.body)}`);
}

export const outbox = (t: TestApp, incidentId?: string) => {
  let q = t.ctx.store.db.selectFrom('notifications').selectAll();
  if (incidentId) q = q.where('incidentId', '=', incidentId);
  return q.orderBy('createdAt').orderBy('kind').orderBy('recipient').execute();
};

export const eventsOf = (t: TestApp, incidentId: string, prefix = 'notification.') =>
  t.ctx.store.db
    .selectFrom('timelineEvents')
    .select(['type', 'data'])
    .where('incidentId', '=', incidentId)
    .where('type', 'like', `${prefix}%`)
    .orderBy('seq')
    .execute()
    .then((rows) => rows.map((r) => ({ type: r.type, data: JSON.parse(r.data) as Record<string, unknown> })));
