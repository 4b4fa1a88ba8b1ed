/** Runs the one migration set, on either database. */
import { type Kysely, type Migration, Migrator } from 'kysely';
import * as initial from './migrations/20261127_0001_initial.js';
import * as drills from './migrations/20261127_0002_drills.js';
import * as notifications from './migrations/20261127_0003_notifications.js';
import * as playbooks from './migrations/20261127_0004_playbooks.js';
import type { Database } from './schema.js';

// Listed here rather than read from disk so that a packaged or bundled server needs no file scanning.
const MIGRATIONS: Record<string, Migration> = {
  '20261127_0001_initial': initial,
  '20261127_0002_drills': drills,
  '20261127_0003_notifications': notifications,
  '20261127_0004_playbooks': playbooks,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
