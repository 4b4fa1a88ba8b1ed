/**
 * What the API answers, as TypeScript types shared by server and UI. Times are ISO 8601 strings (UTC).
 * Errors always come as `{ error: { id, message, fields? } }` with an HTTP status; `fields` maps a
 * dotted input path to a message for 400s.
 */
import type {
  CHECK_STATES,
  CONTRACT_STATES,
  DECISION_TOPICS,
  FactKey,
  Facts,
  ImpactLevel,
  IncidentStatus,
  IncidentType,
  SpreadState,
  Urgency,
  Verdict,
} from './incident-schemas.js';
import type { Locale, Role } from './limits.js';

export interface ApiError {
  error: { id: string; message: string; fields?: Record<string, string>; correlationId?: string };
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  department: string | null;
  supervisorEmail: string | null;
  disabled: boolean;
}

/** GET /api/auth/me and POST /api/auth/login. The CSRF token goes in `X-CSRF-Token` on every write. */
export interface SessionView {
  user: UserView;
  csrfToken: string;
}

export interface IncidentSummary {
  id: string;
  title: string;
  types: IncidentType[];
  status: IncidentStatus;
  urgency: Urgency | null;
  reportedAt: string;
  updatedAt: string;
  restricted: boolean;
  /** An exercise: its notices reach only its participants and it is left out of statistics. */
  drill: boolean;
}

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type StepState = 'todo' | 'in_progress' | 'done';

/** A next action is a key the UI translates (`next.<key>`), the step it belongs to, and its params. */
export interface NextAction {
  key: string;
  step: StepNumber;
  params?: Record<string, string | number>;
}

export interface ChecklistItemView {
  key: string;
  /** Which incident type (or 'common') brought this item. */
  source: IncidentType | 'common';
  title: string;
  why: string;
  do: string;
  dont: string;
  state: (typeof CHECK_STATES)[number];
  note: string | null;
  doneBy: string | null;
  doneAt: string | null;
}

export interface SpreadCheckView {
  department: string;
  state: SpreadState;
  note: string | null;
  checkedBy: string | null;
  checkedAt: string | null;
}

export interface BriefingView {
  id: string;
  sentAt: string;
  sentBy: string;
  /** The assembled text, in the sender's language, exactly as sent. */
  subject: string;
  body: string;
  nextUpdateAt: string | null;
  acknowledgements: { userId: string; name: string; at: string }[];
}

export interface DecisionView {
  id: string;
  topic: (typeof DECISION_TOPICS)[number];
  decision: string;
  reason: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface DeterminationView {
  verdict: Verdict;
  urgency: Urgency | null;
  criteria: { operations: ImpactLevel; information: ImpactLevel; recovery: ImpactLevel } | null;
  reason: string;
  police: { consult: boolean; reason: string | null } | null;
  decidedBy: string;
  decidedAt: string;
}

export interface VendorView {
  id: string;
  name: string;
  services: string | null;
  hours: string | null;
  fees: string | null;
  conditions: string | null;
  contacts: { name: string; phone?: string; email?: string }[];
  contractStatus: (typeof CONTRACT_STATES)[number];
  notes: string | null;
  updatedAt: string;
}

export interface SupportRequestView {
  id: string;
  vendorId: string;
  vendorName: string;
  question: string | null;
  fromStep: number | null;
  message: string;
  requestedBy: string;
  requestedAt: string;
}

export interface CustodyTransferView {
  id: string;
  fromPerson: string;
  toPerson: string;
  at: string;
  purpose: string | null;
  recordedBy: string;
}

export interface EvidenceView {
  id: string;
  item: string;
  source: string;
  collectedBy: string;
  collectedAt: string;
  method: string | null;
  sha256: string | null;
  storageLocation: string;
  fileName: string | null;
  fileSize: number | null;
  /** Present when a file was uploaded; always served as an attachment. */
  downloadUrl: string | null;
  transfers: CustodyTransferView[];
  recordedBy: string;
  recordedAt: string;
}

export interface NotificationView {
  id: string;
  kind: string;
  /** `email`, or the chat channel's type (`slack`, `teams`, `google_chat`, `webhook`). */
  channel: string;
  /** The address, or the chat channel's name. */
  recipient: string;
  subject: string;
  status: 'queued' | 'sent' | 'failed';
  createdAt: string;
  /** Delivery attempts so far; a failed attempt is retried with growing pauses until a bound. */
  attempts: number;
  /** The last failure as the server answered it (never containing a secret). */
  lastError: string | null;
  deliveredAt: string | null;
  /** When the recipient used the message's acknowledgement link. */
  acknowledgedAt: string | null;
}

export interface TimelineEventView {
  seq: number;
  at: string;
  actor: string;
  type: string;
  data: Record<string, unknown>;
}

/** A type the report's words point to, with the playbook keywords that matched. */
export interface SuggestedType {
  type: IncidentType;
  score: number;
  matched: string[];
}

export interface IncidentDetail extends IncidentSummary {
  version: number;
  channel: 'public_form' | 'signed_in' | 'api';
  reporter: {
    name: string | null;
    contact: string;
    department: string | null;
    supervisorEmail: string | null;
    userId: string | null;
  };
  report: {
    whatHappened: string;
    where: string;
    noticedAt: string | null;
    whyAbnormal: string | null;
    alreadyDone: string | null;
  };
  facts: Facts;
  /** Facts not answered yet (neither a value nor "unknown yet"), in the order the form asks them. */
  missingFacts: FactKey[];
  steps: Record<StepNumber, StepState>;
  nextActions: NextAction[];
  checklist: ChecklistItemView[];
  spread: SpreadCheckView[];
  /** True when two or more departments are affected: the product recommends stopping the internal network. */
  recommendNetworkStop: boolean;
  briefings: BriefingView[];
  decisions: DecisionView[];
  determination: DeterminationView | null;
  supportRequests: SupportRequestView[];
  handover: { vendorId: string; vendorName: string; at: string; by: string; note: string | null } | null;
  evidence: EvidenceView[];
  notifications: NotificationView[];
  restrictedTo: { id: string; name: string }[] | null;
  /** Types the report's text points to, best first, for the desk to accept or ignore (empty for reporters). */
  suggestedTypes: SuggestedType[];
  /** What the signed-in user may do here, so the UI shows only actions that will succeed. */
  can: {
    edit: boolean;
    brief: boolean;
    acknowledge: boolean;
    decide: boolean;
    determine: boolean;
    requestSupport: boolean;
    manageEvidence: boolean;
    restrict: boolean;
    close: boolean;
  };
}

export interface SettingsView {
  orgName: string;
  desk: { name: string; email?: string; phone?: string } | null;
  fallbackDesk: { name: string; email?: string; phone?: string } | null;
  departments: string[];
  /** Admins only: the path of the public report form, e.g. `/report/AbC…`. */
  reportPath?: string;
}

/** GET /api/public/report/:token */
export interface PublicReportInfo {
  orgName: string;
}

/** POST /api/public/report/:token and POST /api/incidents */
export interface ReportReceipt {
  incidentId: string;
  reportedAt: string;
  /** Whom the reporter can call now: the response desk, or the department standing in for it. */
  desk: { name: string; phone: string | null; email: string | null } | null;
}
