/** Signing in and out, sessions, the first admin and password-setting links. */

import { isoNow } from '../lib/clock.js';
import { newId, newToken, sha256Hex } from '../lib/ids.js';
import type { FirstAdminInput, LoginInput } from '../shared/account-schemas.js';
import type { Locale, Role } from '../shared/limits.js';
import { passwordTokenRepository, sessionRepository, userRepository } from '../store/users.repository.js';
import type { ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { enforceRateLimit, RATE_LIMITS, resetRateLimit } from './rate-limit.js';
import { appendEvent } from './timeline.js';

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  actor: UserActor;
  csrfToken: string;
  sessionId: string;
}

const SET_PASSWORD_HOURS = 72;

export async function createSession(ctx: ServiceContext, userId: string): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionHours * 3600_000);
  await sessionRepository.insert(ctx.store.db, {
    id: sha256Hex(token),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    lastSeenAt: now.toISOString(),
  });
  return { token, csrfToken, expiresAt };
}

export async function resolveSession(ctx: ServiceContext, token: string): Promise<ResolvedSession | null> {
  const id = sha256Hex(token);
  const row = await sessionRepository.getWithUser(ctx.store.db, id);
  const now = ctx.clock.now();
  if (!row || row.disabled === 1 || new Date(row.expiresAt) <= now) return null;
  // Sliding expiry, written at most once a minute to keep reads cheap.
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
    const expiresAt = new Date(now.getTime() + ctx.config.sessionHours * 3600_000).toISOString();
    await sessionRepository.touch(ctx.store.db, id, now.toISOString(), expiresAt);
  }
  return {
    sessionId: id,
    csrfToken: row.csrfToken,
    actor: {
      kind: 'user',
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role as Role,
      locale: row.locale as Locale,
    },
  };
}

export async function login(ctx: ServiceContext, input: LoginInput, ip: string): Promise<{ userId: string }> {
  const email = input.email.toLowerCase();
  await enforceRateLimit(ctx, `login:ip:${ip}`, RATE_LIMITS.loginPerIp);
  await enforceRateLimit(ctx, `login:email:${sha256Hex(email)}`, RATE_LIMITS.loginPerEmail);
  const user = await userRepository.getByEmail(ctx.store.db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.disabled === 1) throw errors.loginFailed();
  await resetRateLimit(ctx, `login:email:${sha256Hex(email)}`);
  return { userId: user.id };
}

export const logout = (ctx: ServiceContext, sessionId: string) => sessionRepository.delete(ctx.store.db, sessionId);

export async function needsFirstAdmin(ctx: ServiceContext): Promise<boolean> {
  return (await userRepository.countAdmins(ctx.store.db)) === 0;
}

/** Works only while no admin exists; a settings row acts as a one-time latch against two racing requests. */
export async function createFirstAdmin(ctx: ServiceContext, input: FirstAdminInput): Promise<{ userId: string }> {
  if (!(await needsFirstAdmin(ctx))) throw errors.setupClosed();
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    const latched = await trx
      .insertInto('settings')
      .values({ key: 'setup.first_admin', value: JSON.stringify({ at }) })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(latched.numInsertedOrUpdatedRows ?? 0) !== 1) throw errors.setupClosed();
    await userRepository.insert(trx, {
      id,
      email: input.email.toLowerCase(),
      name: input.name,
      role: 'admin',
      locale: input.locale,
      department: null,
      supervisorEmail: null,
      passwordHash,
      disabled: 0,
      createdAt: at,
    });
    const actor: UserActor = {
      kind: 'user',
      id,
      name: input.name,
      email: input.email,
      role: 'admin',
      locale: input.locale,
    };
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'user.first_admin',
      data: { userId: id },
    });
  });
  return { userId: id };
}

/** A single-use link for a new user to choose a password. Only the token's hash is stored. */
export async function issueSetPasswordToken(ctx: ServiceContext, userId: string): Promise<string> {
  const token = newToken();
  const now = ctx.clock.now();
  await passwordTokenRepository.insert(ctx.store.db, {
    id: sha256Hex(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SET_PASSWORD_HOURS * 3600_000).toISOString(),
    usedAt: null,
  });
  return token;
}

export async function setPasswordWithToken(
  ctx: ServiceContext,
  token: string,
  password: string,
  ip: string,
): Promise<{ userId: string }> {
  await enforceRateLimit(ctx, `setpw:ip:${ip}`, RATE_LIMITS.setPasswordPerIp);
  const id = sha256Hex(token);
  const row = await passwordTokenRepository.get(ctx.store.db, id);
  const now = isoNow(ctx.clock);
  if (!row || row.usedAt !== null || row.expiresAt <= now) throw errors.tokenInvalid();
  const passwordHash = await hashPassword(password);
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await passwordTokenRepository.consume(trx, id, now))) throw errors.tokenInvalid();
    await userRepository.update(trx, row.userId, { passwordHash });
    // A new password ends every other session of that user.
    await sessionRepository.deleteForUser(trx, row.userId);
  });
  return { userId: row.userId };
}

/** Expired sessions are useless but still rows; any instance may sweep them. */
export const purgeExpiredSessions = (ctx: ServiceContext) =>
  sessionRepository.deleteExpired(ctx.store.db, isoNow(ctx.clock));
