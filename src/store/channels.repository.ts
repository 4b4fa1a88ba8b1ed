/** Chat channels (Slack, Teams, Google Chat, generic webhook). `config` holds their URL and secret as JSON. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, NotifyChannelsTable } from './schema.js';

type Db = Kysely<Database>;
export type ChannelRow = Selectable<NotifyChannelsTable>;

export const channelRepository = {
  list: (db: Db) => db.selectFrom('notifyChannels').selectAll().orderBy('createdAt').execute(),
  get: (db: Db, id: string) => db.selectFrom('notifyChannels').selectAll().where('id', '=', id).executeTakeFirst(),
  insert: (db: Db, row: ChannelRow) => db.insertInto('notifyChannels').values(row).execute(),
  update: (db: Db, id: string, patch: Partial<Omit<ChannelRow, 'id' | 'createdAt'>>) =>
    db.updateTable('notifyChannels').set(patch).where('id', '=', id).execute(),
  delete: (db: Db, id: string) => db.deleteFrom('notifyChannels').where('id', '=', id).execute(),
};
