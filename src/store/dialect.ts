/**
 * Every difference between SQLite and PostgreSQL lives here, as capability flags, so repositories never
 * branch on the dialect's name.
 */
export interface DialectCapabilities {
  name: 'sqlite' | 'postgres';
  /** `SELECT … FOR UPDATE` exists; SQLite needs none because its writers are serialised already. */
  rowLocks: boolean;
}

export const SQLITE: DialectCapabilities = { name: 'sqlite', rowLocks: false };
export const POSTGRES: DialectCapabilities = { name: 'postgres', rowLocks: true };
