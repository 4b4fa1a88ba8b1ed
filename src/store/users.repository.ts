/** Users, sessions and password tokens: the only SQL about accounts. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from './schema.js';

type Db = Kysely<Database>;
export type UserRow = Selectable<UsersTable>;

export const userRepository = {
  getById: (db: Db, id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
  getByEmail: (db: Db, email: string) =>
    db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst(),
  list: (db: Db) => db.selectFrom('users').selectAll().orderBy('createdAt').execute(),
  listByIds: (db: Db, ids: string[]) =>
    ids.length === 0 ? Promise.resolve([]) : db.selectFrom('users').selectAll().where('id', 'in', ids).execute(),
  listByRole: (db: Db, roles: string[]) =>
    db.selectFrom('users').selectAll().where('role', 'in', roles).where('disabled', '=', 0).execute(),
  countAdmins: async (db: Db) => {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  countEnabledAdmins: async (db: Db) => {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  insert: (db: Db, row: UserRow) => db.insertInto('users').values(row).execute(),
  update: (db: Db, id: string, patch: Partial<Omit<UserRow, 'id'>>) =>
    db.updateTable('users').set(patch).where('id', '=', id).execute(),
};

export const sessionRepository = {
  insert: (db: Db, row: Database['sessions']) => db.insertInto('sessions').values(row).execute(),
  getWithUser: (db: Db, id: string) =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .select([
        'sessions.id as sessionId',
        'sessions.csrfToken',
        'sessions.expiresAt',
        'sessions.lastSeenAt',
        'users.id',
        'users.email',
        'users.name',
        'users.role',
        'users.locale',
        'users.department',
        'users.supervisorEmail',
        'users.disabled',
      ])
      .where('sessions.id', '=', id)
      .executeTakeFirst(),
  touch: (db: Db, id: string, lastSeenAt: string, expiresAt: string) =>
    db.updateTable('sessions').set({ lastSeenAt, expiresAt }).where('id', '=', id).execute(),
  delete: (db: Db, id: string) => db.deleteFrom('sessions').where('id', '=', id).execute(),
  deleteForUser: (db: Db, userId: string) => db.deleteFrom('sessions').where('userId', '=', userId).execute(),
  deleteExpired: (db: Db, now: string) => db.deleteFrom('sessions').where('expiresAt', '<', now).execute(),
};

export const passwordTokenRepository = {
  insert: (db: Db, row: Database['passwordTokens']) => db.insertInto('passwordTokens').values(row).execute(),
  get: (db: Db, id: string) => db.selectFrom('passwordTokens').selectAll().where('id', '=', id).executeTakeFirst(),
  /** Marks it used only if it was unused, so two racing requests cannot both succeed. */
  consume: async (db: Db, id: string, now: string) => {
    const r = await db
      .updateTable('passwordTokens')
      .set({ usedAt: now })
      .where('id', '=', id)
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
