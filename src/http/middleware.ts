/** Request-wide concerns: ids, security headers, the session, CSRF, the language of messages. */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { newId } from '../lib/ids.js';
import { resolveSession } from '../services/auth.service.js';
import type { ServiceContext } from '../services/context.js';
import { errors } from '../services/errors.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/limits.js';
import type { AppEnv } from './env.js';
import { readSessionCookie } from './session-cookie.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('requestId', newId());
  await next();
  const h = c.res.headers;
  // A route may set a stricter policy of its own (evidence downloads are sandboxed): keep it.
  if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', CSP);
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('X-Frame-Options', 'DENY');
  // The public report link carries its token in the path: never leak it to another site.
  h.set('Referrer-Policy', 'no-referrer');
  h.set('Cross-Origin-Opener-Policy', 'same-origin');
  h.set('Cross-Origin-Resource-Policy', 'same-origin');
  h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  h.set('X-Request-Id', c.get('requestId'));
  if (c.req.path.startsWith('/api/')) h.set('Cache-Control', 'no-store');
};

export function sessionMiddleware(ctx: ServiceContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c);
    const session = token && token.length <= 200 ? await resolveSession(ctx, token) : null;
    c.set('session', session);
    c.set('locale', session?.actor.locale ?? localeFromHeader(c.req.header('accept-language')));
    await next();
  };
}

export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : first.startsWith('ja') ? 'ja' : DEFAULT_LOCALE;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Refuses cross-site writes (by Origin and Fetch Metadata) and, for signed-in writes, requires the
 * session's CSRF token in a header that a cross-site form cannot set.
 */
export function csrfProtection(publicOrigin: string | null): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const ownOrigin = publicOrigin ?? new URL(c.req.url).origin;
    if (origin && origin !== ownOrigin) throw errors.csrfFailed();
    if (c.req.header('sec-fetch-site') === 'cross-site') throw errors.csrfFailed();
    const session = c.get('session');
    // The public report form acts for nobody, so a session in the same browser gives it nothing to abuse.
    if (session && !c.req.path.startsWith('/api/public/')) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!sameToken(sent, session.csrfToken)) throw errors.csrfFailed();
    }
    return next();
  };
}
