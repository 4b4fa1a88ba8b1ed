/** Key/value settings, each value JSON text. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export const settingsRepository = {
  get: async (db: Db, key: string): Promise<unknown> => {
    const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row ? JSON.parse(row.value) : undefined;
  },
  put: (db: Db, key: string, value: unknown) =>
    db
      .insertInto('settings')
      .values({ key, value: JSON.stringify(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
      .execute(),
};
