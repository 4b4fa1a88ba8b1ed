/**
 * Acknowledgement requests (one per briefing or intake notice, with its reminder and escalation state)
 * and the per-recipient tokens behind the signed one-click links.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DialectCapabilities } from './dialect.js';
import type { AckRequestsTable, AckTokensTable, Database } from './schema.js';

type Db = Kysely<Database>;
export type AckRequestRow = Selectable<AckRequestsTable>;
export type AckTokenRow = Selectable<AckTokensTable>;

export const ackRepository = {
  findRequest: (db: Db, subjectType: string, subjectId: string) =>
    db
      .selectFrom('ackRequests')
      .selectAll()
      .where('subjectType', '=', subjectType)
      .where('subjectId', '=', subjectId)
      .executeTakeFirst(),
  insertRequest: (db: Db, row: AckRequestRow) =>
    db
      .insertInto('ackRequests')
      .values(row)
      .onConflict((oc) => oc.columns(['subjectType', 'subjectId']).doNothing())
      .execute(),
  updateRequest: (db: Db, id: string, patch: Partial<Omit<AckRequestRow, 'id'>>) =>
    db.updateTable('ackRequests').set(patch).where('id', '=', id).execute(),
  /** The first acknowledgement ends reminders and escalation; later ones leave it as it was. */
  markAcknowledged: (db: Db, id: string, at: string, by: string) =>
    db
      .updateTable('ackRequests')
      .set({ acknowledgedAt: at, acknowledgedBy: by, nextCheckAt: null })
      .where('id', '=', id)
      .where('acknowledgedAt', 'is', null)
      .execute(),

  /** Requests whose next reminder or escalation is due, leased like outbox messages. */
  claimDue: (db: Db, caps: DialectCapabilities, c: { now: string; leaseUntil: string; limit: number }) => {
    const due = db
      .selectFrom('ackRequests')
      .select('id')
      .where('nextCheckAt', '<=', c.now)
      .where('acknowledgedAt', 'is', null)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', c.now)]))
      .orderBy('nextCheckAt')
      .limit(c.limit);
    return db
      .updateTable('ackRequests')
      .set({ lockedUntil: c.leaseUntil })
      .where('id', 'in', caps.skipLocked ? due.forUpdate().skipLocked() : due)
      .returningAll()
      .execute();
  },

  insertToken: (db: Db, row: AckTokenRow) => db.insertInto('ackTokens').values(row).execute(),
  getToken: (db: Db, id: string) =>
    db
      .selectFrom('ackTokens')
      .innerJoin('ackRequests', 'ackRequests.id', 'ackTokens.requestId')
      .select([
        'ackTokens.id',
        'ackTokens.requestId',
        'ackTokens.recipient',
        'ackTokens.userId',
        'ackTokens.expiresAt',
        'ackTokens.usedAt',
        'ackRequests.incidentId',
        'ackRequests.subjectType',
        'ackRequests.subjectId',
      ])
      .where('ackTokens.id', '=', id)
      .executeTakeFirst(),
  /** Single use: only the first of two racing requests marks it. */
  consumeToken: async (db: Db, id: string, at: string) => {
    const r = await db
      .updateTable('ackTokens')
      .set({ usedAt: at })
      .where('id', '=', id)
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  tokensForRequest: (db: Db, requestId: string) =>
    db.selectFrom('ackTokens').selectAll().where('requestId', '=', requestId).orderBy('createdAt').execute(),
  tokenExpiry: (db: Db, id: string) =>
    db.selectFrom('ackTokens').select(['id', 'expiresAt']).where('id', '=', id).executeTakeFirst(),
};
