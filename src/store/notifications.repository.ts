/** The notification outbox: messages are queued here and listed per incident; the worker's queries are in outbox.repository.ts. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, NotificationsTable } from './schema.js';

type Db = Kysely<Database>;
export type NotificationRow = Selectable<NotificationsTable>;

export const notificationRepository = {
  /** Returns false when a message with the same idempotency key is already queued. */
  insert: async (db: Db, row: NotificationRow): Promise<boolean> => {
    const r = await db
      .insertInto('notifications')
      .values(row)
      .onConflict((oc) => oc.column('idempotencyKey').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('notifications').selectAll().where('incidentId', '=', incidentId).orderBy('createdAt').execute(),
};
