/**
 * Table types for Kysely. Columns are snake_case in the database and camelCase here (CamelCasePlugin).
 * Both databases store times as ISO 8601 text, flags as 0/1 integers and structured values as JSON text,
 * so one set of migrations and queries serves SQLite and PostgreSQL alike.
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  locale: string;
  department: string | null;
  supervisorEmail: string | null;
  passwordHash: string | null;
  disabled: number;
  createdAt: string;
}

export interface SessionsTable {
  id: string; // sha256 of the cookie value; the value itself is never stored
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface PasswordTokensTable {
  id: string; // sha256 of the token
  userId: string;
  expiresAt: string;
  usedAt: string | null;
  createdAt: string;
}

export interface RateLimitsTable {
  key: string;
  windowStart: string;
  count: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface IncidentCountersTable {
  year: number;
  lastNumber: number;
}

export interface IncidentsTable {
  id: string;
  title: string;
  types: string;
  status: string;
  urgency: string | null;
  channel: string;
  reporterUserId: string | null;
  reporterName: string | null;
  reporterContact: string;
  reporterDepartment: string | null;
  reporterSupervisorEmail: string | null;
  reportWhat: string;
  reportWhere: string;
  reportNoticedAt: string | null;
  reportWhy: string | null;
  reportAlreadyDone: string | null;
  facts: string;
  determination: string | null;
  handover: string | null;
  restricted: number;
  version: number;
  reportedAt: string;
  updatedAt: string;
  closedAt: string | null;
  isDrill: number;
  drillScenario: string | null;
}

export interface DrillParticipantsTable {
  incidentId: string;
  email: string;
}

export interface IncidentAccessTable {
  incidentId: string;
  userId: string;
}

export interface TimelineEventsTable {
  seq: number;
  incidentId: string | null;
  at: string;
  actorId: string | null;
  actorLabel: string;
  type: string;
  data: string;
  prevHash: string;
  hash: string;
}

export interface ChainHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface NotificationsTable {
  id: string;
  incidentId: string | null;
  kind: string;
  channel: string;
  recipient: string;
  locale: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  /** When the channel accepted it (shown as deliveredAt). */
  sentAt: string | null;
  /** Sent with the message (Message-ID, Idempotency-Key) so a receiver can drop a repeated delivery. */
  idempotencyKey: string | null;
  nextAttemptAt: string | null;
  /** The lease: while in the future, the worker `lockedBy` owns the message. */
  lockedUntil: string | null;
  lockedBy: string | null;
  acknowledgedAt: string | null;
  ackTokenId: string | null;
  /** For chat messages: the notify_channels row. */
  channelId: string | null;
  warningId: string | null;
}

export interface NotifyChannelsTable {
  id: string;
  type: string;
  name: string;
  locale: string;
  enabled: number;
  config: string;
  createdAt: string;
  updatedAt: string;
}

export interface AckRequestsTable {
  id: string;
  incidentId: string;
  subjectType: string;
  subjectId: string;
  treeRole: string | null;
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  remindedAt: string | null;
  escalationLevel: number;
  nextCheckAt: string | null;
  lockedUntil: string | null;
}

export interface AckTokensTable {
  id: string;
  requestId: string;
  recipient: string;
  userId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface WarningsTable {
  id: string;
  incidentId: string;
  audience: string;
  locale: string;
  subject: string;
  body: string;
  lists: string;
  recipientCount: number;
  sentBy: string;
  sentAt: string;
}

export interface BriefingsTable {
  id: string;
  incidentId: string;
  subject: string;
  body: string;
  nextUpdateAt: string | null;
  sentBy: string;
  sentAt: string;
}

export interface BriefingAcksTable {
  briefingId: string;
  userId: string;
  at: string;
}

export interface DecisionsTable {
  id: string;
  incidentId: string;
  topic: string;
  decision: string;
  reason: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface ChecklistStatesTable {
  incidentId: string;
  itemKey: string;
  state: string;
  note: string | null;
  updatedBy: string;
  updatedAt: string;
}

export interface SpreadChecksTable {
  incidentId: string;
  department: string;
  state: string;
  note: string | null;
  checkedBy: string;
  checkedAt: string;
}

export interface VendorsTable {
  id: string;
  name: string;
  services: string | null;
  hours: string | null;
  fees: string | null;
  conditions: string | null;
  contacts: string;
  contractStatus: string;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SupportRequestsTable {
  id: string;
  incidentId: string;
  vendorId: string;
  question: string | null;
  fromStep: number | null;
  message: string;
  requestedBy: string;
  requestedAt: string;
}

export interface EvidenceTable {
  id: string;
  incidentId: string;
  item: string;
  source: string;
  collectedBy: string;
  collectedAt: string;
  method: string | null;
  sha256: string | null;
  storageLocation: string;
  fileName: string | null;
  fileSize: number | null;
  fileKey: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface CustodyTransfersTable {
  id: string;
  evidenceId: string;
  fromPerson: string;
  toPerson: string;
  at: string;
  purpose: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** An organisation's edited copy of a built-in playbook; no row means the built-in one is used. */
export interface OrgPlaybooksTable {
  type: string;
  content: string;
  updatedBy: string;
  updatedAt: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  passwordTokens: PasswordTokensTable;
  rateLimits: RateLimitsTable;
  settings: SettingsTable;
  incidentCounters: IncidentCountersTable;
  incidents: IncidentsTable;
  incidentAccess: IncidentAccessTable;
  drillParticipants: DrillParticipantsTable;
  timelineEvents: TimelineEventsTable;
  chainHead: ChainHeadTable;
  notifications: NotificationsTable;
  notifyChannels: NotifyChannelsTable;
  ackRequests: AckRequestsTable;
  ackTokens: AckTokensTable;
  warnings: WarningsTable;
  briefings: BriefingsTable;
  briefingAcks: BriefingAcksTable;
  decisions: DecisionsTable;
  checklistStates: ChecklistStatesTable;
  spreadChecks: SpreadChecksTable;
  vendors: VendorsTable;
  supportRequests: SupportRequestsTable;
  evidence: EvidenceTable;
  custodyTransfers: CustodyTransfersTable;
  orgPlaybooks: OrgPlaybooksTable;
}
