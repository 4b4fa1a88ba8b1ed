/** The `shodo` command: serve, migrate, user add, verify. */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { systemClock } from '../lib/clock.js';
import { baseUrl, type ServiceContext } from '../services/context.js';
import { verifyTimeline } from '../services/timeline.service.js';
import { createUser } from '../services/users.service.js';
import { createUserInput } from '../shared/account-schemas.js';
import { openStore } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { createLogger } from './logger.js';
import { openApiDocument } from './openapi.js';
import { startServer } from './serve.js';

const USAGE = `Usage: shodo <command>
  serve                                   run the web UI and API (PORT, HOST, DATA_DIR, DATABASE_URL)
  migrate                                 bring the database schema up to date
  user add --email E --role R [--name N] [--locale ja|en]
                                          create a user and print a one-time link to set the password
                                          (roles: reporter, responder, manager, admin)
  verify                                  check the timeline's hash chain; exits 1 on any break
  openapi                                 print the OpenAPI document`;

async function withContext<T>(fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const store = openStore(config.databaseUrl);
  try {
    await migrateToLatest(store.db);
    return await fn({ store, clock: systemClock, config, log });
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      const config = loadConfig();
      const log = createLogger(config.logLevel);
      const server = await startServer(config, log);
      const stop = () => {
        log.info('shutting down');
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1;
    }
    case 'migrate':
      return withContext(async (ctx) => {
        const applied = await migrateToLatest(ctx.store.db);
        console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        return 0;
      });
    case 'user': {
      if (rest[0] !== 'add') break;
      const { values } = parseArgs({
        args: rest.slice(1),
        options: {
          email: { type: 'string' },
          role: { type: 'string' },
          name: { type: 'string' },
          locale: { type: 'string' },
        },
      });
      const parsed = createUserInput.safeParse({
        email: values.email,
        role: values.role,
        name: values.name ?? values.email?.split('@')[0],
        locale: values.locale ?? 'ja',
      });
      if (!parsed.success) {
        for (const i of parsed.error.issues) console.error(`${i.path.join('.')}: ${i.message}`);
        console.error(USAGE);
        return 2;
      }
      return withContext(async (ctx) => {
        const { user, setPasswordToken } = await createUser(ctx, { kind: 'anonymous', label: 'cli' }, parsed.data);
        const base = baseUrl(ctx);
        console.log(`Created ${user.role} ${user.email}.`);
        console.log(`Open this link within 72 hours to choose a password (it works once):`);
        console.log(`${base}/set-password?token=${setPasswordToken}`);
        return 0;
      });
    }
    case 'verify':
      return withContext(async (ctx) => {
        const { events, breaks } = await verifyTimeline(ctx);
        if (breaks.length === 0) {
          console.log(`Timeline intact: ${events} events, hash chain unbroken.`);
          return 0;
        }
        console.error(`Timeline BROKEN: ${breaks.length} problem(s) in ${events} events:`);
        for (const b of breaks) console.error(`  seq ${b.seq}: ${b.kind} — ${b.detail}`);
        return 1;
      });
    case 'openapi': {
      console.log(JSON.stringify(openApiDocument(), null, 2));
      return 0;
    }
    default:
      break;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError) console.error(err.message);
    else console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
