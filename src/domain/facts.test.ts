import { describe, expect, it } from 'vitest';
import { ALL_FACTS, type Facts } from '../shared/incident-schemas.js';
import { anyFactRecorded, factIsYes, factState, fiveFactsComplete, missingFacts, unknownFacts } from './facts.js';

const fiveAnswered: Facts = {
  foundAt: { known: true, value: '2026-01-05T09:10:00+09:00' },
  foundWhere: { known: true, value: 'Accounting PC-03' },
  foundBy: { known: false },
  whatHappened: { known: true, value: 'Files renamed' },
  whyAbnormal: { known: true, value: 'Ransom note on screen' },
};

describe('missingFacts', () => {
  it('lists every fact, in form order, when nothing is recorded', () => {
    expect(missingFacts({})).toEqual([...ALL_FACTS]);
  });

  it('does not count "unknown yet" as missing', () => {
    const missing = missingFacts(fiveAnswered);
    expect(missing).not.toContain('foundBy');
    expect(missing).not.toContain('foundAt');
    expect(missing[0]).toBe('impact');
    expect(missing).toHaveLength(ALL_FACTS.length - 5);
  });

  it('keeps ALL_FACTS order whatever order the object has', () => {
    const facts: Facts = { maliciousActor: { known: false }, foundAt: { known: false } };
    const missing = missingFacts(facts);
    const indices = missing.map((k) => ALL_FACTS.indexOf(k));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });
});

describe('unknownFacts and factState', () => {
  it('returns only facts answered "unknown yet"', () => {
    expect(unknownFacts(fiveAnswered)).toEqual(['foundBy']);
  });

  it('tells the three states apart', () => {
    expect(factState(fiveAnswered, 'foundAt')).toBe('known');
    expect(factState(fiveAnswered, 'foundBy')).toBe('unknown_yet');
    expect(factState(fiveAnswered, 'impact')).toBe('missing');
  });
});

describe('fiveFactsComplete', () => {
  it('is true when all five have a value or "unknown yet"', () => {
    expect(fiveFactsComplete(fiveAnswered)).toBe(true);
  });

  it('is false when any one of the five is absent', () => {
    const { whyAbnormal: _dropped, ...four } = fiveAnswered;
    expect(fiveFactsComplete(four)).toBe(false);
  });

  it('ignores the other facts', () => {
    expect(fiveFactsComplete({ impact: { known: true, value: 'x' }, spread: { known: false } })).toBe(false);
  });
});

describe('anyFactRecorded and factIsYes', () => {
  it('sees an "unknown yet" answer as recorded', () => {
    expect(anyFactRecorded({})).toBe(false);
    expect(anyFactRecorded({ cloudServices: { known: false } })).toBe(true);
  });

  it('is true only for an explicit yes', () => {
    expect(factIsYes({ personalData: { known: true, value: 'yes' } }, 'personalData')).toBe(true);
    expect(factIsYes({ personalData: { known: true, value: 'no' } }, 'personalData')).toBe(false);
    expect(factIsYes({ personalData: { known: false } }, 'personalData')).toBe(false);
    expect(factIsYes({}, 'personalData')).toBe(false);
  });
});
