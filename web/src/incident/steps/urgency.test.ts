import { describe, expect, it } from 'vitest';
import { deriveUrgency as serverRule } from '../../../../src/domain/urgency';
import { IMPACT_LEVELS } from '../../shared';
import { deriveUrgency } from './urgency';

describe('urgency preview', () => {
  it('shows exactly what the server derives, for every combination', () => {
    for (const operations of IMPACT_LEVELS)
      for (const information of IMPACT_LEVELS)
        for (const recovery of IMPACT_LEVELS) {
          const c = { operations, information, recovery };
          expect(deriveUrgency(c)).toBe(serverRule(c));
        }
  });
});
