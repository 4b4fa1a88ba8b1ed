/**
 * The first report to management (step 3), assembled from whatever is known, because the guide asks for
 * it early, before anything is confirmed. Plain text, so it reads the same in mail, chat or on paper.
 */
import { MESSAGES, message } from '../content/messages.js';
import {
  ALL_FACTS,
  type FactKey,
  type Facts,
  type IncidentStatus,
  type IncidentType,
  type Urgency,
  type Verdict,
} from '../shared/incident-schemas.js';
import type { Locale } from '../shared/limits.js';
import { factState, knownFacts } from './facts.js';
import { bullet, factLabel, factLine, formatDateTime, indent, linesToItems } from './format.js';

export interface BriefingInput {
  incidentId: string;
  title: string;
  types: IncidentType[];
  status: IncidentStatus;
  facts: Facts;
  reportSummary: string;
  /** Titles of checklist items marked done, then anything the sender typed. */
  actionsTaken: string[];
  /** One decision per line; when empty the usual decisions are listed. */
  decisionsNeeded?: string;
  nextUpdateAt?: string | null;
  determination: { verdict: Verdict; urgency: Urgency | null } | null;
  now: string;
  /** 1 for the first report, 2 for the first update, and so on. */
  briefingNumber?: number;
  timeZone?: string;
}

/** Technical details a manager does not need listed as open questions; the vendor asks for them. */
const TECHNICAL_FACTS: readonly FactKey[] = ['deviceOs', 'securitySoftware', 'cloudServices'];

const DEFAULT_DECISIONS = [
  'briefing.decision.vendor',
  'briefing.decision.cost',
  'briefing.decision.public_notice',
  'briefing.decision.police',
  'briefing.decision.response_team',
] as const;

export function assembleBriefing(input: BriefingInput, locale: Locale): { subject: string; body: string } {
  const t = (key: Parameters<typeof message>[1], params?: Record<string, string | number>) =>
    message(locale, key, params);
  const tz = input.timeZone;
  const subject = t('briefing.subject', { number: input.briefingNumber ?? 1, title: input.title });

  const overview = [
    `${t('briefing.label.case')}: ${input.incidentId}`,
    `${t('briefing.label.title')}: ${input.title}`,
    `${t('briefing.label.types')}: ${typeList(input.types, locale)}`,
    `${t('briefing.label.status')}: ${MESSAGES[`status.${input.status}`][locale]}`,
    `${t('briefing.label.determination')}: ${determinationText(input.determination, locale)}`,
  ];
  const summary = input.reportSummary.trim();
  if (summary !== '') overview.push(`${t('briefing.label.report')}:`, indent(summary));

  const known = knownFacts(input.facts).map((k) => factLine(input.facts, k, locale, tz));
  const open = openFacts(input.facts).map((k) => bullet(factLabel(k, locale), locale));
  const actions = input.actionsTaken.map((a) => a.trim()).filter((a) => a !== '');
  const typed = linesToItems(input.decisionsNeeded);
  const decisions = typed.length > 0 ? typed : DEFAULT_DECISIONS.map((k) => t(k));
  const next = input.nextUpdateAt
    ? t('briefing.next_update.at', { at: formatDateTime(input.nextUpdateAt, locale, tz) })
    : t('briefing.next_update.none');

  const sections = [
    `${t('briefing.greeting')}\n\n${t('briefing.intro')}`,
    section(t('briefing.heading.overview'), overview),
    section(t('briefing.heading.known'), known.length > 0 ? known : [t('briefing.none.known')]),
    section(t('briefing.heading.unknown'), open.length > 0 ? open : [t('briefing.none.unknown')]),
    section(
      t('briefing.heading.actions'),
      actions.length > 0 ? actions.map((a) => bullet(a, locale)) : [t('briefing.none.actions')],
    ),
    section(
      t('briefing.heading.decisions'),
      decisions.map((d) => bullet(d, locale)),
    ),
    section(t('briefing.heading.next_update'), [next]),
    t('briefing.footer', { now: formatDateTime(input.now, locale, tz) }),
  ];
  return { subject, body: `${sections.join('\n\n')}\n` };
}

/** Missing and "unknown yet" facts together, in form order: to management both are simply not known. */
export function openFacts(facts: Facts): FactKey[] {
  return ALL_FACTS.filter((k) => factState(facts, k) !== 'known' && !TECHNICAL_FACTS.includes(k));
}

export function typeList(types: readonly IncidentType[], locale: Locale): string {
  const list = types.length > 0 ? types : (['unknown'] as const);
  return list.map((ty) => MESSAGES[`type.${ty}`][locale]).join(locale === 'ja' ? '、' : ', ');
}

export function determinationText(
  determination: { verdict: Verdict; urgency: Urgency | null } | null,
  locale: Locale,
): string {
  if (determination === null) return message(locale, 'briefing.determination.pending');
  const verdict = MESSAGES[`verdict.${determination.verdict}`][locale];
  if (determination.urgency === null) return verdict;
  const urgency = MESSAGES[`urgency.${determination.urgency}`][locale];
  return message(locale, 'briefing.determination.with_urgency', { verdict, urgency });
}

export function section(heading: string, lines: readonly string[]): string {
  return [heading, ...lines].join('\n');
}
