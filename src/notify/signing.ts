/**
 * HMAC-SHA256 signatures: the generic webhook's (so a receiver can tell our posts from forgeries; the
 * scheme is documented in docs/WEBHOOKS.md) and the one-click acknowledgement links'.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const sameBytes = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b);

/** Headers and payload signature of a generic webhook post: `v1=` + hex HMAC of `<timestamp>.<body>`. */
export const webhookSignature = (secret: string, timestampSeconds: number, body: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')}`;

/**
 * What a receiver does (see docs/WEBHOOKS.md): recompute the signature over the raw body and refuse
 * timestamps outside the tolerance, so a captured post cannot be replayed later.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  rawBody: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, ts, rawBody));
  return sameBytes(expected, Buffer.from(headers.signature ?? ''));
}

// The purpose is part of what is signed, so an acknowledgement link cannot be passed off as anything else.
const ACK_PURPOSE = 'shodo-ack-v1';
const TOKEN_SHAPE = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

const ackMac = (key: string, tokenId: string, expiresSeconds: number): Buffer =>
  createHmac('sha256', key).update(`${ACK_PURPOSE}.${tokenId}.${expiresSeconds}`).digest();

/** `<token id>.<expiry, unix seconds>.<signature>`: the same inputs always give the same link. */
export function signAckToken(key: string, tokenId: string, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `${tokenId}.${exp}.${ackMac(key, tokenId, exp).toString('base64url')}`;
}

export type AckTokenCheck =
  | { ok: true; tokenId: string; expiresAt: Date }
  | { ok: false; reason: 'invalid' | 'expired' };

/** Checks shape and signature first, so an altered link says "invalid" whatever expiry it claims. */
export function readAckToken(key: string, token: string, now: Date): AckTokenCheck {
  const m = TOKEN_SHAPE.exec(token);
  if (!m) return { ok: false, reason: 'invalid' };
  const [, tokenId = '', expText = '', sig = ''] = m;
  const exp = Number(expText);
  // Compare the text, not the decoded bytes: base64's last character carries spare bits, so several
  // spellings decode to the same bytes, and an altered link must never count as the original.
  const expected = Buffer.from(ackMac(key, tokenId, exp).toString('base64url'));
  if (!sameBytes(expected, Buffer.from(sig))) return { ok: false, reason: 'invalid' };
  const expiresAt = new Date(exp * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, tokenId, expiresAt };
}
