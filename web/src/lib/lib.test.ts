import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import ja from '../i18n/ja.json';
import { reportInput, settingsInput } from '../shared';
import { isoToLocalInput, localInputToIso } from './dates';
import { safeNext } from './safe-next';
import { compact, errorAt, validate } from './validation';

describe('dates', () => {
  it('round-trips a datetime-local value through ISO', () => {
    const iso = localInputToIso('2026-03-04T05:06');
    expect(iso).toMatch(/Z$/);
    expect(isoToLocalInput(iso)).toBe('2026-03-04T05:06');
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('nonsense')).toBeNull();
    expect(isoToLocalInput('nonsense')).toBe('');
  });
});

describe('validation', () => {
  beforeAll(async () => {
    await i18n.init({ resources: { ja: { translation: ja } }, lng: 'ja', initAsync: false });
  });

  it('maps zod issues to dotted paths, one message each', () => {
    const r = validate(reportInput, { whatHappened: '', where: 'x'.repeat(500), supervisorEmail: 'not-mail' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['contact', 'supervisorEmail', 'whatHappened', 'where']);
    expect(r.errors.whatHappened).toBe(ja.validation.required);
    expect(r.errors.supervisorEmail).toBe(ja.validation.email);
  });

  it('finds nested messages for a field', () => {
    const r = validate(settingsInput, { desk: { name: '', email: 'x' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorAt(r.errors, 'desk.name')).toBeTruthy();
    expect(errorAt(r.errors, 'desk')).toBeTruthy();
    expect(errorAt(r.errors, 'orgName')).toBeUndefined();
  });

  it('drops blank optional strings', () => {
    expect(compact({ a: '', b: '  ', c: 'x', d: undefined, e: 0 })).toEqual({ c: 'x', e: 0 });
  });
});

describe('safeNext', () => {
  it('only allows paths on this site', () => {
    expect(safeNext('/incidents/INC-1#step-2')).toBe('/incidents/INC-1#step-2');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
