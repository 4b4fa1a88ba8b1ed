/**
 * The notification log: every message with its channel, recipient, status, attempts and last error,
 * newest first, for the response staff; each entry only if its incident is visible to the reader.
 */
import { isoNow } from '../lib/clock.js';
import type { NotificationLogQuery, NotificationStatus } from '../shared/channel-schemas.js';
import type { Locale } from '../shared/limits.js';
import type { NotificationLogEntry } from '../shared/notify-types.js';
import type { NotificationRow } from '../store/notifications.repository.js';
import { outboxRepository } from '../store/outbox.repository.js';
import { requireIncidentAccess, requireRole, STAFF } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { appendEvent } from './timeline.js';

export const toLogEntry = (n: NotificationRow): NotificationLogEntry => ({
  id: n.id,
  incidentId: n.incidentId,
  kind: n.kind,
  channel: n.channel,
  recipient: n.recipient,
  locale: n.locale as Locale,
  subject: n.subject,
  status: n.status as NotificationStatus,
  createdAt: n.createdAt,
  attempts: n.attempts,
  lastError: n.lastError,
  nextAttemptAt: n.status === 'queued' ? n.nextAttemptAt : null,
  deliveredAt: n.sentAt,
  acknowledgedAt: n.acknowledgedAt,
  warningId: n.warningId,
});

const CURSOR = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)\|([0-9a-f-]{1,64})$/;

export async function notificationLog(
  ctx: ServiceContext,
  actor: UserActor,
  q: NotificationLogQuery,
): Promise<{ notifications: NotificationLogEntry[]; nextCursor: string | null }> {
  requireRole(actor, STAFF);
  if (q.incidentId) await requireIncidentAccess(ctx.store.db, actor, q.incidentId);
  let before: { createdAt: string; id: string } | undefined;
  if (q.cursor) {
    const m = CURSOR.exec(q.cursor);
    if (!m) throw errors.invalidInput({ cursor: 'not a cursor from this log' });
    before = { createdAt: m[1] ?? '', id: m[2] ?? '' };
  }
  const rows = await outboxRepository.listLog(
    ctx.store.db,
    { incidentId: q.incidentId, status: q.status, channel: q.channel, limit: q.limit, before },
    { userId: actor.id, isAdmin: actor.role === 'admin' },
  );
  const last = rows.at(-1);
  return {
    notifications: rows.map(toLogEntry),
    nextCursor: last && rows.length === q.limit ? `${last.createdAt}|${last.id}` : null,
  };
}

/** A failed message goes back into the queue with a fresh set of attempts (e.g. after fixing a setting). */
export async function retryNotification(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
): Promise<NotificationLogEntry> {
  requireRole(actor, ['responder', 'admin']);
  const row = await outboxRepository.get(ctx.store.db, id);
  if (!row) throw errors.notFound();
  if (row.incidentId) await requireIncidentAccess(ctx.store.db, actor, row.incidentId);
  else if (actor.role !== 'admin') throw errors.notFound();
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await outboxRepository.requeue(trx, id, at))) throw errors.invalidTransition();
    await appendEvent(trx, ctx.store.caps, {
      incidentId: row.incidentId,
      at,
      actor,
      type: 'notification.retry_requested',
      data: { notificationId: id, kind: row.kind, channel: row.channel, recipient: row.recipient },
    });
  });
  const updated = await outboxRepository.get(ctx.store.db, id);
  if (!updated) throw errors.notFound();
  return toLogEntry(updated);
}
