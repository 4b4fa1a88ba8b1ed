/**
 * The contact tree (admin settings): per role, who is next when nobody acknowledges. Phone numbers are
 * kept with each person so the escalation mail can tell people whom to call.
 */
import type { Kysely } from 'kysely';
import { isoNow } from '../lib/clock.js';
import { type ContactTreeInput, contactTreeInput } from '../shared/channel-schemas.js';
import type { ContactTreeView } from '../shared/notify-types.js';
import type { Database } from '../store/schema.js';
import { settingsRepository } from '../store/settings.repository.js';
import { requireRole } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { appendEvent } from './timeline.js';

const TREE_KEY = 'notify_contact_tree';

export async function readContactTree(db: Kysely<Database>): Promise<ContactTreeView> {
  const parsed = contactTreeInput.safeParse((await settingsRepository.get(db, TREE_KEY)) ?? {});
  return parsed.success ? parsed.data : contactTreeInput.parse({});
}

export async function getContactTree(ctx: ServiceContext, actor: UserActor): Promise<ContactTreeView> {
  requireRole(actor, ['admin']);
  return readContactTree(ctx.store.db);
}

export async function putContactTree(
  ctx: ServiceContext,
  actor: UserActor,
  input: ContactTreeInput,
): Promise<ContactTreeView> {
  requireRole(actor, ['admin']);
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await settingsRepository.put(trx, TREE_KEY, input);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'notify.contact_tree_updated',
      data: { manager: input.manager.length, desk: input.desk.length },
    });
  });
  return input;
}
