/**
 * Sample scenarios for exercises (drills): the guide's three examples, then one per incident type. Checked
 * when the module loads, so a scenario with a missing translation, an unknown fact or a report the intake
 * form would refuse fails at start-up and in the tests, never in front of a user.
 */
import { z } from 'zod';
import { ALL_FACTS, INCIDENT_TYPES, type IncidentType } from '../shared/incident-schemas.js';
import { LIMITS, type Locale } from '../shared/limits.js';
import { DRILL_SCENARIO_IDS } from '../shared/preparation-schemas.js';
import type { DrillScenarioView, LocalizedText } from '../shared/preparation-types.js';
import { TYPE_SCENARIOS_1 } from './drill-scenarios/by-type-1.js';
import { TYPE_SCENARIOS_2 } from './drill-scenarios/by-type-2.js';
import { GUIDE_SCENARIOS } from './drill-scenarios/guide.js';

const localized = (max: number) =>
  z.object({ ja: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) }).strict();

/** Report texts must fit the intake form's limits: a drill goes through the same report path. */
const scenarioSchema = z
  .object({
    id: z.enum(DRILL_SCENARIO_IDS),
    group: z.enum(['guide', 'type']),
    types: z.array(z.enum(INCIDENT_TYPES)).min(1),
    title: localized(LIMITS.shortText - 20),
    summary: localized(LIMITS.longText),
    report: z
      .object({
        whatHappened: localized(LIMITS.longText - 100),
        where: localized(LIMITS.shortText - 20),
        whyAbnormal: localized(LIMITS.longText),
      })
      .strict(),
    suggestedFacts: z.array(z.object({ fact: z.enum(ALL_FACTS), text: localized(LIMITS.longText) }).strict()).min(1),
  })
  .strict();

function checked(list: readonly DrillScenarioView[]): readonly DrillScenarioView[] {
  const parsed = z.array(scenarioSchema).parse(list);
  const ids = parsed.map((s) => s.id);
  const missing = DRILL_SCENARIO_IDS.filter((id) => !ids.includes(id));
  if (missing.length > 0 || new Set(ids).size !== ids.length)
    throw new Error(`drill scenarios: each id exactly once; missing ${missing.join(', ')}`);
  const uncovered = INCIDENT_TYPES.filter((t) => !parsed.some((s) => s.group === 'type' && s.types.includes(t)));
  if (uncovered.length > 0) throw new Error(`drill scenarios: no exercise for ${uncovered.join(', ')}`);
  return list;
}

/** In display order: the guide's examples first. */
export const DRILL_SCENARIOS: readonly DrillScenarioView[] = checked([
  ...GUIDE_SCENARIOS,
  ...TYPE_SCENARIOS_1,
  ...TYPE_SCENARIOS_2,
]);

export function findDrillScenario(id: string): DrillScenarioView | undefined {
  return DRILL_SCENARIOS.find((s) => s.id === id);
}

/** Marks a drill wherever its text travels (titles, notifications), so nobody mistakes it for the real thing. */
export const DRILL_MARK: LocalizedText = { ja: '【訓練】', en: '[DRILL] ' };

export const DRILL_NOTICE: LocalizedText = {
  ja: 'これは訓練です。実際のインシデントではありません。このお知らせは訓練の参加者だけに届いています。',
  en: 'This is a drill, not a real incident. Only the participants of the exercise receive this message.',
};

/** The report a drill files, in the starter's language, as if a colleague had sent it. */
export function drillReport(s: DrillScenarioView, locale: Locale) {
  return {
    title: `${DRILL_MARK[locale]}${s.title[locale]}`,
    whatHappened: s.report.whatHappened[locale],
    where: s.report.where[locale],
    whyAbnormal: s.report.whyAbnormal[locale],
    types: [...s.types] as IncidentType[],
  };
}
