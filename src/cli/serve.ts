/** `shodo serve`: migrate, then serve the API and the UI until told to stop. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { assertBuiltinContent } from '../content/builtin-check.js';
import { createApp } from '../http/app.js';
import { systemClock } from '../lib/clock.js';
import { NotificationWorker } from '../notify/worker.js';
import { needsFirstAdmin, purgeExpiredSessions } from '../services/auth.service.js';
import type { ServiceContext } from '../services/context.js';
import { openStore } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';

const SESSION_SWEEP_MS = 60 * 60 * 1000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const packageVersion = (): string =>
  (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** Hides the report-link and acknowledgement-link tokens in request logs. */
const loggablePath = (p: string): string => p.replace(/^(\/(?:api\/public\/)?(?:report|ack)\/)[^/]+/, '$1[token]');

export async function startServer(config: AppConfig, log: Logger) {
  assertBuiltinContent(); // A broken built-in playbook or glossary entry stops start-up with its field named.
  const store = openStore(config.databaseUrl);
  const applied = await migrateToLatest(store.db);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  const ctx: ServiceContext = { store, clock: systemClock, config, log };
  // SHODO_UI_DIR lets a test run serve its own build while another build is being written.
  const uiDir = process.env.SHODO_UI_DIR ?? path.join(root, 'dist/web');
  const { app } = createApp(ctx, { version: packageVersion(), uiDir });
  const server = serve({
    hostname: config.host,
    port: config.port,
    fetch: async (req, env) => {
      const started = performance.now();
      const res = await app.fetch(req, env);
      log.info(
        {
          method: req.method,
          path: loggablePath(new URL(req.url).pathname),
          status: res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
      return res;
    },
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const sweep = setInterval(() => {
    purgeExpiredSessions(ctx).catch((err: unknown) => log.warn({ err }, 'session sweep failed'));
  }, SESSION_SWEEP_MS);
  sweep.unref();
  // Delivers the outbox: mail, chat, reminders and escalations. NOTIFY_WORKER=off leaves it to other instances.
  const worker = config.notify.worker ? new NotificationWorker(ctx) : null;
  worker?.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // With PORT=0 the system picks the port; links in mails must carry the real one.
  ctx.config = { ...config, port };
  const url = `http://${config.host}:${port}`;
  log.info({ url, database: store.caps.name }, 'Shodo is listening');
  if (await needsFirstAdmin(ctx))
    log.info({ url: `${url}/setup` }, 'No admin yet: open this address to create the first one');
  return {
    port,
    close: async () => {
      clearInterval(sweep);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker?.stop();
      await store.close();
    },
  };
}
