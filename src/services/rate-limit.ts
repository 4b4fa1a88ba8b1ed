/** Fixed-window rate limiting on counters shared through the database. */
import { isoNow } from '../lib/clock.js';
import { rateLimitRepository } from '../store/rate-limit.repository.js';
import type { ServiceContext } from './context.js';
import { errors } from './errors.js';

export const RATE_LIMITS = {
  loginPerIp: { limit: 30, windowSeconds: 15 * 60 },
  loginPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  publicReportPerIp: { limit: 10, windowSeconds: 60 * 60 },
  setPasswordPerIp: { limit: 20, windowSeconds: 15 * 60 },
} as const;

export async function enforceRateLimit(
  ctx: ServiceContext,
  key: string,
  rule: { limit: number; windowSeconds: number },
): Promise<void> {
  const now = ctx.clock.now().getTime();
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs).toISOString();
  const count = await rateLimitRepository.hit(ctx.store.db, key, windowStart);
  if (count > rule.limit) {
    ctx.log.warn({ key: key.split(':').slice(0, 2).join(':'), at: isoNow(ctx.clock) }, 'rate limit reached');
    throw errors.tooManyRequests();
  }
}

export const resetRateLimit = (ctx: ServiceContext, key: string) => rateLimitRepository.reset(ctx.store.db, key);
