/**
 * Direct edits of the stored timeline, as someone with database access could make them, and a way to
 * put the original back so each tampering is checked on its own.
 */
import type { Kysely } from 'kysely';
import { hashEvent } from '../../src/domain/hash-chain.js';
import type { Database } from '../../src/store/schema.js';

type Db = Kysely<Database>;

export async function snapshotTimeline(db: Db) {
  const events = await db.selectFrom('timelineEvents').selectAll().orderBy('seq').execute();
  const head = await db.selectFrom('chainHead').selectAll().executeTakeFirstOrThrow();
  return { events, head };
}
export type TimelineSnapshot = Awaited<ReturnType<typeof snapshotTimeline>>;

export async function restoreTimeline(db: Db, snap: TimelineSnapshot): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('timelineEvents').execute();
    for (const e of snap.events) await trx.insertInto('timelineEvents').values(e).execute();
    await trx.updateTable('chainHead').set({ seq: snap.head.seq, hash: snap.head.hash }).where('id', '=', 1).execute();
  });
}

export const tamper = {
  /** Changes what an event says, leaving its hash as it was. */
  alterData: (db: Db, seq: number) =>
    db
      .updateTable('timelineEvents')
      .set({ data: JSON.stringify({ tampered: true }) })
      .where('seq', '=', seq)
      .execute(),
  /** Changes an event and recomputes its own hash, as a more careful forger would. */
  alterAndRehash: async (db: Db, seq: number) => {
    const e = await db.selectFrom('timelineEvents').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
    const data = { tampered: true };
    const hash = hashEvent({ ...e, seq: Number(e.seq), data }, e.prevHash);
    await db
      .updateTable('timelineEvents')
      .set({ data: JSON.stringify(data), hash })
      .where('seq', '=', seq)
      .execute();
  },
  delete: (db: Db, seq: number) => db.deleteFrom('timelineEvents').where('seq', '=', seq).execute(),
  /** Swaps the positions of two events (through a free seq, as the primary key forbids a direct swap). */
  swap: async (db: Db, a: number, b: number) => {
    await db.updateTable('timelineEvents').set({ seq: -1 }).where('seq', '=', a).execute();
    await db.updateTable('timelineEvents').set({ seq: a }).where('seq', '=', b).execute();
    await db.updateTable('timelineEvents').set({ seq: b }).where('seq', '=', -1).execute();
  },
};
