/** The evidence register and its chain of custody. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, EvidenceTable } from './schema.js';

type Db = Kysely<Database>;
export type EvidenceRow = Selectable<EvidenceTable>;

export const evidenceRepository = {
  insert: (db: Db, row: EvidenceRow) => db.insertInto('evidence').values(row).execute(),
  get: (db: Db, incidentId: string, id: string) =>
    db.selectFrom('evidence').selectAll().where('incidentId', '=', incidentId).where('id', '=', id).executeTakeFirst(),
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('evidence').selectAll().where('incidentId', '=', incidentId).orderBy('recordedAt').execute(),
  insertTransfer: (db: Db, row: Database['custodyTransfers']) =>
    db.insertInto('custodyTransfers').values(row).execute(),
  transfersForIncident: (db: Db, incidentId: string) =>
    db
      .selectFrom('custodyTransfers')
      .innerJoin('evidence', 'evidence.id', 'custodyTransfers.evidenceId')
      .selectAll('custodyTransfers')
      .where('evidence.incidentId', '=', incidentId)
      .orderBy('custodyTransfers.at')
      .execute(),
};
