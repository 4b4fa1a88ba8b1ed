/** Queues notifications in the outbox (delivery over mail and chat comes with the notifications issue). */
import type { Kysely } from 'kysely';
import { newId } from '../lib/ids.js';
import type { Locale } from '../shared/limits.js';
import { notificationRepository } from '../store/notifications.repository.js';
import type { Database } from '../store/schema.js';

export interface QueuedNotice {
  incidentId: string;
  kind: string;
  recipient: string;
  locale: Locale;
  subject: string;
  body: string;
}

export async function queueNotification(trx: Kysely<Database>, n: QueuedNotice, at: string): Promise<void> {
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
}
