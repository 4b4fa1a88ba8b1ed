/**
 * The shape of a playbook: one zod schema checks the built-in files at start-up and in tests, and an
 * admin's edited copy before it is stored, so an organisation's version can never be weaker in form
 * than the built-in one (both languages, known checklist keys, known placeholders).
 */
import { z } from 'zod';
import { INCIDENT_TYPES, type IncidentType } from '../../shared/incident-schemas.js';
import { LIMITS } from '../../shared/limits.js';
import { placeholdersIn, TEMPLATE_KINDS, TEMPLATE_PLACEHOLDERS } from '../../shared/playbook-api.js';
import { findChecklistItem } from '../checklists.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const shortText = text(LIMITS.shortText);
const longText = text(LIMITS.longText);

export const localizedShort = z.object({ ja: shortText, en: shortText }).strict();
export const localizedLong = z.object({ ja: longText, en: longText }).strict();

/** The public bodies whose guidance the content follows. */
export const SOURCE_BODIES = [
  'IPA',
  'NISC',
  'JPCERT/CC',
  'NPA',
  'prefectural_police',
  'PPC',
  'NIST',
  'METI',
  'MIC',
  'MHLW',
  'EU',
] as const;
export type SourceBody = (typeof SOURCE_BODIES)[number];

export const sourceRef = z
  .object({
    body: z.enum(SOURCE_BODIES),
    /** The document or page, by its own title. */
    document: shortText,
    url: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
    /** Which facts of the playbook rest on it. */
    supports: localizedLong,
  })
  .strict();
export type SourceRef = z.infer<typeof sourceRef>;

/** The legal and contractual checks a playbook can trigger. Their texts live in ../regulatory.ts. */
export const REGULATORY_RULE_IDS = ['appi_report', 'appi_notice', 'card_data', 'gdpr', 'sector_regulator'] as const;
export type RegulatoryRuleId = (typeof REGULATORY_RULE_IDS)[number];

export const regulatoryRule = z
  .object({
    id: z.enum(REGULATORY_RULE_IDS),
    title: localizedShort,
    /** Who receives the report or notice. */
    recipient: localizedShort,
    trigger: localizedLong,
    deadlines: z.array(z.object({ label: localizedShort, when: localizedLong }).strict()).max(5),
    /** The law, rule or contract the duty comes from. */
    basis: localizedLong,
    /** Which version of the rules this text describes, and the date it was checked against them. */
    version: z.object({ label: localizedLong, checkedOn: z.iso.date() }).strict(),
    notes: z.array(localizedLong).max(5),
    sources: z.array(sourceRef).min(1).max(5),
  })
  .strict();
export type RegulatoryRule = z.infer<typeof regulatoryRule>;

export const regulatoryCheck = z
  .object({
    rule: z.enum(REGULATORY_RULE_IDS),
    /** When this type of incident triggers the rule, in this type's terms. */
    when: localizedLong,
  })
  .strict();
export type RegulatoryCheck = z.infer<typeof regulatoryCheck>;

const ALLOWED = TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
const templateText = (max: number) =>
  text(max).refine((s) => placeholdersIn(s).every((p) => (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(p)), {
    message: `unknown placeholder; use only ${ALLOWED}`,
  });

export const playbookTemplate = z
  .object({
    subject: z.object({ ja: templateText(LIMITS.shortText), en: templateText(LIMITS.shortText) }).strict(),
    body: z.object({ ja: templateText(LIMITS.longText), en: templateText(LIMITS.longText) }).strict(),
  })
  .strict();
export type PlaybookTemplate = z.infer<typeof playbookTemplate>;

const keyword = z.string().trim().min(2).max(40);
const LIST_MAX = 20;

export const playbookSchema = z
  .object({
    type: z.enum(INCIDENT_TYPES),
    /** The date this text was last reviewed against its sources. */
    reviewedOn: z.iso.date(),
    title: localizedShort,
    summary: localizedLong,
    /** What people notice, in their words. */
    signs: z.array(localizedShort).min(1).max(LIST_MAX),
    /** Words in a report that point to this type (matched case-insensitively, both languages at once). */
    keywords: z.object({ ja: z.array(keyword).max(80), en: z.array(keyword).max(80) }).strict(),
    /** Containment checklist keys (src/content/checklists), from `common` or this type. */
    immediateActions: z.array(z.string().min(3).max(100)).min(1).max(30),
    evidence: z.array(localizedLong).min(1).max(LIST_MAX),
    escalation: z
      .object({
        vendor: localizedLong,
        police: localizedLong,
        /** Others to contact for this type: the bank, the card company, the ISP… */
        others: z.array(localizedLong).max(10),
      })
      .strict(),
    regulatory: z.array(regulatoryCheck).max(REGULATORY_RULE_IDS.length),
    templates: z.object(Object.fromEntries(TEMPLATE_KINDS.map((k) => [k, playbookTemplate]))).strict(),
    sources: z.array(sourceRef).min(1).max(LIST_MAX),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.immediateActions.forEach((key, i) => {
      const item = findChecklistItem(key);
      if (!item) ctx.addIssue({ code: 'custom', path: ['immediateActions', i], message: `no checklist item ${key}` });
      else if (item.source !== 'common' && item.source !== p.type)
        ctx.addIssue({
          code: 'custom',
          path: ['immediateActions', i],
          message: `${key} belongs to ${item.source}, not to common or ${p.type}`,
        });
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['immediateActions', i], message: `${key} twice` });
      seen.add(key);
    });
    const rules = p.regulatory.map((r) => r.rule);
    if (new Set(rules).size !== rules.length)
      ctx.addIssue({ code: 'custom', path: ['regulatory'], message: 'each rule at most once' });
  });

/** A playbook: `templates` typed by kind, which `z.object(Object.fromEntries(…))` cannot infer by itself. */
export type Playbook = Omit<z.infer<typeof playbookSchema>, 'templates'> & {
  type: IncidentType;
  templates: Record<(typeof TEMPLATE_KINDS)[number], PlaybookTemplate>;
};

/** Issues as `path: message`, the way the API's 400 names fields. */
export function playbookIssues(value: unknown): Record<string, string> {
  const result = playbookSchema.safeParse(value);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return out;
}

export function parsePlaybook(value: unknown): Playbook {
  return playbookSchema.parse(value) as Playbook;
}
