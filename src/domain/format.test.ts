import { describe, expect, it } from 'vitest';
import { bullet, factLine, formatDateTime, formatFact, linesToItems } from './format.js';

describe('formatDateTime', () => {
  it('shows Japan time by default, spelled out per language', () => {
    expect(formatDateTime('2026-01-05T00:10:00Z', 'ja')).toBe('2026年1月5日 09:10(日本時間)');
    expect(formatDateTime('2026-01-05T00:10:00Z', 'en')).toBe('5 Jan 2026, 09:10 JST');
  });

  it('honours the offset of the input and crosses midnight correctly', () => {
    expect(formatDateTime('2026-12-31T23:30:00+09:00', 'en')).toBe('31 Dec 2026, 23:30 JST');
    expect(formatDateTime('2026-12-31T15:30:00Z', 'ja')).toBe('2027年1月1日 00:30(日本時間)');
  });

  it('uses another zone when asked', () => {
    expect(formatDateTime('2026-07-01T12:00:00Z', 'en', 'UTC')).toBe('1 Jul 2026, 12:00 UTC');
  });

  it('returns the input when it cannot be read, rather than failing the document', () => {
    expect(formatDateTime('yesterday', 'en')).toBe('yesterday');
    expect(formatDateTime('2026-07-01T12:00:00Z', 'en', 'Not/AZone')).toBe('2026-07-01T12:00:00Z');
  });
});

describe('formatFact', () => {
  it('shows missing, unknown yet, yes/no, counts and dates in words', () => {
    expect(formatFact({}, 'impact', 'ja')).toBe('未確認');
    expect(formatFact({ impact: { known: false } }, 'impact', 'en')).toBe('Unknown yet');
    expect(formatFact({ personalData: { known: true, value: 'no' } }, 'personalData', 'ja')).toBe('いいえ');
    expect(formatFact({ affectedCount: { known: true, value: 1500 } }, 'affectedCount', 'ja')).toBe('1,500人');
    expect(formatFact({ learnedAt: { known: true, value: '2026-01-05T00:10:00Z' } }, 'learnedAt', 'en')).toBe(
      '5 Jan 2026, 09:10 JST',
    );
  });

  it('indents a multi-line value under its label', () => {
    expect(factLine({ whatHappened: { known: true, value: 'a\nb' } }, 'whatHappened', 'en')).toBe(
      '- What happened, and how:\n  a\n  b',
    );
  });
});

describe('lists', () => {
  it('splits typed lines and drops existing bullet marks and blanks', () => {
    expect(linesToItems('・費用\n\n- 公表\n1. 警察\n  * 体制  ')).toEqual(['費用', '公表', '警察', '体制']);
    expect(linesToItems(undefined)).toEqual([]);
  });

  it('marks items the way each language expects', () => {
    expect(bullet('費用', 'ja')).toBe('・費用');
    expect(bullet('Cost\nand time', 'en')).toBe('- Cost\n  and time');
  });
});
