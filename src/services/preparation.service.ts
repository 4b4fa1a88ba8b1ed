/**
 * Calm-time preparation facts that neither the organisation settings nor the notification contact tree
 * hold: the police desk, who issues public notices, and backups. Stored under their own settings key so
 * the organisation settings keep their shape.
 */
import { isoNow } from '../lib/clock.js';
import { type PreparationInput, preparationInput } from '../shared/preparation-schemas.js';
import type { PreparationView } from '../shared/preparation-types.js';
import { settingsRepository } from '../store/settings.repository.js';
import { requireRole } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { appendEvent } from './timeline.js';

export const PREPARATION_KEY = 'preparation';

export async function readPreparation(ctx: ServiceContext): Promise<PreparationInput> {
  const parsed = preparationInput.safeParse((await settingsRepository.get(ctx.store.db, PREPARATION_KEY)) ?? {});
  // Facts stored by an older version that no longer validate must not block the readiness check or the pack.
  return parsed.success ? parsed.data : preparationInput.parse({});
}

export async function getPreparation(ctx: ServiceContext, actor: UserActor): Promise<PreparationView> {
  requireRole(actor, ['admin']);
  return readPreparation(ctx);
}

export async function putPreparation(
  ctx: ServiceContext,
  actor: UserActor,
  input: PreparationInput,
): Promise<PreparationView> {
  requireRole(actor, ['admin']);
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await settingsRepository.put(trx, PREPARATION_KEY, input);
    await appendEvent(trx, ctx.store.caps, { incidentId: null, at, actor, type: 'preparation.updated', data: {} });
  });
  return input;
}
