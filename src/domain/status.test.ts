import { describe, expect, it } from 'vitest';
import { INCIDENT_STATUSES } from '../shared/incident-schemas.js';
import { canTransition, nextStatusAfter } from './status.js';

describe('canTransition', () => {
  it('allows nothing out of closed', () => {
    for (const to of INCIDENT_STATUSES) expect(canTransition('closed', to)).toBe(false);
  });

  it('allows closing from every other status', () => {
    for (const from of INCIDENT_STATUSES.filter((s) => s !== 'closed'))
      expect(canTransition(from, 'closed')).toBe(true);
  });

  it('never allows going back to new', () => {
    for (const from of INCIDENT_STATUSES) expect(canTransition(from, 'new')).toBe(false);
  });

  it('only closes a handed-over case', () => {
    for (const to of INCIDENT_STATUSES) expect(canTransition('handed_over', to)).toBe(to === 'closed');
  });

  it('does not hand over a case judged not to be an incident', () => {
    expect(canTransition('not_incident', 'handed_over')).toBe(false);
  });

  it('does not treat staying put as a transition', () => {
    for (const s of INCIDENT_STATUSES) expect(canTransition(s, s)).toBe(false);
  });
});

describe('nextStatusAfter', () => {
  it('moves a new incident to investigating on the first piece of work', () => {
    expect(nextStatusAfter({ type: 'work_recorded' }, 'new')).toBe('investigating');
  });

  it('leaves later statuses alone on routine work', () => {
    for (const s of ['investigating', 'contained', 'incident', 'not_incident', 'handed_over'] as const) {
      expect(nextStatusAfter({ type: 'work_recorded' }, s)).toBe(s);
    }
  });

  it('marks containment complete only before a verdict', () => {
    expect(nextStatusAfter({ type: 'containment_complete' }, 'investigating')).toBe('contained');
    expect(nextStatusAfter({ type: 'containment_complete' }, 'new')).toBe('contained');
    expect(nextStatusAfter({ type: 'containment_complete' }, 'incident')).toBe('incident');
  });

  it('goes back to investigating when containment is reopened', () => {
    expect(nextStatusAfter({ type: 'containment_reopened' }, 'contained')).toBe('investigating');
    expect(nextStatusAfter({ type: 'containment_reopened' }, 'incident')).toBe('incident');
  });

  it('follows the verdict', () => {
    expect(nextStatusAfter({ type: 'determined', verdict: 'incident' }, 'contained')).toBe('incident');
    expect(nextStatusAfter({ type: 'determined', verdict: 'not_incident' }, 'investigating')).toBe('not_incident');
    expect(nextStatusAfter({ type: 'determined', verdict: 'incident' }, 'not_incident')).toBe('incident');
    expect(nextStatusAfter({ type: 'determined', verdict: 'not_incident' }, 'incident')).toBe('not_incident');
  });

  it('keeps the status on "cannot tell", but reopens a new or dismissed case', () => {
    expect(nextStatusAfter({ type: 'determined', verdict: 'cannot_tell' }, 'contained')).toBe('contained');
    expect(nextStatusAfter({ type: 'determined', verdict: 'cannot_tell' }, 'new')).toBe('investigating');
    expect(nextStatusAfter({ type: 'determined', verdict: 'cannot_tell' }, 'not_incident')).toBe('investigating');
  });

  it('keeps a handed-over case with the vendor when the vendor confirms it', () => {
    expect(nextStatusAfter({ type: 'determined', verdict: 'incident' }, 'handed_over')).toBe('handed_over');
    expect(nextStatusAfter({ type: 'determined', verdict: 'not_incident' }, 'handed_over')).toBeNull();
  });

  it('hands over and closes', () => {
    expect(nextStatusAfter({ type: 'handed_over' }, 'incident')).toBe('handed_over');
    expect(nextStatusAfter({ type: 'handed_over' }, 'not_incident')).toBeNull();
    expect(nextStatusAfter({ type: 'closed' }, 'not_incident')).toBe('closed');
    expect(nextStatusAfter({ type: 'closed' }, 'handed_over')).toBe('closed');
  });

  it('refuses every event on a closed incident', () => {
    const events = [
      { type: 'work_recorded' },
      { type: 'containment_complete' },
      { type: 'containment_reopened' },
      { type: 'determined', verdict: 'incident' },
      { type: 'handed_over' },
      { type: 'closed' },
    ] as const;
    for (const e of events) expect(nextStatusAfter(e, 'closed')).toBeNull();
  });

  it('only ever returns the current status or an allowed transition', () => {
    const events = [
      { type: 'work_recorded' },
      { type: 'containment_complete' },
      { type: 'containment_reopened' },
      { type: 'determined', verdict: 'incident' },
      { type: 'determined', verdict: 'not_incident' },
      { type: 'determined', verdict: 'cannot_tell' },
      { type: 'handed_over' },
      { type: 'closed' },
    ] as const;
    for (const from of INCIDENT_STATUSES)
      for (const e of events) {
        const to = nextStatusAfter(e, from);
        if (to !== null && to !== from) expect(canTransition(from, to)).toBe(true);
      }
  });
});
