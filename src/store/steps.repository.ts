/** What the steps record around an incident: briefings, decisions, checklist states, spread checks. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export const briefingRepository = {
  insert: (db: Db, row: Database['briefings']) => db.insertInto('briefings').values(row).execute(),
  get: (db: Db, incidentId: string, id: string) =>
    db.selectFrom('briefings').selectAll().where('incidentId', '=', incidentId).where('id', '=', id).executeTakeFirst(),
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('briefings').selectAll().where('incidentId', '=', incidentId).orderBy('sentAt').execute(),
  /** Returns false when this user had already acknowledged it. */
  acknowledge: async (db: Db, row: Database['briefingAcks']) => {
    const r = await db
      .insertInto('briefingAcks')
      .values(row)
      .onConflict((oc) => oc.columns(['briefingId', 'userId']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  acksForIncident: (db: Db, incidentId: string) =>
    db
      .selectFrom('briefingAcks')
      .innerJoin('briefings', 'briefings.id', 'briefingAcks.briefingId')
      .innerJoin('users', 'users.id', 'briefingAcks.userId')
      .select(['briefingAcks.briefingId', 'briefingAcks.userId', 'briefingAcks.at', 'users.name'])
      .where('briefings.incidentId', '=', incidentId)
      .orderBy('briefingAcks.at')
      .execute(),
};

export const decisionRepository = {
  insert: (db: Db, row: Database['decisions']) => db.insertInto('decisions').values(row).execute(),
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('decisions').selectAll().where('incidentId', '=', incidentId).orderBy('decidedAt').execute(),
};

export const checklistRepository = {
  upsert: (db: Db, row: Database['checklistStates']) =>
    db
      .insertInto('checklistStates')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['incidentId', 'itemKey'])
          .doUpdateSet({ state: row.state, note: row.note, updatedBy: row.updatedBy, updatedAt: row.updatedAt }),
      )
      .execute(),
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('checklistStates').selectAll().where('incidentId', '=', incidentId).execute(),
};

export const spreadRepository = {
  upsert: (db: Db, row: Database['spreadChecks']) =>
    db
      .insertInto('spreadChecks')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['incidentId', 'department'])
          .doUpdateSet({ state: row.state, note: row.note, checkedBy: row.checkedBy, checkedAt: row.checkedAt }),
      )
      .execute(),
  listForIncident: (db: Db, incidentId: string) =>
    db.selectFrom('spreadChecks').selectAll().where('incidentId', '=', incidentId).orderBy('department').execute(),
};
