/**
 * One Shodo delivery worker in its own process, for the test where two processes drain one PostgreSQL
 * outbox. Run with `node --import tsx`; DATABASE_URL names the database, WORKER_ID the worker. It
 * exits 0 once nothing is queued any more (or on SIGTERM), printing how many rounds it ran.
 */
import pino from 'pino';
import { loadConfig } from '../../src/config/config.js';
import { systemClock } from '../../src/lib/clock.js';
import { NotificationWorker } from '../../src/notify/worker.js';
import { openStore } from '../../src/store/database.js';

const config = loadConfig(process.env);
const store = openStore(config.databaseUrl);
const worker = new NotificationWorker(
  { store, clock: systemClock, config, log: pino({ level: 'silent' }) },
  { workerId: process.env.WORKER_ID ?? `child-${process.pid}` },
);

async function queued(): Promise<number> {
  const row = await store.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'queued')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

let stopping = false;
async function stop(code: number): Promise<never> {
  stopping = true;
  await worker.stop();
  await store.close();
  process.exit(code);
}
process.once('SIGTERM', () => void stop(0));

// Both processes start on the same signal from the parent, so neither drains the queue alone.
process.stdin.once('data', () => {
  worker.start();
  const check = setInterval(() => {
    queued().then(
      (n) => {
        if (n === 0 && !stopping) {
          clearInterval(check);
          void stop(0);
        }
      },
      () => {},
    );
  }, 50);
});
process.stdout.write('ready\n');
