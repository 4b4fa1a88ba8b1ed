/** Signing in and out, the first admin, setting a password, and the user's own preferences. */
import type { Context } from 'hono';
import {
  createFirstAdmin,
  createSession,
  login,
  logout,
  needsFirstAdmin,
  setPasswordWithToken,
} from '../../services/auth.service.js';
import type { ServiceContext } from '../../services/context.js';
import { errors } from '../../services/errors.js';
import { getMe, toUserView, updateMe } from '../../services/users.service.js';
import { firstAdminInput, loginInput, setPasswordInput, updateMeInput } from '../../shared/account-schemas.js';
import type { SessionView } from '../../shared/api-types.js';
import { userRepository } from '../../store/users.repository.js';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import type { Routes } from '../route-builder.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

async function startSession(ctx: ServiceContext, c: Context<AppEnv>, userId: string): Promise<SessionView> {
  // Signing in again replaces, never adds to, the session this browser had.
  const previous = c.get('session');
  if (previous) await logout(ctx, previous.sessionId);
  const s = await createSession(ctx, userId);
  setSessionCookie(c, ctx.config, s.token, s.expiresAt);
  const user = await userRepository.getById(ctx.store.db, userId);
  if (!user) throw errors.notSignedIn();
  return { user: toUserView(user), csrfToken: s.csrfToken };
}

export function authRoutes(r: Routes, ctx: ServiceContext): void {
  r.open('get', '/api/setup/status', { summary: 'Whether the first admin still has to be created' }, async () => ({
    needsFirstAdmin: await needsFirstAdmin(ctx),
  }));

  r.open(
    'post',
    '/api/setup/first-admin',
    { summary: 'Create the first admin (only while none exists)', body: firstAdminInput },
    async ({ c, body }) => {
      const { userId } = await createFirstAdmin(ctx, body);
      return startSession(ctx, c, userId);
    },
  );

  r.open('post', '/api/auth/login', { summary: 'Sign in', body: loginInput }, async ({ c, body }) => {
    const { userId } = await login(ctx, body, clientIp(c));
    return startSession(ctx, c, userId);
  });

  r.open(
    'post',
    '/api/auth/set-password',
    { summary: 'Choose a password with a one-time link', body: setPasswordInput },
    async ({ c, body }) => {
      const { userId } = await setPasswordWithToken(ctx, body.token, body.password, clientIp(c));
      return startSession(ctx, c, userId);
    },
  );

  r.post('/api/auth/logout', { summary: 'Sign out', status: 204 }, async ({ c }) => {
    const session = c.get('session');
    if (session) await logout(ctx, session.sessionId);
    clearSessionCookie(c, ctx.config);
    return null;
  });

  r.get('/api/auth/me', { summary: 'The signed-in user and the CSRF token' }, async ({ c, actor }) => {
    const session = c.get('session');
    if (!session) throw errors.notSignedIn();
    return { user: await getMe(ctx, actor), csrfToken: session.csrfToken } satisfies SessionView;
  });

  r.patch('/api/me', { summary: 'Change my language or name', body: updateMeInput }, async ({ actor, body }) =>
    updateMe(ctx, actor, body),
  );
}
