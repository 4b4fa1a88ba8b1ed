/** The vendor directory and the support requests sent to vendors. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, VendorsTable } from './schema.js';

type Db = Kysely<Database>;
export type VendorRow = Selectable<VendorsTable>;

export const vendorRepository = {
  list: (db: Db) => db.selectFrom('vendors').selectAll().orderBy('name').execute(),
  get: (db: Db, id: string) => db.selectFrom('vendors').selectAll().where('id', '=', id).executeTakeFirst(),
  insert: (db: Db, row: VendorRow) => db.insertInto('vendors').values(row).execute(),
  update: (db: Db, id: string, patch: Partial<Omit<VendorRow, 'id' | 'createdAt'>>) =>
    db.updateTable('vendors').set(patch).where('id', '=', id).execute(),
};

export const supportRequestRepository = {
  insert: (db: Db, row: Database['supportRequests']) => db.insertInto('supportRequests').values(row).execute(),
  listForIncident: (db: Db, incidentId: string) =>
    db
      .selectFrom('supportRequests')
      .innerJoin('vendors', 'vendors.id', 'supportRequests.vendorId')
      .selectAll('supportRequests')
      .select('vendors.name as vendorName')
      .where('supportRequests.incidentId', '=', incidentId)
      .orderBy('supportRequests.requestedAt')
      .execute(),
};
