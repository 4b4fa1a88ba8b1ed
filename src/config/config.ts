/**
 * The process environment, parsed once into a typed object. A bad value stops start-up with a list of
 * every bad variable, rather than failing later in the middle of an incident.
 */
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres:// or sqlite:')
    .optional(),
  /** The public origin (scheme://host[:port]) users reach; needed behind a proxy for links and CSRF origin checks. */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when served over HTTPS (directly or behind a TLS proxy) so cookies get the Secure flag. */
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** `off` keeps the notification worker from starting with the server (tests that only use the API). */
  NOTIFY_WORKER: z.enum(['on', 'off']).default('on'),
  /** How often an idle worker looks for due messages. */
  NOTIFY_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(2000),
  /** Messages one worker claims per round, and how many of them it sends at once. */
  NOTIFY_BATCH: z.coerce.number().int().min(1).max(500).default(20),
  NOTIFY_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  /** Attempts before a message is marked failed. */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  /** First retry delay; it doubles per attempt (with jitter) up to NOTIFY_RETRY_MAX_MS. */
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(10_000),
  NOTIFY_RETRY_MAX_MS: z.coerce.number().int().min(1).max(86_400_000).default(1_800_000),
  /** How long a claimed message stays reserved for its worker; after that another worker may retry it. */
  NOTIFY_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
  /** Per-request limit for chat webhooks and for each SMTP step (connect, greeting, each reply). */
  NOTIFY_SEND_TIMEOUT_MS: z.coerce.number().int().min(50).max(300_000).default(15_000),
});

/** The notification worker's tuning (see src/notify/worker.ts). */
export interface NotifyConfig {
  worker: boolean;
  pollMs: number;
  batchSize: number;
  concurrency: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  leaseMs: number;
  sendTimeoutMs: number;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** `sqlite:<file>` or a postgres:// URL */
  databaseUrl: string;
  publicUrl: string | null;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  cookieSecure: 'true' | 'false' | 'auto';
  sessionHours: number;
  uploadDir: string;
  notify: NotifyConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'shodo.sqlite')}`,
    publicUrl: e.PUBLIC_URL ? new URL(e.PUBLIC_URL).origin : null,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE,
    sessionHours: e.SESSION_HOURS,
    uploadDir: path.join(dataDir, 'evidence'),
    notify: {
      worker: e.NOTIFY_WORKER === 'on',
      pollMs: e.NOTIFY_POLL_MS,
      batchSize: e.NOTIFY_BATCH,
      concurrency: e.NOTIFY_CONCURRENCY,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      retryBaseMs: e.NOTIFY_RETRY_BASE_MS,
      retryMaxMs: Math.max(e.NOTIFY_RETRY_MAX_MS, e.NOTIFY_RETRY_BASE_MS),
      leaseMs: e.NOTIFY_LEASE_MS,
      sendTimeoutMs: e.NOTIFY_SEND_TIMEOUT_MS,
    },
  };
}
