/**
 * Which of the step-2 facts are still open. A fact has three states: absent (never asked: "missing"),
 * answered "unknown yet" (`known: false`), or answered with a value. Only absent facts are missing,
 * because "we don't know yet" is itself an answer the responder gave on purpose.
 */
import { ALL_FACTS, type FactKey, type Facts, FIVE_FACTS } from '../shared/incident-schemas.js';

export type FactState = 'missing' | 'unknown_yet' | 'known';

export function factState(facts: Facts, key: FactKey): FactState {
  const answer = facts[key];
  if (answer === undefined) return 'missing';
  return answer.known ? 'known' : 'unknown_yet';
}

/** Facts nobody has answered yet, in the order the form asks them. */
export function missingFacts(facts: Facts): FactKey[] {
  return ALL_FACTS.filter((key) => factState(facts, key) === 'missing');
}

/** Facts answered "unknown yet", in the order the form asks them. */
export function unknownFacts(facts: Facts): FactKey[] {
  return ALL_FACTS.filter((key) => factState(facts, key) === 'unknown_yet');
}

/** Facts with a value, in the order the form asks them. */
export function knownFacts(facts: Facts): FactKey[] {
  return ALL_FACTS.filter((key) => factState(facts, key) === 'known');
}

/** The guide's five facts are complete when each has an answer, even if that answer is "unknown yet". */
export function fiveFactsComplete(facts: Facts): boolean {
  return FIVE_FACTS.every((key) => factState(facts, key) !== 'missing');
}

export function anyFactRecorded(facts: Facts): boolean {
  return ALL_FACTS.some((key) => factState(facts, key) !== 'missing');
}

/** True only when the fact was answered with "yes"; "no", "unknown yet" and missing are all false. */
export function factIsYes(facts: Facts, key: FactKey): boolean {
  const answer = facts[key];
  return answer?.known === true && answer.value === 'yes';
}
