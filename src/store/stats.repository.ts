/** The rows statistics are counted from: real incidents (not drills) a user may see. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export const statsRepository = {
  /** Status and types only; counting happens in the service, since types are JSON text on both databases. */
  realIncidentsVisibleTo: (db: Db, userId: string) =>
    db
      .selectFrom('incidents')
      .select(['status', 'types'])
      .where('isDrill', '=', 0)
      .where((eb) =>
        eb.or([
          eb('restricted', '=', 0),
          eb.exists(
            eb
              .selectFrom('incidentAccess')
              .select('incidentAccess.userId')
              .whereRef('incidentAccess.incidentId', '=', 'incidents.id')
              .where('incidentAccess.userId', '=', userId),
          ),
        ]),
      )
      .execute(),
};
