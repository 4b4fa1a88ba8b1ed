import { describe, expect, it } from 'vitest';
import { pollWhileQueued, QUEUED_POLL_MS, RETRY_POLL_MS } from '../api/notify';
import { smtpInput } from '../shared';
import {
  distinctAddresses,
  joinAddresses,
  newSigningSecret,
  numberFrom,
  portForSecurity,
  splitAddresses,
} from './forms';

describe('notification form helpers', () => {
  it('splits addresses typed one per line or separated by commas', () => {
    expect(
      splitAddresses(' a@example.test\nb@example.test, c@example.test;d@example.test、e@example.test \n\n'),
    ).toEqual(['a@example.test', 'b@example.test', 'c@example.test', 'd@example.test', 'e@example.test']);
    expect(splitAddresses('   ')).toEqual([]);
    expect(splitAddresses(joinAddresses(['x@example.test', 'y@example.test']))).toEqual([
      'x@example.test',
      'y@example.test',
    ]);
  });

  it('keeps the first of addresses that differ only in case', () => {
    expect(distinctAddresses(['A@example.test', 'a@example.test', 'b@example.test'])).toEqual([
      'A@example.test',
      'b@example.test',
    ]);
  });

  it('makes signing secrets the server accepts, different each time', () => {
    const a = newSigningSecret();
    const b = newSigningSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(
      newSigningSecret((bytes) => {
        bytes.fill(255);
      }),
    ).toBe(Buffer.alloc(32, 255).toString('base64url'));
  });

  it('reads numbers, leaving the schema to name a bad one', () => {
    expect(numberFrom(' 587 ')).toBe(587);
    expect(numberFrom('')).toBeNaN();
    expect(numberFrom('abc')).toBeNaN();
    const parsed = smtpInput.safeParse({
      host: 'mail.example.test',
      port: numberFrom(''),
      security: 'starttls',
      fromAddress: 'shodo@example.test',
    });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['port']);
  });

  it('moves the port along with the security mode only while it is a well-known one', () => {
    expect(portForSecurity('587', 'tls')).toBe('465');
    expect(portForSecurity('', 'starttls')).toBe('587');
    expect(portForSecurity('25', 'starttls')).toBe('587');
    expect(portForSecurity('2525', 'tls')).toBe('2525');
  });
});

describe('following queued messages', () => {
  it('polls closely for a first try, loosely while retrying, and not at all once settled', () => {
    const m = (status: string, attempts: number) => ({ status, attempts });
    expect(pollWhileQueued([m('sent', 1), m('queued', 0)])).toBe(QUEUED_POLL_MS);
    expect(pollWhileQueued([m('queued', 1)])).toBe(QUEUED_POLL_MS);
    expect(pollWhileQueued([m('failed', 10), m('queued', 3)])).toBe(RETRY_POLL_MS);
    expect(pollWhileQueued([m('sent', 1), m('failed', 10)])).toBe(false);
    expect(pollWhileQueued([])).toBe(false);
  });
});
