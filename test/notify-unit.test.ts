/** The pure parts of delivery: back-off, signatures, acknowledgement tokens, rendering, redaction. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { retryDelayMs } from '../src/notify/backoff.js';
import { maskEmail, redact, urlHint } from '../src/notify/redact.js';
import { htmlBody, plainText } from '../src/notify/render.js';
import { chatPayload } from '../src/notify/senders/chat-payloads.js';
import { readAckToken, signAckToken, verifyWebhookSignature, webhookSignature } from '../src/notify/signing.js';
import { verifySignature } from './support/webhook-receiver.js';

const policy = { baseMs: 1000, maxMs: 60_000 };

describe('retry back-off', () => {
  it('doubles per failure up to the cap, with half of each pause random', () => {
    const low = [1, 2, 3, 4, 5].map((n) => retryDelayMs(n, policy, () => 0));
    const high = [1, 2, 3, 4, 5].map((n) => retryDelayMs(n, policy, () => 1));
    expect(low).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(high).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(retryDelayMs(30, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(10_000, policy, () => 0)).toBe(30_000);
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, policy)));
    expect(spread.size).toBeGreaterThan(10);
    for (const d of spread) expect(d).toBeGreaterThanOrEqual(2000);
  });
});

describe('webhook signatures', () => {
  const body = JSON.stringify({ subject: '件名', body: '本文' });
  const now = 1_800_000_000;

  it('signs the timestamp and the body, as a receiver following docs/WEBHOOKS.md checks them', () => {
    const sig = webhookSignature('secret-0123456789', now, body);
    expect(sig).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature('secret-0123456789', { timestamp: String(now), signature: sig }, body, now)).toBe(
      true,
    );
    const fresh = Math.floor(Date.now() / 1000);
    expect(
      verifySignature('secret-0123456789', String(fresh), webhookSignature('secret-0123456789', fresh, body), body),
    ).toBe(true);
  });

  it('refuses another body, another secret, or a stale timestamp', () => {
    const sig = webhookSignature('secret-0123456789', now, body);
    const check = (s: string, ts: number, b: string, at = now) =>
      verifyWebhookSignature(s, { timestamp: String(ts), signature: sig }, b, at);
    expect(check('secret-0123456789', now, `${body} `)).toBe(false);
    expect(check('another-secret-000', now, body)).toBe(false);
    expect(check('secret-0123456789', now + 1, body)).toBe(false);
    expect(check('secret-0123456789', now, body, now + 301)).toBe(false);
  });
});

describe('acknowledgement tokens', () => {
  const key = 'k'.repeat(43);
  const id = '0b6b0f0e-6a5e-4d3c-9f7e-1a2b3c4d5e6f';
  const expires = new Date('2030-01-01T00:00:00Z');
  const before = new Date('2029-12-31T00:00:00Z');

  it('reads back what it signed, the same link every time', () => {
    const token = signAckToken(key, id, expires);
    expect(token).toBe(signAckToken(key, id, expires));
    expect(readAckToken(key, token, before)).toEqual({ ok: true, tokenId: id, expiresAt: expires });
  });

  it('calls an altered or foreign token invalid and an old one expired', () => {
    const token = signAckToken(key, id, expires);
    const [tid, exp, sig] = token.split('.');
    expect(readAckToken(key, `${tid}.${Number(exp) + 1}.${sig}`, before)).toEqual({ ok: false, reason: 'invalid' });
    expect(readAckToken('x'.repeat(43), token, before)).toEqual({ ok: false, reason: 'invalid' });
    expect(readAckToken(key, `${token}x`, before)).toEqual({ ok: false, reason: 'invalid' });
    expect(readAckToken(key, token, expires)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses every other spelling of the signature, even one that decodes to the same bytes', () => {
    const token = signAckToken(key, id, expires);
    const sig = token.split('.')[2] ?? '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // 43 base64url characters carry 258 bits for 256: the last character has two spare bits.
    const twins = [...alphabet]
      .map((c) => `${sig.slice(0, -1)}${c}`)
      .filter((s) => s !== sig && Buffer.from(s, 'base64url').equals(Buffer.from(sig, 'base64url')));
    expect(twins.length).toBe(3);
    for (const twin of twins)
      expect(readAckToken(key, token.replace(sig, twin), before)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('rendering', () => {
  const ack = {
    url: 'https://shodo.example/ack/abc',
    label: '受け取りました',
    text: '確認: https://shodo.example/ack/abc',
  };

  it('escapes the text in HTML and links only real URLs', () => {
    const html = htmlBody('<件名>', 'a <b>&</b>\nhttps://x.example/p?q=1&r=2\n\n次の段落', 'ja', ack);
    expect(html).toContain('a &lt;b&gt;&amp;&lt;/b&gt;<br><a href="https://x.example/p?q=1&amp;r=2">');
    expect(html).toContain('<title>&lt;件名&gt;</title>');
    expect(html).toContain('<p style="margin:0 0 1em">次の段落</p>');
    expect(html).toContain('href="https://shodo.example/ack/abc"');
    expect(html).toContain('>受け取りました</a>');
    expect(plainText('本文', ack)).toBe('本文\n\n----\n確認: https://shodo.example/ack/abc');
    expect(plainText('本文', null)).toBe('本文');
  });

  it("escapes Slack's control characters", () => {
    const m = {
      id: '1',
      idempotencyKey: '1',
      kind: 'k',
      incidentId: null,
      locale: 'ja',
      subject: 'a<b>',
      body: '&<!channel>',
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    expect(chatPayload('slack', m)).toEqual({ text: '*a&lt;b&gt;*\n&amp;&lt;!channel&gt;' });
  });
});

describe('redaction', () => {
  it('shortens URLs to a hint and removes secrets from text', () => {
    const url = 'https://hooks.slack.com/services/T000/B000/abcdefSECRET1234';
    expect(urlHint(url)).toBe('https://hooks.slack.com/…1234');
    expect(redact(`POST ${url} failed: bad /services/T000/B000/abcdefSECRET1234`, [url])).toBe(
      'POST [redacted] failed: bad /[redacted]',
    );
    expect(redact('wrong password hunter22', ['hunter22', null, ''])).toBe('wrong password [redacted]');
    expect(maskEmail('tanaka@example.jp')).toBe('ta***@example.jp');
  });
});

describe('configuration', () => {
  it('runs the worker unless NOTIFY_WORKER=off, and refuses bad tuning', () => {
    expect(loadConfig({}).notify).toMatchObject({ worker: true, maxAttempts: 10, leaseMs: 120_000 });
    expect(loadConfig({ NOTIFY_WORKER: 'off', NOTIFY_POLL_MS: '50' }).notify).toMatchObject({
      worker: false,
      pollMs: 50,
    });
    expect(() => loadConfig({ NOTIFY_WORKER: 'maybe', NOTIFY_MAX_ATTEMPTS: '0' })).toThrow(
      /NOTIFY_WORKER[\s\S]*NOTIFY_MAX_ATTEMPTS/,
    );
  });
});
