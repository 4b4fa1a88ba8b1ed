/** Staff and customer warnings as sent; each recipient's delivery is an outbox row carrying the warning id. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, WarningsTable } from './schema.js';

type Db = Kysely<Database>;
export type WarningRow = Selectable<WarningsTable>;

export const warningRepository = {
  insert: (db: Db, row: WarningRow) => db.insertInto('warnings').values(row).execute(),
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('warnings').selectAll().where('incidentId', '=', incidentId).orderBy('sentAt', 'desc').execute(),
};
