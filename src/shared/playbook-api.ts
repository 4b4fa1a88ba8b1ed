/**
 * Playbooks and the glossary as the API answers them, shared by server and UI. The content shapes come
 * from the zod schemas in src/content (type-only imports, so the UI bundle does not pull the content in).
 */
import type { ChecklistItem, Localized } from '../content/checklists/types.js';
import type { GlossaryTerm } from '../content/glossary-schema.js';
import type { Playbook, RegulatoryRule } from '../content/playbooks/schema.js';
import type { IncidentType } from './incident-schemas.js';

export type { ChecklistItem, Localized } from '../content/checklists/types.js';
export type { GlossaryTerm } from '../content/glossary-schema.js';
export type {
  Playbook,
  PlaybookTemplate,
  RegulatoryCheck,
  RegulatoryRule,
  SourceRef,
} from '../content/playbooks/schema.js';

/** The four ready-to-edit messages every playbook carries, in the order the UI shows them. */
export const TEMPLATE_KINDS = ['internal_warning', 'external_warning', 'public_notice', 'enquiry_answer'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** `{name}` placeholders a template may use; the UI fills them from the settings and the incident. */
export const TEMPLATE_PLACEHOLDERS = ['orgName', 'incidentId', 'date', 'contact'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The `{names}` used in a text, each once. */
export const placeholdersIn = (text: string): string[] => [
  ...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')),
];

/**
 * Fills `{name}` from `values`. A placeholder without a value (or with an empty one) stays visible, so the
 * reader sees what is still to be written instead of a sentence with a hole in it.
 */
export function fillPlaceholders(text: string, values: Partial<Record<TemplatePlaceholder, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (values as Record<string, string | undefined>)[name];
    return value?.trim() ? value : whole;
  });
}

/** GET /api/playbooks */
export interface PlaybookSummaryView {
  type: IncidentType;
  title: Localized;
  summary: Localized;
  /** True when the organisation uses its own edited version instead of the built-in one. */
  customised: boolean;
  updatedAt: string | null;
}

/** GET /api/playbooks/:type (and the answer of PUT/DELETE). */
export interface PlaybookDetailView {
  type: IncidentType;
  customised: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
  /** What the organisation uses: its own version if customised, otherwise the built-in one. */
  effective: Playbook;
  /** Always there, so the built-in text can be read or restored at any time. */
  builtIn: Playbook;
  /** The checklist items named by `effective.immediateActions`, in that order. */
  actions: ChecklistItem[];
  /** The rules named by `effective.regulatory`, with their version and date. */
  rules: RegulatoryRule[];
}

/** GET /api/glossary */
export interface GlossaryView {
  terms: GlossaryTerm[];
}
