/** The session cookie: HTTP-only, SameSite=Strict, Secure whenever the public URL is HTTPS. */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppConfig } from '../config/config.js';

export const SESSION_COOKIE = 'shodo_session';

const secure = (config: AppConfig): boolean =>
  config.cookieSecure === 'true' || (config.cookieSecure === 'auto' && config.publicUrl?.startsWith('https:') === true);

export function setSessionCookie(c: Context, config: AppConfig, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: secure(config),
    path: '/',
    expires: expiresAt,
  });
}

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE);

export function clearSessionCookie(c: Context, config: AppConfig): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(config), httpOnly: true, sameSite: 'Strict' });
}
