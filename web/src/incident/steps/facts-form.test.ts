import { describe, expect, it } from 'vitest';
import type { Facts } from '../../shared';
import { changedFacts, factsToForm, fieldToFact, mergeOnConflict, sameFacts } from './facts-form';

describe('facts form', () => {
  it('turns answers into fields and back', () => {
    const facts: Facts = {
      foundWhere: { known: true, value: 'PC-023' },
      impact: { known: false },
      affectedCount: { known: true, value: 12 },
      personalData: { known: true, value: 'yes' },
    };
    const form = factsToForm(facts);
    expect(form.foundWhere).toEqual({ unknown: false, value: 'PC-023' });
    expect(form.impact).toEqual({ unknown: true, value: '' });
    expect(form.foundBy).toEqual({ unknown: false, value: '' });
    expect(fieldToFact('affectedCount', form.affectedCount)).toEqual({ known: true, value: 12 });
    expect(fieldToFact('personalData', form.personalData)).toEqual({ known: true, value: 'yes' });
    expect(fieldToFact('foundBy', form.foundBy)).toBeUndefined();
  });

  it('sends only what changed, and a blank field never erases a saved value', () => {
    const base: Facts = { foundWhere: { known: true, value: 'PC-023' }, foundBy: { known: true, value: 'Sato' } };
    const form = factsToForm(base);
    form.foundBy = { unknown: false, value: '' };
    form.impact = { unknown: true, value: '' };
    form.foundAt = { unknown: false, value: '2026-01-02T10:30' };
    const sent = changedFacts(form, base);
    expect(Object.keys(sent).sort()).toEqual(['foundAt', 'impact']);
    expect(sent.impact).toEqual({ known: false });
    expect(sent.foundAt?.known && Date.parse(sent.foundAt.value)).toBe(new Date('2026-01-02T10:30').getTime());
  });

  it('compares dates to the minute, like the form shows them', () => {
    const a: Facts = { foundAt: { known: true, value: '2026-01-02T01:30:45.123Z' } };
    const b: Facts = { foundAt: { known: true, value: '2026-01-02T01:30:00.000Z' } };
    expect(sameFacts(a, b)).toBe(true);
    expect(Object.keys(changedFacts(factsToForm(a), a))).toEqual([]);
  });

  it('after a conflict keeps what the user typed and takes the rest from the saved incident', () => {
    const oldBase: Facts = { foundBy: { known: true, value: 'Sato' } };
    const current: Facts = {
      foundBy: { known: true, value: 'Suzuki' },
      foundAt: { known: true, value: '2026-01-02T01:30:00.000Z' },
      whyAbnormal: { known: true, value: 'ransom note' },
    };
    const typed = factsToForm(oldBase);
    typed.whyAbnormal = { unknown: false, value: 'warning in English' };
    const merged = mergeOnConflict(typed, oldBase, current);
    expect(merged.whyAbnormal.value).toBe('warning in English');
    expect(merged.foundBy.value).toBe('Suzuki');
    expect(fieldToFact('foundAt', merged.foundAt)).toEqual({ known: true, value: '2026-01-02T01:30:00.000Z' });
    expect(Object.keys(changedFacts(merged, current))).toEqual(['whyAbnormal']);
  });
});
