/**
 * Distribution lists for warnings (admin settings): internal ones (staff) and external ones (customers,
 * partners). Responders choose among them when they send a warning; only admins see the addresses.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { isoNow } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { type DistributionListsInput, WARNING_AUDIENCES } from '../shared/channel-schemas.js';
import type { DistributionListView } from '../shared/notify-types.js';
import type { Database } from '../store/schema.js';
import { settingsRepository } from '../store/settings.repository.js';
import { requireRole } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { appendEvent } from './timeline.js';

const LISTS_KEY = 'notify_distribution_lists';

const storedLists = z.array(
  z.object({ id: z.string(), name: z.string(), audience: z.enum(WARNING_AUDIENCES), emails: z.array(z.string()) }),
);
export type DistributionList = z.infer<typeof storedLists>[number];

export async function readDistributionLists(db: Kysely<Database>): Promise<DistributionList[]> {
  const parsed = storedLists.safeParse((await settingsRepository.get(db, LISTS_KEY)) ?? []);
  return parsed.success ? parsed.data : [];
}

const toView = (l: DistributionList, withEmails: boolean): DistributionListView => ({
  id: l.id,
  name: l.name,
  audience: l.audience,
  count: l.emails.length,
  ...(withEmails && { emails: l.emails }),
});

export async function listDistributionLists(ctx: ServiceContext, actor: UserActor): Promise<DistributionListView[]> {
  requireRole(actor, ['responder', 'admin']);
  return (await readDistributionLists(ctx.store.db)).map((l) => toView(l, actor.role === 'admin'));
}

export async function putDistributionLists(
  ctx: ServiceContext,
  actor: UserActor,
  input: DistributionListsInput,
): Promise<DistributionListView[]> {
  requireRole(actor, ['admin']);
  const lists: DistributionList[] = input.lists.map((l) => ({
    id: l.id ?? newId(),
    name: l.name,
    audience: l.audience,
    emails: [...new Set(l.emails.map((e) => e.toLowerCase()))],
  }));
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await settingsRepository.put(trx, LISTS_KEY, lists);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'notify.distribution_lists_updated',
      data: { lists: lists.map((l) => ({ id: l.id, name: l.name, audience: l.audience, count: l.emails.length })) },
    });
  });
  return lists.map((l) => toView(l, true));
}
