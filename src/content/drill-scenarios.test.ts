import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES, reportInput } from '../shared/incident-schemas.js';
import { DRILL_SCENARIO_IDS } from '../shared/preparation-schemas.js';
import { DRILL_SCENARIOS, drillReport, findDrillScenario } from './drill-scenarios.js';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('drill scenarios', () => {
  it('are the guide’s three examples, then one per incident type', () => {
    expect(DRILL_SCENARIOS.map((s) => s.id)).toEqual([...DRILL_SCENARIO_IDS]);
    expect(DRILL_SCENARIOS.filter((s) => s.group === 'guide').map((s) => s.types)).toEqual([
      ['malware'],
      ['spoofed_mail'],
      ['web_defacement'],
    ]);
    const perType = DRILL_SCENARIOS.filter((s) => s.group === 'type').map((s) => s.types);
    expect(perType.every((types) => types.length === 1)).toBe(true);
    expect(perType.flat().sort()).toEqual([...INCIDENT_TYPES].sort());
  });

  it('are written in both languages: Japanese in ja, none in en', () => {
    for (const s of DRILL_SCENARIOS) {
      const texts = [
        s.title,
        s.summary,
        s.report.whatHappened,
        s.report.where,
        s.report.whyAbnormal,
        ...s.suggestedFacts.map((f) => f.text),
      ];
      for (const t of texts) {
        expect(t.ja, `${s.id}: ${t.ja}`).toMatch(japanese);
        expect(t.en, `${s.id}: ${t.en}`).not.toMatch(japanese);
      }
    }
  });

  it('file reports the intake form accepts, marked as drills, in either language', () => {
    for (const s of DRILL_SCENARIOS) {
      for (const locale of ['ja', 'en'] as const) {
        const r = drillReport(s, locale);
        expect(r.title.startsWith(locale === 'ja' ? '【訓練】' : '[DRILL]')).toBe(true);
        const parsed = reportInput.safeParse({ ...r, title: undefined, contact: 'someone@example.test' });
        expect(parsed.success, `${s.id}/${locale}`).toBe(true);
      }
    }
  });

  it('are found by id, and unknown ids are not', () => {
    expect(findDrillScenario('ransomware')?.types).toEqual(['ransomware']);
    expect(findDrillScenario('nope')).toBeUndefined();
  });
});
