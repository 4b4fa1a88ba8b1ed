/**
 * The incident's status and the events that move it. The status is the furthest point the case has
 * reached, so routine work (a fact, a checklist tick) never moves it backwards, and nothing moves a
 * closed incident: a closed case is a record.
 */
import type { IncidentStatus, Verdict } from '../shared/incident-schemas.js';

export type StatusEvent =
  /** Any first piece of work: a fact, a briefing, a checklist or spread check, evidence, a support request. */
  | { type: 'work_recorded' }
  /** Every checklist item is now done or not applicable. */
  | { type: 'containment_complete' }
  /** A checklist item was set back to open after containment was complete. */
  | { type: 'containment_reopened' }
  | { type: 'determined'; verdict: Verdict }
  | { type: 'handed_over' }
  | { type: 'closed' };

const ALLOWED: Record<IncidentStatus, readonly IncidentStatus[]> = {
  new: ['investigating', 'contained', 'not_incident', 'incident', 'handed_over', 'closed'],
  investigating: ['contained', 'not_incident', 'incident', 'handed_over', 'closed'],
  contained: ['investigating', 'not_incident', 'incident', 'handed_over', 'closed'],
  // New information can overturn "not an incident"; the responder determines again.
  not_incident: ['investigating', 'incident', 'closed'],
  // A first verdict of "incident" can turn out wrong (a false alarm confirmed later).
  incident: ['not_incident', 'handed_over', 'closed'],
  // Once the vendor holds the case, only closing it is left to us.
  handed_over: ['closed'],
  closed: [],
};

export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return ALLOWED[from].includes(to);
}

/**
 * The status after `event`, or null when the event is not allowed in the current status (the caller
 * answers `incident_closed` when `current` is 'closed', `invalid_transition` otherwise). The result
 * may equal `current`: most events only move a new case forward.
 */
export function nextStatusAfter(event: StatusEvent, current: IncidentStatus): IncidentStatus | null {
  if (current === 'closed') return null;
  const target = targetOf(event, current);
  if (target === current) return current;
  return canTransition(current, target) ? target : null;
}

function targetOf(event: StatusEvent, current: IncidentStatus): IncidentStatus {
  switch (event.type) {
    case 'work_recorded':
      return current === 'new' ? 'investigating' : current;
    case 'containment_complete':
      return current === 'new' || current === 'investigating' ? 'contained' : current;
    case 'containment_reopened':
      return current === 'contained' ? 'investigating' : current;
    case 'determined':
      return afterDetermination(event.verdict, current);
    case 'handed_over':
      return 'handed_over';
    case 'closed':
      return 'closed';
  }
}

function afterDetermination(verdict: Verdict, current: IncidentStatus): IncidentStatus {
  // A vendor confirming the incident after hand-over changes nothing about who holds the case.
  if (current === 'handed_over' && verdict === 'incident') return current;
  if (verdict === 'incident') return 'incident';
  if (verdict === 'not_incident') return 'not_incident';
  // "Cannot tell" is not a verdict: the case stays where it is, but a new or dismissed case is reopened.
  return current === 'new' || current === 'not_incident' ? 'investigating' : current;
}
