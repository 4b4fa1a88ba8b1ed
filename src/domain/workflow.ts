/** The workflow rules in one import: step states, next actions and status transitions. */
export { type NextActionKey, NEXT_ACTION_KEYS, nextActions } from './next-actions.js';
export { canTransition, nextStatusAfter, type StatusEvent } from './status.js';
export { allStepsDone, computeSteps, containmentComplete, STEP_NUMBERS, type StepStates } from './steps.js';
