/**
 * Appending many timeline events at once (the delivery worker records a whole round): the same rows
 * and chain head update as timelineRepository.insert, in one statement per chunk.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { TimelineRow } from './timeline.repository.js';

// Well under both databases' limits on bound parameters per statement (9 columns a row).
const CHUNK = 200;

export const timelineBatchRepository = {
  insertMany: async (db: Kysely<Database>, rows: TimelineRow[]): Promise<void> => {
    const last = rows.at(-1);
    if (!last) return;
    for (let i = 0; i < rows.length; i += CHUNK)
      await db
        .insertInto('timelineEvents')
        .values(rows.slice(i, i + CHUNK))
        .execute();
    await db.updateTable('chainHead').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
  },
};
