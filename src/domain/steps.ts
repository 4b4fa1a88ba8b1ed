/**
 * Where each of the seven steps stands, derived only from what has been recorded, so the page can never
 * disagree with the data behind it.
 */
import type { StepNumber, StepState } from '../shared/api-types.js';
import { anyFactRecorded, fiveFactsComplete } from './facts.js';
import type { IncidentState } from './incident-state.js';

export type StepStates = Record<StepNumber, StepState>;

export const STEP_NUMBERS: readonly StepNumber[] = [1, 2, 3, 4, 5, 6, 7];

export function computeSteps(s: IncidentState): StepStates {
  return {
    // The incident exists only because someone reported it.
    1: 'done',
    2: investigationStep(s),
    3: s.briefingCount > 0 ? 'done' : 'todo',
    4: containmentStep(s),
    5: determinationStep(s),
    6: outsideHelpStep(s),
    7: evidenceStep(s),
  };
}

function investigationStep(s: IncidentState): StepState {
  if (fiveFactsComplete(s.facts)) return 'done';
  return anyFactRecorded(s.facts) ? 'in_progress' : 'todo';
}

/** Containment is finished when every item has been dealt with, either done or judged not applicable. */
export function containmentComplete(s: Pick<IncidentState, 'checklist'>): boolean {
  // An empty list would be "complete" by vacuous truth; treat it as not started instead.
  return s.checklist.length > 0 && s.checklist.every((c) => c.state !== 'open');
}

function containmentStep(s: IncidentState): StepState {
  if (containmentComplete(s)) return 'done';
  const touched = s.checklist.some((c) => c.state !== 'open') || s.spread.some((d) => d.state !== 'unchecked');
  return touched ? 'in_progress' : 'todo';
}

function determinationStep(s: IncidentState): StepState {
  if (s.determination === null) return 'todo';
  // "Cannot tell" means the question is open and waits for outside help (step 6).
  return s.determination.verdict === 'cannot_tell' ? 'in_progress' : 'done';
}

function outsideHelpStep(s: IncidentState): StepState {
  if (s.supportRequestCount > 0 || s.handedOver) return 'done';
  // Nobody needs to be called in for something that turned out not to be an incident.
  return s.determination?.verdict === 'not_incident' ? 'done' : 'todo';
}

function evidenceStep(s: IncidentState): StepState {
  if (s.evidenceCount > 0 || s.handedOver) return 'done';
  // There is nothing to preserve for investigators when there is nothing to investigate.
  return s.determination?.verdict === 'not_incident' ? 'done' : 'todo';
}

export function allStepsDone(steps: StepStates): boolean {
  return STEP_NUMBERS.every((n) => steps[n] === 'done');
}
