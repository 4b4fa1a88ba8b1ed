/** Sends one message to a chat channel: the service's payload, signed for the generic webhook. */
import { z } from 'zod';
import type { ChatType } from '../../shared/channel-schemas.js';
import { redact } from '../redact.js';
import { webhookSignature } from '../signing.js';
import { type ChatMessage, chatPayload } from './chat-payloads.js';
import type { SendOutcome } from './outcome.js';
import { postJson } from './webhook.js';

/** What notify_channels.config holds. */
export const channelConfig = z.object({ url: z.string(), secret: z.string().optional() });
export type ChannelConfig = z.infer<typeof channelConfig>;

export async function sendToChat(
  type: ChatType,
  config: ChannelConfig,
  message: ChatMessage,
  timeoutMs: number,
  nowSeconds: number,
): Promise<SendOutcome> {
  const body = JSON.stringify(chatPayload(type, message));
  const headers: Record<string, string> = { 'idempotency-key': message.idempotencyKey };
  if (type === 'webhook' && config.secret) {
    headers['x-shodo-timestamp'] = String(nowSeconds);
    headers['x-shodo-signature'] = webhookSignature(config.secret, nowSeconds, body);
  }
  const outcome = await postJson(config.url, body, headers, timeoutMs);
  // A receiver might echo the URL (and its token) back in an error page: never store or show that.
  return { ...outcome, response: redact(outcome.response, [config.url, config.secret]) };
}
