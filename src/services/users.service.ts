/** Accounts managed by admins, and each user's own preferences. */
import type { z } from 'zod';
import { isoNow } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import type { CreateUserInput, updateMeInput, updateUserInput } from '../shared/account-schemas.js';
import type { UserView } from '../shared/api-types.js';
import type { Locale, Role } from '../shared/limits.js';
import { sessionRepository, type UserRow, userRepository } from '../store/users.repository.js';
import { requireRole, STAFF } from './access.js';
import { issueSetPasswordToken } from './auth.service.js';
import type { Actor, ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { appendEvent } from './timeline.js';

export const toUserView = (u: UserRow): UserView => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  locale: u.locale as Locale,
  department: u.department,
  supervisorEmail: u.supervisorEmail,
  disabled: u.disabled === 1,
});

/**
 * Creates an account and a single-use link to choose its password. `actor` is an admin, or the
 * command line (an anonymous actor labelled "cli").
 */
export async function createUser(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateUserInput,
): Promise<{ user: UserView; setPasswordToken: string }> {
  if (actor.kind === 'user') requireRole(actor, ['admin']);
  const email = input.email.toLowerCase();
  if (await userRepository.getByEmail(ctx.store.db, email)) throw errors.invalidInput({ email: 'already exists' });
  const at = isoNow(ctx.clock);
  const row: UserRow = {
    id: newId(),
    email,
    name: input.name,
    role: input.role,
    locale: input.locale,
    department: input.department || null,
    supervisorEmail: input.supervisorEmail || null,
    passwordHash: null,
    disabled: 0,
    createdAt: at,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await userRepository.insert(trx, row);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'user.created',
      data: { userId: row.id, role: row.role },
    });
  });
  const setPasswordToken = await issueSetPasswordToken(ctx, row.id);
  return { user: toUserView(row), setPasswordToken };
}

export async function listUsers(ctx: ServiceContext, actor: UserActor): Promise<UserView[]> {
  requireRole(actor, ['admin']);
  return (await userRepository.list(ctx.store.db)).map(toUserView);
}

/** Names and roles only, so responders and managers can pick who may see a restricted incident. */
export async function userDirectory(ctx: ServiceContext, actor: UserActor) {
  requireRole(actor, STAFF);
  return (await userRepository.list(ctx.store.db))
    .filter((u) => u.disabled === 0)
    .map((u) => ({ id: u.id, name: u.name, role: u.role as Role }));
}

export async function updateUser(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: z.infer<typeof updateUserInput>,
): Promise<UserView> {
  requireRole(actor, ['admin']);
  const existing = await userRepository.getById(ctx.store.db, id);
  if (!existing) throw errors.notFound();
  // An admin cannot lock everybody out by demoting or disabling the last admin.
  const losingAdmin =
    existing.role === 'admin' &&
    existing.disabled === 0 &&
    ((input.role && input.role !== 'admin') || input.disabled === true);
  if (losingAdmin && (await userRepository.countEnabledAdmins(ctx.store.db)) <= 1)
    throw errors.invalidInput({ role: 'the last admin cannot be removed' });
  const patch: Partial<UserRow> = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.role !== undefined) patch.role = input.role;
  if (input.department !== undefined) patch.department = input.department || null;
  if (input.supervisorEmail !== undefined) patch.supervisorEmail = input.supervisorEmail || null;
  if (input.disabled !== undefined) patch.disabled = input.disabled ? 1 : 0;
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await userRepository.update(trx, id, patch);
    if (input.disabled || (input.role && input.role !== existing.role)) await sessionRepository.deleteForUser(trx, id);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'user.updated',
      data: { userId: id, changes: Object.keys(patch) },
    });
  });
  const updated = await userRepository.getById(ctx.store.db, id);
  if (!updated) throw errors.notFound();
  return toUserView(updated);
}

export async function updateMe(
  ctx: ServiceContext,
  actor: UserActor,
  input: z.infer<typeof updateMeInput>,
): Promise<UserView> {
  const patch: Partial<UserRow> = {};
  if (input.locale) patch.locale = input.locale;
  if (input.name) patch.name = input.name;
  if (Object.keys(patch).length > 0) await userRepository.update(ctx.store.db, actor.id, patch);
  const u = await userRepository.getById(ctx.store.db, actor.id);
  if (!u) throw errors.notSignedIn();
  return toUserView(u);
}

export async function getMe(ctx: ServiceContext, actor: UserActor): Promise<UserView> {
  const u = await userRepository.getById(ctx.store.db, actor.id);
  if (!u) throw errors.notSignedIn();
  return toUserView(u);
}
