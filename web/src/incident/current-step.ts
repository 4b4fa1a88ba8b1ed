/** Which of the seven steps the page should put forward now. */
import type { IncidentDetail, StepNumber } from '../shared';

export const STEPS: StepNumber[] = [1, 2, 3, 4, 5, 6, 7];

/** None once the case is closed: there is no step to work on, and the page must not say "you are here". */
export function currentStep(incident: Pick<IncidentDetail, 'steps' | 'nextActions' | 'status'>): StepNumber | null {
  if (incident.status === 'closed' || incident.status === 'not_incident') return null;
  const fromNext = incident.nextActions.find((a) => a.key !== 'nothing_left');
  if (fromNext) return fromNext.step;
  const inProgress = STEPS.find((n) => incident.steps[n] === 'in_progress');
  if (inProgress) return inProgress;
  return STEPS.find((n) => incident.steps[n] === 'todo') ?? 7;
}
