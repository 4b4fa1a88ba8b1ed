/**
 * The facts form of step 2 as plain data: every fact is a text value plus an "unknown yet" flag, converted
 * to and from the API's `{ known, value }` answers. Only facts the user changed are sent (the server merges).
 */
import { isoToLocalInput, localInputToIso } from '../../lib/dates';
import { ALL_FACTS, type FactKey, type Facts } from '../../shared';

export type FactKind = 'text' | 'longtext' | 'date' | 'yesno' | 'count';

export const FACT_KINDS: Record<FactKey, FactKind> = {
  foundAt: 'date',
  foundWhere: 'text',
  foundBy: 'text',
  whatHappened: 'longtext',
  whyAbnormal: 'longtext',
  impact: 'longtext',
  spread: 'longtext',
  deviceOs: 'text',
  securitySoftware: 'text',
  cloudServices: 'longtext',
  learnedAt: 'date',
  personalData: 'yesno',
  sensitiveData: 'yesno',
  financialData: 'yesno',
  affectedCount: 'count',
  stronglyEncrypted: 'yesno',
  maliciousActor: 'yesno',
};

export interface FactField {
  unknown: boolean;
  value: string;
}
export type FactsFormState = Record<FactKey, FactField>;
type Answer = NonNullable<Facts[FactKey]>;

export function factToField(key: FactKey, answer: Answer | undefined): FactField {
  if (!answer) return { unknown: false, value: '' };
  if (!answer.known) return { unknown: true, value: '' };
  const value = answer.value;
  if (FACT_KINDS[key] === 'date') return { unknown: false, value: isoToLocalInput(String(value)) };
  return { unknown: false, value: String(value) };
}

export function factsToForm(facts: Facts): FactsFormState {
  return Object.fromEntries(ALL_FACTS.map((k) => [k, factToField(k, facts[k])])) as FactsFormState;
}

/** The answer a field stands for; undefined when it is blank (not answered: nothing to send). */
export function fieldToFact(key: FactKey, field: FactField): Answer | undefined {
  if (field.unknown) return { known: false };
  const raw = field.value.trim();
  if (!raw) return undefined;
  switch (FACT_KINDS[key]) {
    case 'date':
      // An unparsable date is sent as typed so validation names the field.
      return { known: true, value: localInputToIso(raw) ?? raw } as Answer;
    case 'count':
      return { known: true, value: /^\d+$/.test(raw) ? Number(raw) : Number.NaN } as Answer;
    default:
      return { known: true, value: raw } as Answer;
  }
}

/** Same answer? Dates compare to the minute, the precision of the form's date inputs. */
export function sameAnswer(key: FactKey, a: Answer | undefined, b: Answer | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.known !== b.known) return false;
  if (!a.known || !b.known) return true;
  if (FACT_KINDS[key] === 'date') {
    const minute = (v: unknown) => Math.floor(Date.parse(String(v)) / 60_000);
    return minute(a.value) === minute(b.value);
  }
  return a.value === b.value;
}

export function sameFacts(a: Facts, b: Facts): boolean {
  return ALL_FACTS.every((k) => sameAnswer(k, a[k], b[k]));
}

/** The facts whose field differs from `base`: what a save should send. */
export function changedFacts(state: FactsFormState, base: Facts): Facts {
  const out: Record<string, Answer> = {};
  for (const key of ALL_FACTS) {
    const answer = fieldToFact(key, state[key]);
    if (answer && !sameAnswer(key, answer, base[key])) out[key] = answer;
  }
  return out as Facts;
}

/** Keys whose field differs from the saved value (shown after a conflict). */
export function differingKeys(state: FactsFormState, saved: Facts): FactKey[] {
  return ALL_FACTS.filter((k) => {
    const answer = fieldToFact(k, state[k]);
    return answer !== undefined && !sameAnswer(k, answer, saved[k]);
  });
}

/**
 * After a 409: a three-way merge. Fields the user did not touch since `oldBase` take the value saved now
 * (`current`); fields the user changed keep what they typed, for them to review against the saved value.
 */
export function mergeOnConflict(state: FactsFormState, oldBase: Facts, current: Facts): FactsFormState {
  const out = { ...state };
  for (const key of ALL_FACTS) {
    const touched = !sameAnswer(key, fieldToFact(key, state[key]), oldBase[key]);
    if (!touched) out[key] = factToField(key, current[key]);
  }
  return out;
}
