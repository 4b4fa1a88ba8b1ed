/**
 * What the responder should do next, most pressing first. The UI shows the first action prominently and
 * the rest as a list; each key is translated as `next.<key>` (see src/content/messages/next-actions.ts).
 * The list is never empty for an open incident: whatever state the data is in, at least "close" remains,
 * so nobody is left at a dead end.
 */
import { NETWORK_STOP_ITEM_KEYS, SPREAD_CHECK_ITEM_KEYS } from '../content/checklists.js';
import type { NextAction, StepNumber } from '../shared/api-types.js';
import { FIVE_FACTS, IMPACT_FACTS } from '../shared/incident-schemas.js';
import { factIsYes, factState } from './facts.js';
import type { IncidentState } from './incident-state.js';
import { affectedDepartments, recommendNetworkStop, uncheckedDepartments } from './spread.js';
import { allStepsDone, computeSteps, containmentComplete } from './steps.js';

/**
 * Every key nextActions can return, with the params it always carries; `consult_police` carries
 * `reason` only when the responder gave one.
 */
export const NEXT_ACTION_KEYS = [
  'consult_management_now', // urgency high and management has not decided anything yet
  'stop_internal_network', // params: { departments: number }
  'ask_vendor_cannot_tell', // the responder could not determine; outside help decides
  'record_five_facts', // params: { missing: number }
  'send_briefing',
  'work_containment_checklist', // params: { open: number }
  'check_departments', // params: { unchecked: number }
  'consult_police', // params?: { reason: string }
  'determine',
  'record_impact',
  'ask_management_to_read', // params: { unread: number }
  'record_decisions',
  'check_legal_report',
  'request_vendor',
  'record_evidence',
  'hand_over',
  'close',
  'nothing_left',
] as const;
export type NextActionKey = (typeof NEXT_ACTION_KEYS)[number];

export interface WorkflowAction extends NextAction {
  key: NextActionKey;
}

export function nextActions(s: IncidentState): WorkflowAction[] {
  if (s.closed || s.status === 'closed') return [{ key: 'nothing_left', step: 7 }];
  const verdict = s.determination?.verdict ?? null;
  // The finder is told by the service; the only thing left for a dismissed report is to close it.
  if (verdict === 'not_incident') return [{ key: 'close', step: 7 }];

  const out: WorkflowAction[] = [];
  const add = (key: NextActionKey, step: StepNumber, params?: Record<string, string | number>) =>
    out.push(params ? { key, step, params } : { key, step });
  const steps = computeSteps(s);
  const itemState = (key: string) => s.checklist.find((c) => c.key === key)?.state;

  if (verdict === 'incident' && s.determination?.urgency === 'high' && s.decisionCount === 0) {
    add('consult_management_now', 5);
  }
  // An action needs a way to be done: it is offered while the incident's checklist has a network-stop item
  // still open. Types without such an item still get the warning in step 4, but no action that never clears.
  const stopItems = NETWORK_STOP_ITEM_KEYS.map(itemState).filter((state) => state !== undefined);
  if (recommendNetworkStop(s.spread) && stopItems.length > 0 && stopItems.every((state) => state === 'open')) {
    add('stop_internal_network', 4, { departments: affectedDepartments(s.spread).length });
  }
  if (verdict === 'cannot_tell' && s.supportRequestCount === 0 && !s.handedOver) add('ask_vendor_cannot_tell', 6);

  const missingFive = FIVE_FACTS.filter((k) => factState(s.facts, k) === 'missing').length;
  if (missingFive > 0) add('record_five_facts', 2, { missing: missingFive });
  // The guide sends the first report early, in parallel with the investigation, before anything is sure.
  if (s.briefingCount === 0) add('send_briefing', 3);

  const open = s.checklist.filter((c) => c.state === 'open').length;
  if (s.checklist.length > 0 && !containmentComplete(s)) add('work_containment_checklist', 4, { open });
  const unchecked = uncheckedDepartments(s.spread).length;
  const spreadItemOpen = SPREAD_CHECK_ITEM_KEYS.some((k) => itemState(k) === 'open');
  if (unchecked > 0 || (s.spread.length === 0 && spreadItemOpen)) add('check_departments', 4, { unchecked });

  const police = s.determination?.police;
  // Cleared once management records what was decided about the police.
  if (police?.consult && !s.decisionTopics.includes('police'))
    add('consult_police', 5, police.reason ? { reason: police.reason } : undefined);
  if (s.determination === null || (verdict === 'cannot_tell' && s.supportRequestCount > 0)) add('determine', 5);

  if (missingFive === 0 && IMPACT_FACTS.some((k) => factState(s.facts, k) === 'missing')) add('record_impact', 2);
  const unread = s.briefingCount - s.acknowledgedBriefingCount;
  if (unread > 0) add('ask_management_to_read', 3, { unread });
  if (s.briefingCount > 0 && s.decisionCount === 0 && !out.some((a) => a.key === 'consult_management_now')) {
    add('record_decisions', 3);
  }
  // Strong encryption exempts the report to the PPC; anything else with personal data needs checking.
  // Cleared once management records its decision on reporting to the authorities.
  const legalDecided = s.decisionTopics.includes('regulatory_report');
  if (factIsYes(s.facts, 'personalData') && !factIsYes(s.facts, 'stronglyEncrypted') && !legalDecided)
    add('check_legal_report', 5);

  if (verdict === 'incident' && s.supportRequestCount === 0 && !s.handedOver) add('request_vendor', 6);
  if (s.determination !== null && s.evidenceCount === 0 && !s.handedOver) add('record_evidence', 7);
  if (verdict === 'incident' && s.supportRequestCount > 0 && !s.handedOver) add('hand_over', 7);

  if (s.handedOver || allStepsDone(steps) || out.length === 0) add('close', 7);
  return out;
}
