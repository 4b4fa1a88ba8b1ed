import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '../../shared/incident-schemas.js';
import { fillPlaceholders, TEMPLATE_KINDS } from '../../shared/playbook-api.js';
import { builtinContentProblems } from '../builtin-check.js';
import { CHECKLISTS, findChecklistItem } from '../checklists.js';
import { BUILTIN_PLAYBOOKS, type Playbook, REGULATORY_RULES } from './index.js';
import { playbookIssues } from './schema.js';

const playbooks = INCIDENT_TYPES.map((type) => BUILTIN_PLAYBOOKS[type]);
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** Japanese terms in parentheses ("a recall (組戻し)") are allowed in English, as in the checklists. */
const withoutGlosses = (s: string) => s.replace(/[（(][^)）]*[\u3040-\u30ff\u4e00-\u9fff][^)）]*[)）]/g, '');

/** Every ja/en pair of a playbook, with where it is, for messages that point at the broken text. */
function pairs(p: Playbook): { at: string; ja: string; en: string }[] {
  const out: { at: string; ja: string; en: string }[] = [
    { at: 'title', ...p.title },
    { at: 'summary', ...p.summary },
    { at: 'escalation.vendor', ...p.escalation.vendor },
    { at: 'escalation.police', ...p.escalation.police },
  ];
  const list = (name: string, items: { ja: string; en: string }[]) =>
    items.forEach((s, i) => {
      out.push({ at: `${name}.${i}`, ...s });
    });
  list('signs', p.signs);
  list('evidence', p.evidence);
  list('escalation.others', p.escalation.others);
  list(
    'regulatory',
    p.regulatory.map((r) => r.when),
  );
  for (const kind of TEMPLATE_KINDS) {
    out.push({ at: `templates.${kind}.subject`, ...p.templates[kind].subject });
    out.push({ at: `templates.${kind}.body`, ...p.templates[kind].body });
  }
  list(
    'sources',
    p.sources.map((s) => s.supports),
  );
  return out;
}

describe('built-in playbooks', () => {
  it('exist for every incident type and pass the schema, as start-up checks', () => {
    for (const type of INCIDENT_TYPES) expect(BUILTIN_PLAYBOOKS[type].type).toBe(type);
    expect(builtinContentProblems()).toEqual([]);
  });

  it('reuse containment items that exist and belong to common or to their own type', () => {
    for (const p of playbooks) {
      expect(p.immediateActions.length, p.type).toBeGreaterThanOrEqual(4);
      for (const key of p.immediateActions) {
        const item = findChecklistItem(key);
        expect(item, `${p.type}: ${key}`).toBeDefined();
        expect(['common', p.type], `${p.type}: ${key}`).toContain(item?.source);
      }
      // Every containment item of the type is among the immediate actions, so none is forgotten.
      for (const item of CHECKLISTS[p.type]) expect(p.immediateActions, p.type).toContain(item.key);
    }
  });

  it('writes Japanese in Japanese and English in English, with no empty text', () => {
    for (const p of playbooks)
      for (const { at, ja, en } of pairs(p)) {
        expect(ja.trim(), `${p.type}.${at}.ja`).not.toBe('');
        expect(ja, `${p.type}.${at}.ja`).toMatch(japanese);
        expect(withoutGlosses(en), `${p.type}.${at}.en`).not.toMatch(japanese);
      }
  });

  it('never recommends EmoCheck, which JPCERT/CC has discontinued', () => {
    const all = JSON.stringify([BUILTIN_PLAYBOOKS, REGULATORY_RULES]).toLowerCase();
    expect(all).not.toContain('emocheck');
  });

  it('has four ready-to-edit messages that name the organisation, the date and a contact', () => {
    for (const p of playbooks)
      for (const kind of TEMPLATE_KINDS)
        for (const lang of ['ja', 'en'] as const) {
          const body = p.templates[kind].body[lang];
          for (const placeholder of ['{orgName}', '{date}', '{contact}'])
            expect(body, `${p.type}.${kind}.${lang}`).toContain(placeholder);
        }
  });

  it('names the public bodies its facts come from', () => {
    for (const p of playbooks) {
      expect(new Set(p.sources.map((s) => s.body)).size, p.type).toBeGreaterThanOrEqual(2);
      for (const s of p.sources) if (s.url) expect(s.url).toMatch(/^https:\/\//);
    }
    const bodies = new Set(playbooks.flatMap((p) => p.sources.map((s) => s.body)));
    for (const body of ['IPA', 'NISC', 'JPCERT/CC', 'prefectural_police', 'PPC', 'NIST'] as const)
      expect(bodies, body).toContain(body);
  });

  it('sends every type that can expose personal data to the PPC check, and card data to the card company', () => {
    for (const p of playbooks)
      expect(
        p.regulatory.map((r) => r.rule),
        p.type,
      ).toContain('appi_report');
    expect(BUILTIN_PLAYBOOKS.web_defacement.regulatory.map((r) => r.rule)).toContain('card_data');
  });

  it('suggests every type but unknown by keywords in both languages', () => {
    for (const p of playbooks) {
      if (p.type === 'unknown') {
        expect(p.keywords).toEqual({ ja: [], en: [] });
        continue;
      }
      expect(p.keywords.ja.length, p.type).toBeGreaterThanOrEqual(5);
      expect(p.keywords.en.length, p.type).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('regulatory rules', () => {
  it('state the APPI deadlines: promptly (about 3-5 days), 30 days, 60 for malicious cases', () => {
    const rule = REGULATORY_RULES.appi_report;
    const text = JSON.stringify(rule.deadlines.map((d) => d.when.en));
    expect(text).toMatch(/3 to 5 days/);
    expect(text).toMatch(/30 days/);
    expect(text).toMatch(/60 days/);
    expect(JSON.stringify(rule.deadlines.map((d) => d.when.ja))).toMatch(/30日以内.*60日以内/);
  });

  it('show the version and date, and the 2026-07-17 amendment only as not yet in force', () => {
    for (const rule of Object.values(REGULATORY_RULES)) expect(rule.version.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const version = REGULATORY_RULES.appi_report.version.label;
    expect(version.en).toMatch(/17 July 2026.*not yet in force/);
    expect(version.ja).toMatch(/2026年7月17日.*まだ施行されていません/);
  });
});

describe('the playbook schema, as admins meet it', () => {
  const copy = (): Playbook => structuredClone(BUILTIN_PLAYBOOKS.malware);

  it('accepts an edited copy', () => {
    const p = copy();
    p.signs.push({ ja: '社内の掲示板に不審な書き込みがある', en: 'Odd posts on the intranet board' });
    expect(playbookIssues(p)).toEqual({});
  });

  it('names the field of a missing translation', () => {
    const p = copy() as unknown as { signs: { ja: string; en?: string }[] };
    delete p.signs[0]?.en;
    expect(Object.keys(playbookIssues(p))).toContain('signs.0.en');
  });

  it('refuses a checklist item of another type, an unknown one and a repeated one', () => {
    const p = copy();
    p.immediateActions = ['ransomware.do_not_pay', 'malware.nothing_like_this', 'common.keep_logs', 'common.keep_logs'];
    const issues = playbookIssues(p);
    expect(issues['immediateActions.0']).toMatch(/belongs to ransomware/);
    expect(issues['immediateActions.1']).toMatch(/no checklist item/);
    expect(issues['immediateActions.3']).toMatch(/twice/);
  });

  it('refuses a placeholder the UI cannot fill', () => {
    const p = copy();
    p.templates.public_notice.body.ja = '{orgName}より {customerName} 様へ';
    expect(playbookIssues(p)['templates.public_notice.body.ja']).toMatch(/placeholder/);
  });

  it('refuses unknown fields and a source without https', () => {
    const p = { ...copy(), extra: 1 };
    expect(Object.keys(playbookIssues(p))).toContain('_');
    const q = copy();
    q.sources[0] = { ...q.sources[0], url: 'http://example.com' } as Playbook['sources'][number];
    expect(Object.keys(playbookIssues(q))).toContain('sources.0.url');
  });
});

describe('fillPlaceholders', () => {
  it('fills what it knows and leaves the rest visible', () => {
    expect(fillPlaceholders('{orgName} / {incidentId} / {contact}', { orgName: 'Example KK', contact: ' ' })).toBe(
      'Example KK / {incidentId} / {contact}',
    );
  });

  it('does not fill placeholders that appear inside a value', () => {
    expect(fillPlaceholders('{orgName}', { orgName: '{date}', date: 'today' })).toBe('{date}');
  });
});
