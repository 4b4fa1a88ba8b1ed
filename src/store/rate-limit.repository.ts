/**
 * Fixed-window counters kept in the database, so every app instance behind a load balancer shares them.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export const rateLimitRepository = {
  /** Counts one hit in the window starting at `windowStart` and returns the count so far. */
  hit: async (db: Db, key: string, windowStart: string): Promise<number> => {
    return db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('rateLimits')
        .values({ key, windowStart, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            // A new window resets the count; the same window adds one.
            count: eb
              .case()
              .when('rateLimits.windowStart', '=', windowStart)
              .then(eb('rateLimits.count', '+', 1))
              .else(1)
              .end(),
            windowStart,
          })),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    });
  },
  reset: (db: Db, key: string) => db.deleteFrom('rateLimits').where('key', '=', key).execute(),
};
