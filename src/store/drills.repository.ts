/** Who takes part in a drill. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export const drillRepository = {
  addParticipants: (db: Db, incidentId: string, emails: string[]) =>
    emails.length === 0
      ? Promise.resolve()
      : db
          .insertInto('drillParticipants')
          .values(emails.map((email) => ({ incidentId, email: email.toLowerCase() })))
          .onConflict((oc) => oc.columns(['incidentId', 'email']).doNothing())
          .execute()
          .then(() => undefined),
  participants: async (db: Db, incidentId: string) =>
    (await db.selectFrom('drillParticipants').select('email').where('incidentId', '=', incidentId).execute()).map(
      (r) => r.email,
    ),
};
