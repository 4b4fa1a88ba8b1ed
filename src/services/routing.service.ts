/**
 * Who is told what (admin settings): per notice, whether its people get mail, which chat channels get a
 * copy, which addresses always get one, and the reminder/escalation times. The defaults are the
 * product's: everyone it picks gets mail, nothing more.
 */
import type { Kysely } from 'kysely';
import { isoNow } from '../lib/clock.js';
import {
  ROUTABLE_KINDS,
  type RoutableKind,
  type RoutingInput,
  type RoutingRule,
  routingInput,
} from '../shared/channel-schemas.js';
import type { RoutingView } from '../shared/notify-types.js';
import { channelRepository } from '../store/channels.repository.js';
import type { Database } from '../store/schema.js';
import { settingsRepository } from '../store/settings.repository.js';
import { requireRole } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { appendEvent } from './timeline.js';

const ROUTING_KEY = 'notify_routing';
const DEFAULT_RULE: RoutingRule = { email: true, channels: [], alsoEmail: [] };

const complete = (input: RoutingInput): RoutingView => ({
  rules: Object.fromEntries(ROUTABLE_KINDS.map((k) => [k, input.rules[k] ?? DEFAULT_RULE])) as Record<
    RoutableKind,
    RoutingRule
  >,
  escalation: input.escalation,
});

export async function readRouting(db: Kysely<Database>): Promise<RoutingView> {
  const parsed = routingInput.safeParse((await settingsRepository.get(db, ROUTING_KEY)) ?? {});
  // Rules written by an older version and no longer valid fall back to the defaults rather than silence.
  return complete(parsed.success ? parsed.data : routingInput.parse({}));
}

export const isRoutable = (kind: string): kind is RoutableKind => (ROUTABLE_KINDS as readonly string[]).includes(kind);

export async function getRouting(ctx: ServiceContext, actor: UserActor): Promise<RoutingView> {
  requireRole(actor, ['admin']);
  return readRouting(ctx.store.db);
}

export async function putRouting(ctx: ServiceContext, actor: UserActor, input: RoutingInput): Promise<RoutingView> {
  requireRole(actor, ['admin']);
  const known = new Set((await channelRepository.list(ctx.store.db)).map((c) => c.id));
  const unknown: Record<string, string> = {};
  for (const kind of ROUTABLE_KINDS)
    input.rules[kind]?.channels.forEach((id, i) => {
      if (!known.has(id)) unknown[`rules.${kind}.channels.${i}`] = 'no such chat channel';
    });
  if (Object.keys(unknown).length > 0) throw errors.invalidInput(unknown);
  const view = complete(input);
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    await settingsRepository.put(trx, ROUTING_KEY, view);
    await appendEvent(trx, ctx.store.caps, { incidentId: null, at, actor, type: 'notify.routing_updated', data: {} });
  });
  return view;
}

export async function dropChannelFromRouting(trx: Kysely<Database>, channelId: string): Promise<void> {
  const view = await readRouting(trx);
  for (const kind of ROUTABLE_KINDS)
    view.rules[kind].channels = view.rules[kind].channels.filter((c) => c !== channelId);
  await settingsRepository.put(trx, ROUTING_KEY, view);
}
