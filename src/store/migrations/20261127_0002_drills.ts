/**
 * Drills: an exercise incident is marked as such, and its notifications go only to its participants.
 * Frozen once released.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the application's evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('incidents')
    .addColumn('is_drill', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('incidents').addColumn('drill_scenario', 'text').execute();
  await db.schema
    .createTable('drill_participants')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drill_participants_pk', ['incident_id', 'email'])
    .execute();
}
