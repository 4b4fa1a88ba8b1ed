import { describe, expect, it } from 'vitest';
import { IMPACT_LEVELS, type ImpactLevel } from '../shared/incident-schemas.js';
import { deriveUrgency } from './urgency.js';

describe('deriveUrgency', () => {
  it('is high when any one factor is high', () => {
    expect(deriveUrgency({ operations: 'none', information: 'high', recovery: 'none' })).toBe('high');
    expect(deriveUrgency({ operations: 'high', information: 'low', recovery: 'medium' })).toBe('high');
    expect(deriveUrgency({ operations: 'low', information: 'low', recovery: 'high' })).toBe('high');
  });

  it('is medium when the worst factor is medium', () => {
    expect(deriveUrgency({ operations: 'medium', information: 'none', recovery: 'low' })).toBe('medium');
  });

  it('is low when every factor is none or low', () => {
    expect(deriveUrgency({ operations: 'none', information: 'none', recovery: 'none' })).toBe('low');
    expect(deriveUrgency({ operations: 'low', information: 'low', recovery: 'low' })).toBe('low');
  });

  it('follows the worst factor for every combination', () => {
    const rank: Record<ImpactLevel, number> = { none: 0, low: 0, medium: 1, high: 2 };
    const expected = ['low', 'medium', 'high'] as const;
    for (const operations of IMPACT_LEVELS)
      for (const information of IMPACT_LEVELS)
        for (const recovery of IMPACT_LEVELS) {
          const worst = Math.max(rank[operations], rank[information], rank[recovery]);
          expect(deriveUrgency({ operations, information, recovery })).toBe(expected[worst]);
        }
  });
});
