/**
 * Every difference between SQLite and PostgreSQL lives here, as capability flags, so repositories never
 * branch on the dialect's name.
 */
export interface DialectCapabilities {
  name: 'sqlite' | 'postgres';
  /** `SELECT … FOR UPDATE` exists; SQLite needs none because its writers are serialised already. */
  rowLocks: boolean;
  /**
   * `FOR UPDATE SKIP LOCKED`: concurrent outbox workers each claim different rows instead of queueing
   * behind one another. SQLite has no row locks; its single writer makes each claim atomic anyway.
   */
  skipLocked: boolean;
}

export const SQLITE: DialectCapabilities = { name: 'sqlite', rowLocks: false, skipLocked: false };
export const POSTGRES: DialectCapabilities = { name: 'postgres', rowLocks: true, skipLocked: true };
