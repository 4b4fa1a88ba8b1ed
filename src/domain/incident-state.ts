/**
 * The pure input the workflow rules read. The service builds it from stored rows, so the rules never
 * touch the database and can be tested with plain objects.
 */
import type {
  DecisionTopic,
  Facts,
  IncidentStatus,
  IncidentType,
  SpreadState,
  Urgency,
  Verdict,
} from '../shared/incident-schemas.js';

export type CheckState = 'open' | 'done' | 'not_applicable';

export interface IncidentState {
  status: IncidentStatus;
  types: IncidentType[];
  facts: Facts;
  briefingCount: number;
  /** Briefings that at least one manager has acknowledged. */
  acknowledgedBriefingCount: number;
  decisionCount: number;
  /** Topics management has recorded a decision on; some next actions clear once their topic is decided. */
  decisionTopics: DecisionTopic[];
  /** Every checklist item for the incident's types, with its state (open when nobody touched it). */
  checklist: { key: string; state: CheckState }[];
  spread: { department: string; state: SpreadState }[];
  /**
   * `police` is optional so callers that do not track it still compile; when `consult` is true the
   * rules keep reminding the responder to talk to the police early.
   */
  determination: {
    verdict: Verdict;
    urgency: Urgency | null;
    police?: { consult: boolean; reason: string | null } | null;
  } | null;
  supportRequestCount: number;
  handedOver: boolean;
  evidenceCount: number;
  closed: boolean;
}
