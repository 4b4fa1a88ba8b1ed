/**
 * The outbox as the delivery worker sees it: claiming due messages under a lease, recording each
 * attempt's outcome, and the notification log. A claim is one statement, so two workers never hold
 * the same message; on PostgreSQL `SKIP LOCKED` lets them claim side by side without waiting.
 */
import type { Kysely } from 'kysely';
import type { NotificationStatus } from '../shared/channel-schemas.js';
import type { DialectCapabilities } from './dialect.js';
import type { NotificationRow } from './notifications.repository.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export interface LogFilter {
  incidentId?: string;
  status?: NotificationStatus;
  channel?: string;
  limit: number;
  before?: { createdAt: string; id: string };
}

export interface LogViewer {
  userId: string;
  /** Admins also see messages that belong to no incident (tests of channels, system notices). */
  isAdmin: boolean;
}

const updated = (r: { numUpdatedRows: bigint }): boolean => Number(r.numUpdatedRows) === 1;

export const outboxRepository = {
  /**
   * Takes up to `limit` due messages for `workerId` until `leaseUntil`, counting the attempt now: if the
   * process dies mid-send, the lease runs out and another worker retries, and the count stays honest.
   */
  claim: (
    db: Db,
    caps: DialectCapabilities,
    c: { now: string; leaseUntil: string; workerId: string; limit: number },
  ): Promise<NotificationRow[]> => {
    const due = db
      .selectFrom('notifications')
      .select('id')
      .where('status', '=', 'queued')
      .where('nextAttemptAt', '<=', c.now)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', c.now)]))
      .orderBy('nextAttemptAt')
      .limit(c.limit);
    return db
      .updateTable('notifications')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), lockedUntil: c.leaseUntil, lockedBy: c.workerId }))
      .where('id', 'in', caps.skipLocked ? due.forUpdate().skipLocked() : due)
      .where('status', '=', 'queued')
      .returningAll()
      .execute();
  },

  /** Each outcome applies only while this worker still holds the lease; false means someone else took over. */
  /** Marks a round's delivered messages at once; returns the ids this worker still held. */
  markSentMany: async (db: Db, ids: string[], workerId: string, at: string): Promise<Set<string>> => {
    if (ids.length === 0) return new Set();
    const rows = await db
      .updateTable('notifications')
      .set({ status: 'sent', sentAt: at, lastError: null, lockedUntil: null })
      .where('id', 'in', ids)
      .where('lockedBy', '=', workerId)
      .where('status', '=', 'queued')
      .returning('id')
      .execute();
    return new Set(rows.map((r) => r.id));
  },
  markRetry: async (db: Db, id: string, workerId: string, error: string, nextAttemptAt: string) =>
    updated(
      await db
        .updateTable('notifications')
        .set({ lastError: error, nextAttemptAt, lockedUntil: null })
        .where('id', '=', id)
        .where('lockedBy', '=', workerId)
        .where('status', '=', 'queued')
        .executeTakeFirst(),
    ),
  markFailed: async (db: Db, id: string, workerId: string, error: string) =>
    updated(
      await db
        .updateTable('notifications')
        .set({ status: 'failed', lastError: error, lockedUntil: null })
        .where('id', '=', id)
        .where('lockedBy', '=', workerId)
        .where('status', '=', 'queued')
        .executeTakeFirst(),
    ),

  /** Hands back a claimed message that was not tried (its lease was too short for it): the claim does not count. */
  release: async (db: Db, id: string, workerId: string) =>
    updated(
      await db
        .updateTable('notifications')
        .set((eb) => ({ attempts: eb('attempts', '-', 1), lockedUntil: null }))
        .where('id', '=', id)
        .where('lockedBy', '=', workerId)
        .where('status', '=', 'queued')
        .executeTakeFirst(),
    ),

  /** A person asks for a failed message to be tried again, with a fresh set of attempts. */
  requeue: async (db: Db, id: string, at: string) =>
    updated(
      await db
        .updateTable('notifications')
        .set({ status: 'queued', attempts: 0, nextAttemptAt: at, lockedUntil: null })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .executeTakeFirst(),
    ),

  get: (db: Db, id: string) => db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst(),

  /** A later notice of the same group in the preferred language replaces the text of a not-yet-sent copy. */
  preferText: (db: Db, idempotencyKey: string, text: { locale: string; subject: string; body: string }) =>
    db
      .updateTable('notifications')
      .set(text)
      .where('idempotencyKey', '=', idempotencyKey)
      .where('locale', '!=', text.locale)
      .where('status', '=', 'queued')
      .where('attempts', '=', 0)
      .execute(),

  setAckToken: (db: Db, id: string, ackTokenId: string) =>
    db.updateTable('notifications').set({ ackTokenId }).where('id', '=', id).execute(),

  acknowledgeByToken: (db: Db, ackTokenId: string, at: string) =>
    db
      .updateTable('notifications')
      .set({ acknowledgedAt: at })
      .where('ackTokenId', '=', ackTokenId)
      .where('acknowledgedAt', 'is', null)
      .execute(),

  listForWarning: (db: Db, warningId: string) =>
    db.selectFrom('notifications').selectAll().where('warningId', '=', warningId).orderBy('recipient').execute(),

  /** Newest first; only messages of incidents the viewer may see (restricted ones need their name on them). */
  listLog: (db: Db, f: LogFilter, viewer: LogViewer): Promise<NotificationRow[]> => {
    let q = db
      .selectFrom('notifications')
      .leftJoin('incidents', 'incidents.id', 'notifications.incidentId')
      .selectAll('notifications')
      .where((eb) =>
        eb.or([
          ...(viewer.isAdmin ? [eb('notifications.incidentId', 'is', null)] : []),
          eb('incidents.restricted', '=', 0),
          eb.exists(
            eb
              .selectFrom('incidentAccess')
              .select('incidentAccess.userId')
              .whereRef('incidentAccess.incidentId', '=', 'notifications.incidentId')
              .where('incidentAccess.userId', '=', viewer.userId),
          ),
        ]),
      );
    if (f.incidentId) q = q.where('notifications.incidentId', '=', f.incidentId);
    if (f.status) q = q.where('notifications.status', '=', f.status);
    if (f.channel) q = q.where('notifications.channel', '=', f.channel);
    const before = f.before;
    if (before)
      q = q.where((eb) =>
        eb.or([
          eb('notifications.createdAt', '<', before.createdAt),
          eb.and([eb('notifications.createdAt', '=', before.createdAt), eb('notifications.id', '<', before.id)]),
        ]),
      );
    return q.orderBy('notifications.createdAt', 'desc').orderBy('notifications.id', 'desc').limit(f.limit).execute();
  },
};
