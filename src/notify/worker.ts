/**
 * The delivery worker, started with the server. Each round it claims a batch of due outbox messages
 * under a lease, sends them a few at a time, then records every outcome with its timeline event in one
 * transaction. At-least-once: a crash between sending and recording means the lease runs out and the
 * messages go again, with the same idempotency key for the receiver to drop the repeat. Failures are
 * retried with exponential back-off and jitter, and marked failed after maxAttempts.
 *
 * Outcomes are recorded per round rather than per message because every timeline append takes the
 * chain head's lock until commit: a commit per message would queue all workers behind each other.
 */
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { NotifyConfig } from '../config/config.js';
import type { ServiceContext } from '../services/context.js';
import { NOTIFIER, runEscalations } from '../services/escalation.service.js';
import { readSmtp } from '../services/smtp-settings.service.js';
import { appendEvents, type NewEvent } from '../services/timeline-batch.js';
import type { NotificationRow } from '../store/notifications.repository.js';
import { outboxRepository } from '../store/outbox.repository.js';
import type { Database } from '../store/schema.js';
import { retryDelayMs } from './backoff.js';
import { type DeliveryDeps, deliver } from './deliver.js';
import { truncate } from './redact.js';
import { SmtpSender } from './senders/email.js';
import type { SendOutcome } from './senders/outcome.js';

export interface WorkerOptions extends Omit<NotifyConfig, 'worker'> {
  /** Names this process in the outbox's `locked_by`. */
  workerId: string;
  /** For the back-off jitter; tests pass a fixed one. */
  random: () => number;
}

/** A claimed message and what came of it; `released` when its lease had too little time left to try. */
type Result = { row: NotificationRow; outcome: SendOutcome | 'released' };

const EVENT_RESPONSE_CHARS = 300;
/** The longest one send can take, in send timeouts (connect, greeting, and the replies after DATA). */
const SEND_BUDGET_TIMEOUTS = 3;

async function eachWithLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class NotificationWorker {
  readonly options: WorkerOptions;
  private readonly smtp: SmtpSender;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    overrides: Partial<WorkerOptions> = {},
  ) {
    const { worker: _enabled, ...tuning } = ctx.config.notify;
    this.options = {
      ...tuning,
      workerId: `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
      random: Math.random,
      ...overrides,
    };
    this.smtp = new SmtpSender({ timeoutMs: this.options.sendTimeoutMs, maxConnections: this.options.concurrency });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the round in hand (its outcomes are recorded), then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
    this.smtp.close();
  }

  /** One round: a batch of messages, then due reminders and escalations. Returns the messages claimed. */
  async runOnce(): Promise<number> {
    const o = this.options;
    const now = this.ctx.clock.now();
    const leaseUntil = now.getTime() + o.leaseMs;
    const claimed = await outboxRepository.claim(this.ctx.store.db, this.ctx.store.caps, {
      now: now.toISOString(),
      leaseUntil: new Date(leaseUntil).toISOString(),
      workerId: o.workerId,
      limit: o.batchSize,
    });
    let smtpSettings: ReturnType<typeof readSmtp> | undefined;
    const deps: DeliveryDeps = {
      ctx: this.ctx,
      smtp: this.smtp,
      timeoutMs: o.sendTimeoutMs,
      smtpSettings: () => {
        smtpSettings ??= readSmtp(this.ctx.store.db);
        return smtpSettings;
      },
    };
    const results: Result[] = [];
    await eachWithLimit(claimed, o.concurrency, async (row) => {
      results.push({ row, outcome: await this.attempt(deps, row, leaseUntil) });
    });
    await this.recordAll(results);
    await runEscalations(this.ctx, { now: this.ctx.clock.now(), leaseMs: o.leaseMs, limit: o.batchSize });
    return claimed.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let handled = 0;
      try {
        handled = await this.runOnce();
      } catch (err) {
        // A database hiccup must not stop delivery: log it and try again after the pause.
        this.ctx.log.warn({ err: errorText(err) }, 'notification round failed');
      }
      // A full batch means more may be waiting: go straight on.
      if (this.running && handled < this.options.batchSize) await this.pause(this.options.pollMs);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async attempt(
    deps: DeliveryDeps,
    row: NotificationRow,
    leaseUntil: number,
  ): Promise<SendOutcome | 'released'> {
    const o = this.options;
    // Sending after the lease ran out could race another worker that re-claimed the message: hand it back.
    if (this.ctx.clock.now().getTime() + SEND_BUDGET_TIMEOUTS * o.sendTimeoutMs > leaseUntil) return 'released';
    // Only reached when earlier attempts died with their process before recording anything.
    if (row.attempts > o.maxAttempts)
      return { ok: false, permanent: true, status: null, response: `gave up after ${row.attempts - 1} attempts` };
    try {
      return await deliver(deps, row);
    } catch (err) {
      return { ok: false, permanent: false, status: null, response: truncate(errorText(err)) };
    }
  }

  private async recordAll(results: Result[]): Promise<void> {
    if (results.length === 0) return;
    try {
      await this.ctx.store.db.transaction().execute((trx) => this.record(trx, results));
    } catch (err) {
      // One bad row must not cost the others their record: fall back to one transaction each.
      this.ctx.log.warn({ err: errorText(err) }, 'recording a round failed; recording one by one');
      for (const r of results) {
        try {
          await this.ctx.store.db.transaction().execute((trx) => this.record(trx, [r]));
        } catch (e) {
          // Unrecorded: the lease runs out and the message goes again (at-least-once, same idempotency key).
          this.ctx.log.warn({ err: errorText(e), notificationId: r.row.id }, 'could not record a delivery outcome');
        }
      }
    }
  }

  /** Each outcome counts only while this worker still holds the message's lease. */
  private async record(trx: Kysely<Database>, results: Result[]): Promise<void> {
    const { ctx, options: o } = this;
    const now = ctx.clock.now();
    const at = now.toISOString();
    const events: NewEvent[] = [];
    const event = (row: NotificationRow, type: string, data: Record<string, unknown>) =>
      events.push({
        incidentId: row.incidentId,
        at,
        actor: NOTIFIER,
        type,
        data: {
          notificationId: row.id,
          kind: row.kind,
          channel: row.channel,
          recipient: row.recipient,
          attempt: row.attempts,
          ...data,
        },
      });
    const logged = (row: NotificationRow) => ({
      notificationId: row.id,
      kind: row.kind,
      channel: row.channel,
      attempt: row.attempts,
    });

    const delivered = results.filter(
      (r): r is { row: NotificationRow; outcome: SendOutcome & { ok: true } } =>
        r.outcome !== 'released' && r.outcome.ok,
    );
    const held = await outboxRepository.markSentMany(
      trx,
      delivered.map((r) => r.row.id),
      o.workerId,
      at,
    );
    for (const { row, outcome } of delivered) {
      if (held.has(row.id))
        event(row, 'notification.delivered', { response: truncate(outcome.response, EVENT_RESPONSE_CHARS) });
      ctx.log.debug(logged(row), 'notification delivered');
    }
    for (const { row, outcome } of results) {
      if (outcome === 'released') {
        await outboxRepository.release(trx, row.id, o.workerId);
        continue;
      }
      if (outcome.ok) continue;
      const error = truncate(outcome.response, EVENT_RESPONSE_CHARS);
      if (outcome.permanent || row.attempts >= o.maxAttempts) {
        if (await outboxRepository.markFailed(trx, row.id, o.workerId, outcome.response))
          event(row, 'notification.failed', { error });
        ctx.log.warn({ ...logged(row), error }, 'notification failed for good');
      } else {
        const delay = retryDelayMs(row.attempts, { baseMs: o.retryBaseMs, maxMs: o.retryMaxMs }, o.random);
        const nextAttemptAt = new Date(now.getTime() + delay).toISOString();
        if (await outboxRepository.markRetry(trx, row.id, o.workerId, outcome.response, nextAttemptAt))
          event(row, 'notification.attempt_failed', { error, nextAttemptAt });
        ctx.log.info({ ...logged(row), error, nextAttemptAt }, 'notification attempt failed');
      }
    }
    await appendEvents(trx, ctx.store.caps, events);
  }
}
