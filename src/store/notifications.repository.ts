/** The notification outbox. Delivery by mail and chat is a later step; here messages are queued and listed. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, NotificationsTable } from './schema.js';

type Db = Kysely<Database>;
export type NotificationRow = Selectable<NotificationsTable>;

export const notificationRepository = {
  insert: (db: Db, row: NotificationRow) => db.insertInto('notifications').values(row).execute(),
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('notifications').selectAll().where('incidentId', '=', incidentId).orderBy('createdAt').execute(),
};
