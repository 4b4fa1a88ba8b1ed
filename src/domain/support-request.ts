/**
 * The packet sent to an outside security vendor (step 6): who we are, what happened, the five facts,
 * what we did, what we cannot tell and what we ask for. The responder edits the draft before sending,
 * so it errs on the side of including what the vendor will ask about anyway.
 */
import { message } from '../content/messages.js';
import {
  ALL_FACTS,
  type FactKey,
  type Facts,
  FIVE_FACTS,
  type IncidentType,
  type Urgency,
  type Verdict,
} from '../shared/incident-schemas.js';
import type { Locale } from '../shared/limits.js';
import { determinationText, openFacts, section, typeList } from './briefing.js';
import { factState } from './facts.js';
import { bullet, factLabel, factLine, linesToItems } from './format.js';

export interface SupportRequestPacketInput {
  incidentId: string;
  title: string;
  types: IncidentType[];
  facts: Facts;
  reportSummary: string;
  actionsTaken: string[];
  /** What the responder could not judge, carried over from the step where they said so. */
  question?: string;
  fromStep?: number;
  orgName: string;
  vendorName: string;
  determination: { verdict: Verdict; urgency: Urgency | null } | null;
  timeZone?: string;
}

const FIVE: readonly FactKey[] = FIVE_FACTS;
const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;

export function assembleSupportRequest(input: SupportRequestPacketInput, locale: Locale): string {
  const t = (key: Parameters<typeof message>[1], params?: Record<string, string | number>) =>
    message(locale, key, params);
  const tz = input.timeZone;
  const orgName = input.orgName.trim() || t('support.org_unnamed');

  const who = [
    `${t('support.label.org')}: ${orgName}`,
    `${t('support.label.case')}: ${input.incidentId}`,
    `${t('support.label.title')}: ${input.title}`,
    `${t('support.label.types')}: ${typeList(input.types, locale)}`,
    `${t('support.label.determination')}: ${determinationText(input.determination, locale)}`,
  ];
  const summary = input.reportSummary.trim();
  const five = FIVE.map((k) => factLine(input.facts, k, locale, tz));
  // Beyond the five, only what is known: the open questions are listed once, under "what we cannot tell".
  const more = ALL_FACTS.filter((k) => !FIVE.includes(k) && factState(input.facts, k) === 'known').map((k) =>
    factLine(input.facts, k, locale, tz),
  );
  const actions = input.actionsTaken.map((a) => a.trim()).filter((a) => a !== '');

  const sections = [
    t('support.greeting', { vendorName: input.vendorName.trim() }),
    t('support.intro', { orgName }),
    section(t('support.heading.who'), who),
    ...(summary !== '' ? [section(t('support.heading.what'), [summary])] : []),
    section(t('support.heading.five'), five),
    ...(more.length > 0 ? [section(t('support.heading.more'), more)] : []),
    section(
      t('support.heading.done'),
      actions.length > 0 ? actions.map((a) => bullet(a, locale)) : [t('briefing.none.actions')],
    ),
    section(t('support.heading.cannot_tell'), cannotTell(input, locale)),
    section(
      t('support.heading.ask'),
      (['support.ask.assess', 'support.ask.evidence', 'support.ask.investigation'] as const).map((k) =>
        bullet(t(k), locale),
      ),
    ),
    t('support.closing'),
  ];
  return `${sections.join('\n\n')}\n`;
}

function cannotTell(input: SupportRequestPacketInput, locale: Locale): string[] {
  const lines: string[] = [];
  const question = linesToItems(input.question);
  const step = STEPS.find((n) => n === input.fromStep);
  const stepParams = step === undefined ? undefined : { step, stepName: message(locale, `step.${step}`) };
  if (question.length > 0) {
    lines.push(
      stepParams ? message(locale, 'support.question_from_step', stepParams) : message(locale, 'support.question'),
    );
    lines.push(...question.map((q) => bullet(q, locale)));
  } else if (stepParams) {
    lines.push(message(locale, 'support.stuck_at_step', stepParams));
  }
  // The five facts already show "not checked yet"; repeat only the other open questions here.
  const open = openFacts(input.facts).filter((k) => !FIVE.includes(k));
  if (open.length > 0) {
    lines.push(message(locale, 'support.unknown_facts'), ...open.map((k) => bullet(factLabel(k, locale), locale)));
  }
  return lines.length > 0 ? lines : [message(locale, 'support.none.cannot_tell')];
}
