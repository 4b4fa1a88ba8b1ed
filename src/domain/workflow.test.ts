import { describe, expect, it } from 'vitest';
import { checklistFor } from '../content/checklists.js';
import { type Facts, FIVE_FACTS, type IncidentType } from '../shared/incident-schemas.js';
import type { IncidentState } from './incident-state.js';
import { computeSteps, NEXT_ACTION_KEYS, nextActions } from './workflow.js';

function state(over: Partial<IncidentState> = {}, types: IncidentType[] = ['malware']): IncidentState {
  return {
    status: 'new',
    types,
    facts: {},
    briefingCount: 0,
    acknowledgedBriefingCount: 0,
    decisionCount: 0,
    decisionTopics: [],
    checklist: checklistFor(types).map((i) => ({ key: i.key, state: 'open' as const })),
    spread: [],
    determination: null,
    supportRequestCount: 0,
    handedOver: false,
    evidenceCount: 0,
    closed: false,
    ...over,
  };
}

const allFive: Facts = Object.fromEntries(FIVE_FACTS.map((k) => [k, { known: false }]));
const allDone = (s: IncidentState) => s.checklist.map((c) => ({ ...c, state: 'done' as const }));
const keys = (s: IncidentState) => nextActions(s).map((a) => a.key);

describe('computeSteps', () => {
  it('starts with only intake done', () => {
    expect(computeSteps(state())).toEqual({
      1: 'done',
      2: 'todo',
      3: 'todo',
      4: 'todo',
      5: 'todo',
      6: 'todo',
      7: 'todo',
    });
  });

  it('puts step 2 in progress with one fact and done with the five answered, "unknown yet" included', () => {
    expect(computeSteps(state({ facts: { foundAt: { known: false } } }))[2]).toBe('in_progress');
    expect(computeSteps(state({ facts: { impact: { known: true, value: 'x' } } }))[2]).toBe('in_progress');
    expect(computeSteps(state({ facts: allFive }))[2]).toBe('done');
  });

  it('marks step 3 done once a briefing was sent', () => {
    expect(computeSteps(state({ briefingCount: 1 }))[3]).toBe('done');
  });

  it('tracks containment through the checklist and the department checks', () => {
    const s = state();
    const [first, ...rest] = s.checklist;
    if (!first) throw new Error('malware checklist is empty');
    expect(computeSteps(state({ checklist: [{ ...first, state: 'done' }, ...rest] }))[4]).toBe('in_progress');
    expect(computeSteps(state({ spread: [{ department: 'Sales', state: 'clear' }] }))[4]).toBe('in_progress');
    const mixed = s.checklist.map((c, i) => ({ ...c, state: i % 2 ? ('done' as const) : ('not_applicable' as const) }));
    expect(computeSteps(state({ checklist: mixed }))[4]).toBe('done');
  });

  it('does not call an empty checklist done', () => {
    expect(computeSteps(state({ checklist: [] }))[4]).toBe('todo');
  });

  it('leaves step 5 in progress on "cannot tell" and done on a verdict', () => {
    expect(computeSteps(state({ determination: { verdict: 'cannot_tell', urgency: null } }))[5]).toBe('in_progress');
    expect(computeSteps(state({ determination: { verdict: 'incident', urgency: 'low' } }))[5]).toBe('done');
    expect(computeSteps(state({ determination: { verdict: 'not_incident', urgency: null } }))[5]).toBe('done');
  });

  it('marks step 6 done on a support request, or when it is not an incident', () => {
    expect(computeSteps(state({ supportRequestCount: 1 }))[6]).toBe('done');
    expect(computeSteps(state({ determination: { verdict: 'not_incident', urgency: null } }))[6]).toBe('done');
    expect(computeSteps(state({ determination: { verdict: 'incident', urgency: 'low' } }))[6]).toBe('todo');
  });

  it('marks step 7 done on evidence or hand-over', () => {
    expect(computeSteps(state({ evidenceCount: 1 }))[7]).toBe('done');
    expect(computeSteps(state({ handedOver: true }))[7]).toBe('done');
    expect(computeSteps(state())[7]).toBe('todo');
  });
});

describe('nextActions', () => {
  it('asks first for the five facts and an early briefing', () => {
    const actions = nextActions(state());
    expect(actions[0]).toEqual({ key: 'record_five_facts', step: 2, params: { missing: 5 } });
    expect(actions.map((a) => a.key)).toContain('send_briefing');
    expect(actions.map((a) => a.key)).toContain('determine');
  });

  it('counts only the five facts still missing', () => {
    const a = nextActions(state({ facts: { foundAt: { known: false }, foundBy: { known: true, value: 'Sato' } } }));
    expect(a.find((x) => x.key === 'record_five_facts')?.params).toEqual({ missing: 3 });
    expect(keys(state({ facts: allFive }))).not.toContain('record_five_facts');
  });

  it('recommends stopping the network when two departments are hit, until the item is dealt with', () => {
    const spread = [
      { department: 'Sales', state: 'affected' as const },
      { department: 'HR', state: 'affected' as const },
    ];
    const s = state({ spread });
    const stop = nextActions(s).find((a) => a.key === 'stop_internal_network');
    expect(stop).toEqual({ key: 'stop_internal_network', step: 4, params: { departments: 2 } });
    const handled = s.checklist.map((c) =>
      c.key === 'malware.stop_internal_network' ? { ...c, state: 'done' as const } : c,
    );
    expect(keys(state({ spread, checklist: handled }))).not.toContain('stop_internal_network');
    expect(keys(state({ spread: [spread[0] as (typeof spread)[0]] }))).not.toContain('stop_internal_network');
  });

  it('offers the network stop only where a checklist item can record it, so the action can always be done', () => {
    const spread = [
      { department: 'Sales', state: 'affected' as const },
      { department: 'HR', state: 'affected' as const },
    ];
    // No such item for spoofed mail: the step-4 warning (recommendNetworkStop) speaks instead of an endless action.
    expect(keys(state({ spread }, ['spoofed_mail']))).not.toContain('stop_internal_network');
    const ransomware = state({ spread }, ['ransomware']);
    expect(keys(ransomware)).toContain('stop_internal_network');
    const stopped = ransomware.checklist.map((c) =>
      c.key === 'ransomware.stop_internal_network' ? { ...c, state: 'done' as const } : c,
    );
    expect(keys({ ...ransomware, checklist: stopped })).not.toContain('stop_internal_network');
  });

  it('clears the police and legal-report actions once management has decided on them', () => {
    const s = state({
      determination: { verdict: 'incident', urgency: 'low', police: { consult: true, reason: null } },
      facts: { personalData: { known: true, value: 'yes' } },
    });
    expect(keys(s)).toEqual(expect.arrayContaining(['consult_police', 'check_legal_report']));
    expect(keys({ ...s, decisionCount: 1, decisionTopics: ['police'] })).not.toContain('consult_police');
    expect(keys({ ...s, decisionCount: 1, decisionTopics: ['regulatory_report'] })).not.toContain('check_legal_report');
  });

  it('asks to check departments for malware, and for each unchecked one', () => {
    expect(keys(state())).toContain('check_departments');
    expect(keys(state({}, ['ransomware']))).toContain('check_departments');
    expect(keys(state({}, ['lost_device']))).not.toContain('check_departments');
    const a = nextActions(state({ spread: [{ department: 'HR', state: 'unchecked' }] }, ['lost_device']));
    expect(a.find((x) => x.key === 'check_departments')?.params).toEqual({ unchecked: 1 });
    expect(keys(state({ spread: [{ department: 'HR', state: 'clear' }] }))).not.toContain('check_departments');
  });

  it('puts consulting management first when the incident is urgent', () => {
    const s = state({ determination: { verdict: 'incident', urgency: 'high' } });
    expect(nextActions(s)[0]).toEqual({ key: 'consult_management_now', step: 5 });
    expect(keys({ ...s, decisionCount: 1 })).not.toContain('consult_management_now');
    expect(keys({ ...s, determination: { verdict: 'incident', urgency: 'medium' } })).not.toContain(
      'consult_management_now',
    );
  });

  it('routes "cannot tell" to outside help, then back to determining', () => {
    const s = state({ determination: { verdict: 'cannot_tell', urgency: null } });
    expect(keys(s)).toContain('ask_vendor_cannot_tell');
    expect(keys(s)).not.toContain('determine');
    const asked = { ...s, supportRequestCount: 1 };
    expect(keys(asked)).not.toContain('ask_vendor_cannot_tell');
    expect(keys(asked)).toContain('determine');
  });

  it('reminds about the police when the determination says so, with the reason', () => {
    const s = state({
      determination: { verdict: 'incident', urgency: 'low', police: { consult: true, reason: 'Money was sent' } },
    });
    expect(nextActions(s).find((a) => a.key === 'consult_police')).toEqual({
      key: 'consult_police',
      step: 5,
      params: { reason: 'Money was sent' },
    });
    const noReason = state({
      determination: { verdict: 'incident', urgency: 'low', police: { consult: true, reason: null } },
    });
    expect(nextActions(noReason).find((a) => a.key === 'consult_police')).toEqual({ key: 'consult_police', step: 5 });
    expect(keys(state({ determination: { verdict: 'incident', urgency: 'low' } }))).not.toContain('consult_police');
  });

  it('follows up on briefings nobody acknowledged and on missing decisions', () => {
    const s = state({ briefingCount: 2, acknowledgedBriefingCount: 1 });
    expect(nextActions(s).find((a) => a.key === 'ask_management_to_read')?.params).toEqual({ unread: 1 });
    expect(keys(s)).toContain('record_decisions');
    expect(keys({ ...s, acknowledgedBriefingCount: 2, decisionCount: 1 })).not.toContain('ask_management_to_read');
    expect(keys({ ...s, decisionCount: 1 })).not.toContain('record_decisions');
  });

  it('flags a possible legal report when personal data is involved and not strongly encrypted', () => {
    const yes = { known: true, value: 'yes' } as const;
    expect(keys(state({ facts: { personalData: yes } }))).toContain('check_legal_report');
    expect(keys(state({ facts: { personalData: yes, stronglyEncrypted: yes } }))).not.toContain('check_legal_report');
    expect(keys(state({ facts: { personalData: { known: false } } }))).not.toContain('check_legal_report');
  });

  it('asks for a vendor, evidence and hand-over once it is an incident', () => {
    const s = state({ determination: { verdict: 'incident', urgency: 'medium' } });
    expect(keys(s)).toEqual(expect.arrayContaining(['request_vendor', 'record_evidence']));
    const requested = { ...s, supportRequestCount: 1 };
    expect(keys(requested)).not.toContain('request_vendor');
    expect(keys(requested)).toContain('hand_over');
    const handed = { ...requested, handedOver: true, status: 'handed_over' as const };
    expect(keys(handed)).not.toContain('hand_over');
    expect(keys(handed)).not.toContain('record_evidence');
    expect(keys(handed)).toContain('close');
  });

  it('offers only closing for a case that is not an incident', () => {
    expect(
      nextActions(state({ determination: { verdict: 'not_incident', urgency: null }, status: 'not_incident' })),
    ).toEqual([{ key: 'close', step: 7 }]);
  });

  it('says nothing is left once closed', () => {
    expect(nextActions(state({ closed: true, status: 'closed' }))).toEqual([{ key: 'nothing_left', step: 7 }]);
    expect(nextActions(state({ status: 'closed' }))).toEqual([{ key: 'nothing_left', step: 7 }]);
  });

  it('offers closing when every step is done', () => {
    const s = state({
      facts: { ...allFive, impact: { known: false }, spread: { known: false } },
      briefingCount: 1,
      acknowledgedBriefingCount: 1,
      decisionCount: 1,
      spread: [{ department: 'Sales', state: 'clear' }],
      determination: { verdict: 'incident', urgency: 'low' },
      supportRequestCount: 1,
      evidenceCount: 1,
      status: 'incident',
    });
    const done = { ...s, checklist: allDone(s) };
    expect(keys(done)).toEqual(['hand_over', 'close']);
  });

  it('never leaves an open incident without an action, and returns only declared keys', () => {
    const verdicts = [null, 'incident', 'not_incident', 'cannot_tell'] as const;
    const flags = [true, false];
    for (const v of verdicts)
      for (const briefed of flags)
        for (const contained of flags)
          for (const requested of flags)
            for (const handedOver of flags)
              for (const evidence of flags)
                for (const facts of [{}, allFive]) {
                  const base = state({
                    facts,
                    briefingCount: briefed ? 1 : 0,
                    acknowledgedBriefingCount: briefed ? 1 : 0,
                    decisionCount: briefed ? 1 : 0,
                    determination: v ? { verdict: v, urgency: v === 'incident' ? 'high' : null } : null,
                    supportRequestCount: requested ? 1 : 0,
                    handedOver,
                    evidenceCount: evidence ? 1 : 0,
                  });
                  const s = contained ? { ...base, checklist: allDone(base) } : base;
                  const actions = nextActions(s);
                  expect(actions.length).toBeGreaterThan(0);
                  for (const a of actions) expect(NEXT_ACTION_KEYS).toContain(a.key);
                  expect(actions.map((a) => a.key)).not.toContain('nothing_left');
                }
  });
});
