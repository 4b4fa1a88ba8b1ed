/**
 * What the notification API answers: delivery settings (secrets reduced to a hint), the notification
 * log, acknowledgement links and warnings. Times are ISO 8601 strings (UTC).
 */

import type { NotificationView } from './api-types.js';
import type {
  ChatType,
  Contact,
  NotificationStatus,
  RoutableKind,
  RoutingRule,
  TreeRole,
  WarningAudience,
} from './channel-schemas.js';
import type { Locale } from './limits.js';

/** GET/PUT /api/notify/smtp. The password is never sent back: only whether one is stored. */
export interface SmtpSettingsView {
  configured: boolean;
  host: string | null;
  port: number | null;
  security: 'tls' | 'starttls' | 'none' | null;
  username: string | null;
  passwordSet: boolean;
  fromAddress: string | null;
  fromName: string | null;
  enabled: boolean;
  updatedAt: string | null;
}

/** A chat channel. The URL's secret part is cut: `urlHint` shows the host and the last 4 characters. */
export interface ChatChannelView {
  id: string;
  type: ChatType;
  name: string;
  locale: Locale;
  enabled: boolean;
  urlHint: string;
  /** The generic webhook's signing secret is stored (never shown). */
  secretSet: boolean;
  createdAt: string;
  updatedAt: string;
}

/** "Send a test message": the server's own answer, word for word (SMTP reply or HTTP status and body). */
export interface ChannelTestResult {
  ok: boolean;
  /** HTTP status for webhooks, SMTP reply code for mail, null when no answer came (refused, timed out). */
  status: number | null;
  response: string;
  ms: number;
}

export interface RoutingView {
  rules: Record<RoutableKind, RoutingRule>;
  escalation: { reminderMinutes: number; escalateMinutes: number; ackLinkHours: number };
}

export type ContactTreeView = Record<TreeRole, Contact[]>;

export interface DistributionListView {
  id: string;
  name: string;
  audience: WarningAudience;
  count: number;
  /** Admins only. */
  emails?: string[];
}

/** One line of the notification log. */
export interface NotificationLogEntry extends NotificationView {
  incidentId: string | null;
  locale: Locale;
  nextAttemptAt: string | null;
  warningId: string | null;
}

/** GET /api/public/ack/:token: what the link acknowledges, before the person presses the button. */
export interface AckLinkInfo {
  kind: 'briefing' | 'intake_desk' | 'intake_supervisor';
  incidentId: string;
  /** The address the link was sent to, partly hidden. */
  recipient: string;
  expiresAt: string;
}

/** POST /api/public/ack/:token */
export interface AckLinkResult extends AckLinkInfo {
  acknowledgedAt: string;
  /** True when it also counted as the user's briefing acknowledgement. */
  briefingAcknowledged: boolean;
}

export interface WarningRecipientView {
  recipient: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  deliveredAt: string | null;
}

export interface WarningView {
  id: string;
  audience: WarningAudience;
  locale: Locale;
  subject: string;
  body: string;
  lists: { id: string; name: string }[];
  sentBy: string;
  sentAt: string;
  counts: Record<NotificationStatus, number>;
  recipients: WarningRecipientView[];
}
