import { describe, expect, it } from 'vitest';
import { affectedDepartments, recommendNetworkStop, uncheckedDepartments } from './spread.js';

describe('affectedDepartments', () => {
  it('lists affected departments once each, ignoring case and spacing', () => {
    const spread = [
      { department: 'Sales', state: 'affected' as const },
      { department: 'HR', state: 'clear' as const },
      { department: ' sales ', state: 'affected' as const },
      { department: '経理部', state: 'affected' as const },
    ];
    expect(affectedDepartments(spread)).toEqual(['Sales', '経理部']);
  });

  it('ignores unchecked and clear departments', () => {
    expect(
      affectedDepartments([
        { department: 'A', state: 'unchecked' },
        { department: 'B', state: 'clear' },
      ]),
    ).toEqual([]);
  });
});

describe('recommendNetworkStop', () => {
  it('is false for no department or a single one', () => {
    expect(recommendNetworkStop([])).toBe(false);
    expect(recommendNetworkStop([{ department: 'Sales', state: 'affected' }])).toBe(false);
  });

  it('is true once two departments are affected', () => {
    expect(
      recommendNetworkStop([
        { department: 'Sales', state: 'affected' },
        { department: 'HR', state: 'affected' },
      ]),
    ).toBe(true);
  });

  it('does not count the same department twice', () => {
    expect(
      recommendNetworkStop([
        { department: 'Sales', state: 'affected' },
        { department: 'SALES', state: 'affected' },
      ]),
    ).toBe(false);
  });

  it('does not count departments that were checked and found clear', () => {
    expect(
      recommendNetworkStop([
        { department: 'Sales', state: 'affected' },
        { department: 'HR', state: 'clear' },
        { department: 'IT', state: 'unchecked' },
      ]),
    ).toBe(false);
  });
});

describe('uncheckedDepartments', () => {
  it('lists departments nobody checked', () => {
    expect(
      uncheckedDepartments([
        { department: 'A', state: 'unchecked' },
        { department: 'B', state: 'clear' },
      ]),
    ).toEqual(['A']);
  });
});
