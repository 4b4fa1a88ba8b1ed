/** One attempt at one outbox message: look up its channel, render it, send it. */

import { ackLinkFor } from '../services/acknowledgement.service.js';
import type { ServiceContext } from '../services/context.js';
import { mailDomain, type readSmtp } from '../services/smtp-settings.service.js';
import { CHAT_TYPES, type ChatType } from '../shared/channel-schemas.js';
import type { Locale } from '../shared/limits.js';
import { channelRepository } from '../store/channels.repository.js';
import type { NotificationRow } from '../store/notifications.repository.js';
import { redact } from './redact.js';
import { htmlBody, plainText } from './render.js';
import { channelConfig, sendToChat } from './senders/chat.js';
import type { SmtpSender } from './senders/email.js';
import type { SendOutcome } from './senders/outcome.js';

export interface DeliveryDeps {
  ctx: ServiceContext;
  smtp: SmtpSender;
  timeoutMs: number;
  /** The mail server settings, read once per round rather than once per message. */
  smtpSettings: () => Promise<Awaited<ReturnType<typeof readSmtp>>>;
}

const isChatType = (c: string): c is ChatType => (CHAT_TYPES as readonly string[]).includes(c);
const retryLater = (response: string): SendOutcome => ({ ok: false, permanent: false, status: null, response });
const giveUp = (response: string): SendOutcome => ({ ok: false, permanent: true, status: null, response });

export async function deliver(deps: DeliveryDeps, row: NotificationRow): Promise<SendOutcome> {
  if (row.channel === 'email') return deliverMail(deps, row);
  if (isChatType(row.channel)) return deliverChat(deps, row, row.channel);
  return giveUp(`unknown channel "${row.channel}"`);
}

async function deliverMail(deps: DeliveryDeps, row: NotificationRow): Promise<SendOutcome> {
  const { ctx, smtp: sender } = deps;
  const smtp = await deps.smtpSettings();
  // Kept queued (and retried) rather than failed at once: an admin setting up mail late loses nothing early.
  if (!smtp) return retryLater('no mail server is set up yet (settings → notifications → mail)');
  if (!smtp.enabled) return retryLater('sending mail is switched off in the settings');
  const locale = row.locale as Locale;
  const ack = row.ackTokenId ? await ackLinkFor(ctx, row.ackTokenId, locale) : null;
  const key = row.idempotencyKey ?? row.id;
  const outcome = await sender.send(smtp, {
    to: row.recipient,
    subject: row.subject,
    text: plainText(row.body, ack),
    html: htmlBody(row.subject, row.body, locale, ack),
    messageId: `${key}@${mailDomain(smtp.fromAddress)}`,
    headers: {
      'X-Shodo-Notification-Id': row.id,
      'X-Shodo-Idempotency-Key': key,
      ...(row.incidentId && { 'X-Shodo-Incident': row.incidentId }),
    },
  });
  return { ...outcome, response: redact(outcome.response, [smtp.password]) };
}

async function deliverChat({ ctx, timeoutMs }: DeliveryDeps, row: NotificationRow, type: ChatType) {
  const channel = row.channelId ? await channelRepository.get(ctx.store.db, row.channelId) : undefined;
  if (!channel) return giveUp('the chat channel was removed');
  if (channel.enabled !== 1) return giveUp('the chat channel is switched off');
  const now = ctx.clock.now();
  return sendToChat(
    type,
    channelConfig.parse(JSON.parse(channel.config)),
    {
      id: row.id,
      idempotencyKey: row.idempotencyKey ?? row.id,
      kind: row.kind,
      incidentId: row.incidentId,
      locale: row.locale,
      subject: row.subject,
      body: row.body,
      createdAt: row.createdAt,
    },
    timeoutMs,
    Math.floor(now.getTime() / 1000),
  );
}
