/** Queues notifications in the outbox (delivery over mail and chat comes with the notifications issue). */
import type { Kysely } from 'kysely';
import { newId } from '../lib/ids.js';
import type { Locale } from '../shared/limits.js';
import { notificationRepository } from '../store/notifications.repository.js';
import type { Database } from '../store/schema.js';
import { mayNotify } from './drill-recipients.js';

export interface QueuedNotice {
  incidentId: string;
  kind: string;
  recipient: string;
  locale: Locale;
  subject: string;
  body: string;
}

/** Queues one message; returns false when a drill's rules kept it back. */
export async function queueNotification(trx: Kysely<Database>, n: QueuedNotice, at: string): Promise<boolean> {
  if (!(await mayNotify(trx, n.incidentId, n.recipient))) return false;
  await notificationRepository.insert(trx, {
    id: newId(),
    incidentId: n.incidentId,
    kind: n.kind,
    channel: 'email',
    recipient: n.recipient,
    locale: n.locale,
    subject: n.subject,
    body: n.body,
    status: 'queued',
    attempts: 0,
    lastError: null,
    createdAt: at,
    sentAt: null,
  });
  return true;
}
