/** The OpenAPI document, generated from the routes' own zod schemas (committed as docs/openapi.json). */
import pino from 'pino';
import { loadConfig } from '../config/config.js';
import { createApp } from '../http/app.js';
import { systemClock } from '../lib/clock.js';
import { openStore } from '../store/database.js';
import { packageVersion } from './serve.js';

export function openApiDocument(): Record<string, unknown> {
  // Routes are registered when the app is built; nothing is queried, so an in-memory database suffices.
  const store = openStore('sqlite::memory:');
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
  const { registry } = createApp(
    { store, clock: systemClock, config, log: pino({ level: 'silent' }) },
    { version: packageVersion() },
  );
  void store.close();
  return registry.document(packageVersion());
}
