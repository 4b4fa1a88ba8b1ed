/** What the preparation routes answer (readiness, preparation facts, drills, statistics). */
import type { FactKey, IncidentStatus, IncidentType } from './incident-schemas.js';
import type { Role } from './limits.js';
import type { DrillScenarioId, PreparationInput, ReadinessKey, ReadinessReason } from './preparation-schemas.js';

export interface LocalizedText {
  ja: string;
  en: string;
}

/** One check: `ok`, or `missing` with the reason the UI translates (`readiness.items.<key>.<reason>`). */
export interface ReadinessItemView {
  key: ReadinessKey;
  state: 'ok' | 'missing';
  reason?: ReadinessReason;
  params?: Record<string, string | number>;
}

/** GET /api/readiness */
export interface ReadinessView {
  /** 0–100: the share of items that are ok. */
  score: number;
  items: ReadinessItemView[];
}

/**
 * GET/PUT /api/preparation. The contact tree is not here: it is the notification contact tree
 * (GET/PUT /api/notify/contact-tree), one list for escalation, readiness and the offline pack.
 */
export type PreparationView = PreparationInput;

export interface DrillScenarioView {
  id: DrillScenarioId;
  /** `guide`: one of the guide's three examples; `type`: one per incident type. */
  group: 'guide' | 'type';
  types: IncidentType[];
  title: LocalizedText;
  /** What the exercise practises. */
  summary: LocalizedText;
  report: { whatHappened: LocalizedText; where: LocalizedText; whyAbnormal: LocalizedText };
  /** What the facilitator reveals when the participants ask, fact by fact. */
  suggestedFacts: { fact: FactKey; text: LocalizedText }[];
}

/** POST /api/drills */
export interface DrillStarted {
  incidentId: string;
  reportedAt: string;
  participants: string[];
}

/** GET /api/incidents/:id/drill */
export interface DrillInfoView {
  scenario: DrillScenarioView | null;
  participants: string[];
}

/** GET /api/drills/people: whom a drill can include. */
export interface DrillPersonView {
  name: string;
  email: string;
  role: Role;
  department: string | null;
}

/** GET /api/stats: real incidents only (drills excluded), those the caller may see. */
export interface StatsView {
  /** Not closed yet. */
  open: number;
  byStatus: Record<IncidentStatus, number>;
  /** An incident of two types counts once under each. */
  byType: Record<IncidentType, number>;
}
