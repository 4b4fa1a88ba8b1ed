/**
 * A real Shodo server on a free loopback port, on a fresh SQLite file (or PostgreSQL when
 * SHODO_E2E_DIALECT=postgres), serving the built UI.
 */
import pino from 'pino';
import { startServer } from '../../src/cli/serve.js';
import { loadConfig } from '../../src/config/config.js';
import { createTestDatabase, type DialectName } from '../../test/support/databases.js';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

export interface E2eServerOptions {
  /**
   * Extra environment for the server's configuration (src/config/config.ts), over the defaults below:
   * e.g. `NOTIFY_POLL_MS` for a quick notification worker, or `PORT` and `PUBLIC_URL` so links in mail
   * point at this server.
   */
  env?: Record<string, string>;
}

export async function startE2eServer(options: E2eServerOptions = {}): Promise<RunningServer> {
  const dialect = (process.env.SHODO_E2E_DIALECT ?? 'sqlite') as DialectName;
  const database = await createTestDatabase(dialect);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.url,
    ...options.env,
  });
  const server = await startServer(config, pino({ level: process.env.SHODO_E2E_LOG ?? 'silent' }));
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    dataDir: database.dataDir,
    databaseUrl: database.url,
    stop: async () => {
      await server.close();
      await database.drop();
    },
  };
}
