/**
 * The contract shared with the server: input schemas, limits and response types. The UI imports them from
 * here only, so a moved file is fixed in one place. (`ApiError` is the UI's own class in api/client.ts.)
 */
export * from '../../src/shared/account-schemas.js';
export type {
  BriefingView,
  ChecklistItemView,
  CustodyTransferView,
  DecisionView,
  DeterminationView,
  EvidenceView,
  IncidentDetail,
  IncidentSummary,
  NextAction,
  NotificationView,
  PublicReportInfo,
  ReportReceipt,
  SessionView,
  SettingsView,
  SpreadCheckView,
  StepNumber,
  StepState,
  SupportRequestView,
  TimelineEventView,
  UserView,
  VendorView,
} from '../../src/shared/api-types.js';
// Notification delivery (mail server, chat channels, routing, the contact tree the preparation page
// edits too, distribution lists, warnings, the log and acknowledgement links).
export * from '../../src/shared/channel-schemas.js';
export * from '../../src/shared/incident-schemas.js';
export * from '../../src/shared/limits.js';
export type * from '../../src/shared/notify-types.js';
export * from '../../src/shared/playbook-api.js';
export * from '../../src/shared/preparation-schemas.js';
export type * from '../../src/shared/preparation-types.js';
