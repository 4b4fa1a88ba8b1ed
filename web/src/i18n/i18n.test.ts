/**
 * The two language files must stay in step: same keys, no empty values, same {{placeholders}}. Labels for
 * every enum value of the shared schemas must exist, and every literal key the UI asks for must be there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEXT_ACTION_KEYS } from '../../../src/domain/next-actions';
import {
  ALL_FACTS,
  CHECK_STATES,
  CONTRACT_STATES,
  DECISION_TOPICS,
  IMPACT_LEVELS,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  ROLES,
  SPREAD_STATES,
  URGENCIES,
  VERDICTS,
} from '../shared';
import { enResources, featureFileNames, jaResources, resourceCollisions } from './resources';

type Tree = { [key: string]: string | Tree };

describe('feature translation files', () => {
  it('come in ja/en pairs and do not overwrite each other', () => {
    const ja = featureFileNames.filter((f) => f.endsWith('.ja.json')).map((f) => f.replace('.ja.json', ''));
    const en = featureFileNames.filter((f) => f.endsWith('.en.json')).map((f) => f.replace('.en.json', ''));
    expect(ja.sort()).toEqual(en.sort());
    expect(featureFileNames.every((f) => f.endsWith('.ja.json') || f.endsWith('.en.json'))).toBe(true);
    expect(resourceCollisions).toEqual([]);
  });
});

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const jaKeys = flatten(jaResources);
const enKeys = flatten(enResources);

describe('translations', () => {
  it('ja and en have exactly the same keys', () => {
    const onlyJa = [...jaKeys.keys()].filter((k) => !enKeys.has(k));
    const onlyEn = [...enKeys.keys()].filter((k) => !jaKeys.has(k));
    expect({ onlyJa, onlyEn }).toEqual({ onlyJa: [], onlyEn: [] });
  });

  it('no value is empty', () => {
    const empty = [...jaKeys, ...enKeys].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('placeholders are the same in both languages', () => {
    const differ = [...jaKeys.keys()]
      .filter((k) => enKeys.has(k))
      .filter((k) => placeholders(jaKeys.get(k) ?? '').join() !== placeholders(enKeys.get(k) ?? '').join());
    expect(differ).toEqual([]);
  });

  it('every enum value of the shared schemas has a label', () => {
    const needed = [
      ...INCIDENT_TYPES.flatMap((v) => [`types.${v}`, `typeHints.${v}`]),
      ...INCIDENT_STATUSES.flatMap((v) => [`status.${v}`, `reporterView.status.${v}`]),
      ...URGENCIES.map((v) => `urgency.${v}`),
      ...VERDICTS.flatMap((v) => [`verdict.${v}`, `verdictNext.${v}`]),
      ...DECISION_TOPICS.map((v) => `decisionTopic.${v}`),
      ...CHECK_STATES.map((v) => `checkState.${v}`),
      ...SPREAD_STATES.map((v) => `spreadState.${v}`),
      ...IMPACT_LEVELS.map((v) => `impactLevel.${v}`),
      ...CONTRACT_STATES.map((v) => `contractState.${v}`),
      ...ROLES.map((v) => `role.${v}`),
      ...ALL_FACTS.flatMap((v) => [`facts.${v}.label`, `facts.${v}.hint`]),
      ...[1, 2, 3, 4, 5, 6, 7].flatMap((n) => [`steps.${n}.title`, `steps.${n}.short`, `steps.${n}.purpose`]),
      ...[2, 3, 4, 5].map((n) => `cantTell.question.${n}`),
      ...['todo', 'in_progress', 'done'].map((v) => `stepState.${v}`),
      ...['public_form', 'signed_in', 'api'].map((v) => `channel.${v}`),
      ...['queued', 'sent', 'failed'].map((v) => `notificationStatus.${v}`),
      ...['ja', 'en'].map((v) => `language.${v}`),
      ...['yes', 'no', 'choose'].map((v) => `facts.yesno.${v}`),
      ...['five', 'impact', 'context', 'exposure'].flatMap((g) => [
        `facts.groups.${g}.title`,
        `facts.groups.${g}.hint`,
      ]),
      ...['operations', 'information', 'recovery'].flatMap((c) => [`criteria.${c}.label`, `criteria.${c}.hint`]),
      ...['ipaForensics', 'jnsa', 'otasuke'].flatMap((k) => [`publicLists.${k}.name`, `publicLists.${k}.what`]),
      ...['item', 'source', 'collectedBy', 'collectedAt', 'method', 'sha256', 'storageLocation', 'file'].flatMap(
        (k) => [`evidence.fields.${k}.label`, `evidence.fields.${k}.hint`],
      ),
      ...['reporterName', 'department', 'supervisorEmail', 'noticedAt', 'whyAbnormal', 'alreadyDone'].flatMap((k) => [
        `report.${k}.label`,
        `report.${k}.hint`,
      ]),
      ...['name', 'services', 'hours', 'fees', 'conditions', 'notes'].flatMap((k) => [
        `vendors.${k}`,
        `vendors.hints.${k}`,
      ]),
    ];
    expect(needed.filter((k) => !jaKeys.has(k))).toEqual([]);
  });

  it('has the next-action keys the server sends', () => {
    const next = [
      'record_five_facts',
      'record_impact',
      'send_briefing',
      'await_acknowledgement',
      'ask_vendor_cannot_tell',
      'ask_management_to_read',
      'record_decisions',
      'check_legal_report',
      'work_containment_checklist',
      'check_departments',
      'stop_internal_network',
      'determine',
      'consult_management_now',
      'consult_police',
      'request_vendor',
      'record_evidence',
      'hand_over',
      'close',
      'nothing_left',
    ];
    expect([...next, ...NEXT_ACTION_KEYS].filter((k) => !jaKeys.has(`next.${k}`))).toEqual([]);
  });

  it('every literal key used in the UI exists', () => {
    const root = join(import.meta.dirname, '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(root);
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) {
        const key = m[1] ?? '';
        if (!jaKeys.has(key)) missing.push(`${file.slice(root.length + 1)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
