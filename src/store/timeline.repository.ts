/** The append-only timeline and its chain head. Nothing here updates or deletes an event. */
import type { Kysely, Selectable } from 'kysely';
import type { DialectCapabilities } from './dialect.js';
import type { Database, TimelineEventsTable } from './schema.js';

type Db = Kysely<Database>;
export type TimelineRow = Selectable<TimelineEventsTable>;

export const timelineRepository = {
  /** Reads the chain head, locking it on PostgreSQL so concurrent appends queue up behind each other. */
  lockHead: (db: Db, caps: DialectCapabilities) => {
    const q = db.selectFrom('chainHead').select(['seq', 'hash']).where('id', '=', 1);
    return (caps.rowLocks ? q.forUpdate() : q).executeTakeFirstOrThrow();
  },
  insert: async (db: Db, row: TimelineRow) => {
    await db.insertInto('timelineEvents').values(row).execute();
    await db.updateTable('chainHead').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).execute();
  },
  getHead: (db: Db) => db.selectFrom('chainHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst(),
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('timelineEvents').selectAll().where('incidentId', '=', incidentId).orderBy('seq').execute(),
  /** In pages, so verifying a long history never holds it all in memory. */
  listPage: (db: Db, afterSeq: number, limit: number) =>
    db.selectFrom('timelineEvents').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute(),
};
