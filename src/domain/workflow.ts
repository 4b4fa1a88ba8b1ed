/** The workflow rules in one import: step states, next actions and status transitions. */
export { NEXT_ACTION_KEYS, type NextActionKey, nextActions, type WorkflowAction } from './next-actions.js';
export { canTransition, nextStatusAfter, type StatusEvent } from './status.js';
export { allStepsDone, computeSteps, containmentComplete, STEP_NUMBERS, type StepStates } from './steps.js';
