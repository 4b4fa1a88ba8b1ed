/** Chat channels (admin settings): Slack, Teams, Google Chat and the signed generic webhook. */
import { message } from '../content/messages.js';
import { formatDateTime } from '../domain/format.js';
import { isoNow } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { urlHint } from '../notify/redact.js';
import { type ChannelConfig, channelConfig, sendToChat } from '../notify/senders/chat.js';
import type { ChatType, CreateChatChannelInput, UpdateChatChannelInput } from '../shared/channel-schemas.js';
import type { Locale } from '../shared/limits.js';
import type { ChannelTestResult, ChatChannelView } from '../shared/notify-types.js';
import { type ChannelRow, channelRepository } from '../store/channels.repository.js';
import { requireRole } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { dropChannelFromRouting } from './routing.service.js';
import { readSettings } from './settings.service.js';
import { appendEvent } from './timeline.js';

export const parseChannelConfig = (row: ChannelRow): ChannelConfig => channelConfig.parse(JSON.parse(row.config));

const toView = (row: ChannelRow): ChatChannelView => {
  const config = parseChannelConfig(row);
  return {
    id: row.id,
    type: row.type as ChatType,
    name: row.name,
    locale: row.locale as Locale,
    enabled: row.enabled === 1,
    urlHint: urlHint(config.url),
    secretSet: Boolean(config.secret),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
};

export async function listChannels(ctx: ServiceContext, actor: UserActor): Promise<ChatChannelView[]> {
  requireRole(actor, ['admin']);
  return (await channelRepository.list(ctx.store.db)).map(toView);
}

export async function createChannel(
  ctx: ServiceContext,
  actor: UserActor,
  input: CreateChatChannelInput,
): Promise<ChatChannelView> {
  requireRole(actor, ['admin']);
  const at = isoNow(ctx.clock);
  const config: ChannelConfig = { url: input.url, ...(input.type === 'webhook' && { secret: input.secret }) };
  const row: ChannelRow = {
    id: newId(),
    type: input.type,
    name: input.name,
    locale: input.locale,
    enabled: input.enabled ? 1 : 0,
    config: JSON.stringify(config),
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await channelRepository.insert(trx, row);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'notify.channel_created',
      data: { channelId: row.id, type: row.type, name: row.name },
    });
  });
  return toView(row);
}

export async function updateChannel(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: UpdateChatChannelInput,
): Promise<ChatChannelView> {
  requireRole(actor, ['admin']);
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    const row = await channelRepository.get(trx, id);
    if (!row) throw errors.notFound();
    const before = parseChannelConfig(row);
    const config: ChannelConfig = { url: input.url ?? before.url };
    if (input.type === 'webhook') {
      const secret = input.secret ?? before.secret;
      if (!secret) throw errors.invalidInput({ secret: 'a generic webhook needs a signing secret' });
      config.secret = secret;
    }
    await channelRepository.update(trx, id, {
      type: input.type,
      name: input.name,
      locale: input.locale,
      enabled: input.enabled ? 1 : 0,
      config: JSON.stringify(config),
      updatedAt: at,
    });
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'notify.channel_updated',
      data: { channelId: id, urlChanged: input.url !== undefined, secretChanged: input.secret !== undefined },
    });
  });
  const updated = await channelRepository.get(ctx.store.db, id);
  if (!updated) throw errors.notFound();
  return toView(updated);
}

/** Messages already queued for the channel then fail with a clear error; the routing rules forget it. */
export async function deleteChannel(ctx: ServiceContext, actor: UserActor, id: string): Promise<void> {
  requireRole(actor, ['admin']);
  const at = isoNow(ctx.clock);
  await ctx.store.db.transaction().execute(async (trx) => {
    const row = await channelRepository.get(trx, id);
    if (!row) throw errors.notFound();
    await channelRepository.delete(trx, id);
    await dropChannelFromRouting(trx, id);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'notify.channel_deleted',
      data: { channelId: id, name: row.name },
    });
  });
}

export async function testChannel(ctx: ServiceContext, actor: UserActor, id: string): Promise<ChannelTestResult> {
  requireRole(actor, ['admin']);
  const row = await channelRepository.get(ctx.store.db, id);
  if (!row) throw errors.notFound();
  const now = ctx.clock.now();
  const at = now.toISOString();
  const locale = row.locale as Locale;
  const { orgName } = await readSettings(ctx);
  const params = { orgName: orgName || 'Shodo', at: formatDateTime(at, locale) };
  const messageId = `test-${newId()}`;
  const started = performance.now();
  const outcome = await sendToChat(
    row.type as ChatType,
    parseChannelConfig(row),
    {
      id: messageId,
      idempotencyKey: messageId,
      kind: 'channel_test',
      incidentId: null,
      locale,
      subject: message(locale, 'notify.channel_test.subject', params),
      body: message(locale, 'notify.channel_test.body', params),
      createdAt: at,
    },
    ctx.config.notify.sendTimeoutMs,
    Math.floor(now.getTime() / 1000),
  );
  const result: ChannelTestResult = {
    ok: outcome.ok,
    status: outcome.status,
    response: outcome.response,
    ms: Math.round(performance.now() - started),
  };
  await ctx.store.db.transaction().execute((trx) =>
    appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'notify.channel_tested',
      data: { channelId: id, ok: result.ok, status: result.status },
    }),
  );
  return result;
}
