/** The organisation's edited playbooks (table org_playbooks); the content is JSON text. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, OrgPlaybooksTable } from './schema.js';

type Db = Kysely<Database>;
export type OrgPlaybookRow = Selectable<OrgPlaybooksTable>;

export const playbookRepository = {
  list: (db: Db): Promise<OrgPlaybookRow[]> => db.selectFrom('orgPlaybooks').selectAll().orderBy('type').execute(),
  get: (db: Db, type: string): Promise<OrgPlaybookRow | undefined> =>
    db.selectFrom('orgPlaybooks').selectAll().where('type', '=', type).executeTakeFirst(),
  /** Insert or replace: the last save wins, and each save is on the timeline. */
  put: (db: Db, row: OrgPlaybookRow) =>
    db
      .insertInto('orgPlaybooks')
      .values(row)
      .onConflict((oc) =>
        oc.column('type').doUpdateSet({ content: row.content, updatedBy: row.updatedBy, updatedAt: row.updatedAt }),
      )
      .execute(),
  delete: async (db: Db, type: string): Promise<boolean> => {
    const result = await db.deleteFrom('orgPlaybooks').where('type', '=', type).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};
