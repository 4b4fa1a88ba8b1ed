/** Incidents, their numbering and who may see restricted ones. */
import type { Kysely, Selectable } from 'kysely';
import type { DialectCapabilities } from './dialect.js';
import type { Database, IncidentsTable } from './schema.js';

type Db = Kysely<Database>;
export type IncidentRow = Selectable<IncidentsTable>;

export const incidentRepository = {
  /** Next number for the year; atomic on both databases through an upsert with RETURNING. */
  nextNumber: async (db: Db, year: number): Promise<number> => {
    const row = await db
      .insertInto('incidentCounters')
      .values({ year, lastNumber: 1 })
      .onConflict((oc) =>
        oc.column('year').doUpdateSet((eb) => ({ lastNumber: eb('incidentCounters.lastNumber', '+', 1) })),
      )
      .returning('lastNumber')
      .executeTakeFirstOrThrow();
    return Number(row.lastNumber);
  },
  insert: (db: Db, row: IncidentRow) => db.insertInto('incidents').values(row).execute(),
  /** Locks the row until the transaction ends (PostgreSQL), so concurrent changes apply one after another. */
  lock: async (db: Db, caps: DialectCapabilities, id: string): Promise<void> => {
    if (caps.rowLocks) await db.selectFrom('incidents').select('id').where('id', '=', id).forUpdate().execute();
  },
  getById: (db: Db, id: string) => db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst(),
  /**
   * Applies a change only if the row still has the version the caller read; returns false when someone
   * else saved first.
   */
  updateIfVersion: async (db: Db, id: string, version: number, patch: Partial<Omit<IncidentRow, 'id'>>) => {
    const r = await db
      .updateTable('incidents')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** For changes that cannot clash with an edit in progress (a status moved by a checklist tick). */
  updateUnversioned: (db: Db, id: string, patch: Partial<Omit<IncidentRow, 'id' | 'version'>>) =>
    db.updateTable('incidents').set(patch).where('id', '=', id).execute(),
  /** Incidents a user may list: all unrestricted ones plus restricted ones naming them. */
  listVisible: (db: Db, userId: string, onlyReportedBy: string | null) => {
    let q = db
      .selectFrom('incidents')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('restricted', '=', 0),
          eb.exists(
            eb
              .selectFrom('incidentAccess')
              .select('incidentAccess.userId')
              .whereRef('incidentAccess.incidentId', '=', 'incidents.id')
              .where('incidentAccess.userId', '=', userId),
          ),
        ]),
      );
    if (onlyReportedBy) q = q.where('reporterUserId', '=', onlyReportedBy);
    return q.orderBy('reportedAt', 'desc').limit(500).execute();
  },
  accessList: (db: Db, incidentId: string) =>
    db.selectFrom('incidentAccess').select('userId').where('incidentId', '=', incidentId).execute(),
  replaceAccess: async (db: Db, incidentId: string, userIds: string[]) => {
    await db.deleteFrom('incidentAccess').where('incidentId', '=', incidentId).execute();
    if (userIds.length > 0)
      await db
        .insertInto('incidentAccess')
        .values(userIds.map((userId) => ({ incidentId, userId })))
        .execute();
  },
};
