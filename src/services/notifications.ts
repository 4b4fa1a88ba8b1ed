/**
 * Queues notifications in the outbox; the delivery worker (src/notify/worker.ts) sends them. Every
 * message passes mayNotify first (a drill reaches only its participants). The organisation's routing
 * rules decide whether the people the product picked get mail, and which chat channels and standing
 * addresses get a copy; briefings and intake notices carry a one-click acknowledgement link.
 */
import type { Kysely } from 'kysely';
import { DRILL_MARK, DRILL_NOTICE } from '../content/drill-scenarios.js';
import { newId, sha256Hex } from '../lib/ids.js';
import type { RoutingRule } from '../shared/channel-schemas.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/limits.js';
import type { RoutingView } from '../shared/notify-types.js';
import { channelRepository } from '../store/channels.repository.js';
import { incidentRepository } from '../store/incidents.repository.js';
import { type NotificationRow, notificationRepository } from '../store/notifications.repository.js';
import { outboxRepository } from '../store/outbox.repository.js';
import type { Database } from '../store/schema.js';
import { type AckSubject, createAckToken, ensureAckRequest } from './acknowledgement.service.js';
import { mayNotify } from './drill-recipients.js';
import { isRoutable, readRouting } from './routing.service.js';

export interface QueuedNotice {
  incidentId: string;
  kind: string;
  recipient: string;
  locale: Locale;
  subject: string;
  body: string;
  /** A briefing passes its id so the message carries an acknowledgement link (intake notices get one by kind). */
  ack?: { type: 'briefing'; id: string };
  /** A reminder carries the same link as the message it follows up. */
  ackTokenId?: string;
  warningId?: string;
}

type Trx = Kysely<Database>;

function ackSubjectOf(n: QueuedNotice): AckSubject | null {
  if (n.ack) return { type: 'briefing', id: n.ack.id, treeRole: 'manager' };
  if (n.kind === 'intake_desk') return { type: 'intake_desk', id: n.incidentId, treeRole: 'desk' };
  if (n.kind === 'intake_supervisor') return { type: 'intake_supervisor', id: n.incidentId, treeRole: null };
  return null;
}

interface Target {
  channel: string;
  channelId: string | null;
  recipient: string;
}

const outboxRow = (n: QueuedNotice, at: string, id: string, key: string, t: Target): NotificationRow => ({
  id,
  incidentId: n.incidentId,
  kind: n.kind,
  channel: t.channel,
  recipient: t.recipient,
  locale: n.locale,
  subject: n.subject,
  body: n.body,
  status: 'queued',
  attempts: 0,
  lastError: null,
  createdAt: at,
  sentAt: null,
  idempotencyKey: key,
  nextAttemptAt: at,
  lockedUntil: null,
  lockedBy: null,
  acknowledgedAt: null,
  ackTokenId: n.ackTokenId ?? null,
  channelId: t.channelId,
  warningId: n.warningId ?? null,
});

async function newAckToken(trx: Trx, n: QueuedNotice, subject: AckSubject, to: string, at: string, r: RoutingView) {
  const requestId = await ensureAckRequest(trx, n.incidentId, subject, at, r.escalation.reminderMinutes);
  return createAckToken(trx, requestId, to, at, r.escalation.ackLinkHours);
}

/** Queues one message; returns false when a drill's rules or the routing rules kept it back. */
export async function queueNotification(trx: Trx, notice: QueuedNotice, at: string): Promise<boolean> {
  if (!(await mayNotify(trx, notice.incidentId, notice.recipient))) return false;
  const n = await markIfDrill(trx, notice);
  const subject = ackSubjectOf(n);
  const routing = isRoutable(n.kind) || subject ? await readRouting(trx) : null;
  const rule = routing && isRoutable(n.kind) ? routing.rules[n.kind] : undefined;
  let queued = false;
  if (!rule || rule.email) {
    const id = newId();
    const row = outboxRow(n, at, id, id, { channel: 'email', channelId: null, recipient: n.recipient });
    if (subject && routing && !n.ackTokenId)
      row.ackTokenId = await newAckToken(trx, n, subject, n.recipient, at, routing);
    await notificationRepository.insert(trx, row);
    queued = true;
  }
  if (rule && routing) await queueCopies(trx, n, at, rule, subject, routing);
  return queued;
}

/** Every message of a drill says so, reminders and escalations included, so nobody takes it for real. */
async function markIfDrill(trx: Trx, n: QueuedNotice): Promise<QueuedNotice> {
  const incident = await incidentRepository.getById(trx, n.incidentId);
  if (incident?.isDrill !== 1 || n.subject.startsWith(DRILL_MARK[n.locale])) return n;
  return { ...n, subject: `${DRILL_MARK[n.locale]}${n.subject}`, body: `${DRILL_NOTICE[n.locale]}\n\n${n.body}` };
}

/**
 * Copies go once per action, however many people the action told: the services call this per person,
 * so each copy is keyed by (kind, incident, target, time of the action) and later calls find it queued.
 */
async function queueCopies(
  trx: Trx,
  n: QueuedNotice,
  at: string,
  rule: RoutingRule,
  subject: AckSubject | null,
  routing: RoutingView,
): Promise<void> {
  if (rule.channels.length === 0 && rule.alsoEmail.length === 0) return;
  const incident = await incidentRepository.getById(trx, n.incidentId);
  // A restricted incident's details stay with the people named on it: no channel, no standing copy.
  if (!incident || incident.restricted === 1) return;
  for (const address of rule.alsoEmail) {
    if (address.toLowerCase() === n.recipient.toLowerCase()) continue;
    if (!(await mayNotify(trx, n.incidentId, address))) continue;
    const target = { channel: 'email', channelId: null, recipient: address };
    const inserted = await queueCopy(trx, n, at, target, DEFAULT_LOCALE);
    if (inserted && subject)
      await outboxRepository.setAckToken(trx, inserted, await newAckToken(trx, n, subject, address, at, routing));
  }
  for (const channelId of rule.channels) {
    const channel = await channelRepository.get(trx, channelId);
    if (channel?.enabled !== 1) continue;
    // A chat channel is nobody's address, so a drill never posts there.
    if (!(await mayNotify(trx, n.incidentId, `chat:${channel.id}`))) continue;
    const target = { channel: channel.type, channelId: channel.id, recipient: channel.name };
    await queueCopy(trx, n, at, target, channel.locale as Locale);
  }
}

/** Returns the new row's id, or null when this action's copy was already queued. */
async function queueCopy(trx: Trx, n: QueuedNotice, at: string, t: Target, preferred: Locale) {
  const key = `copy-${sha256Hex([n.kind, n.incidentId, t.channelId ?? t.recipient.toLowerCase(), at].join('|')).slice(0, 40)}`;
  const id = newId();
  if (await notificationRepository.insert(trx, { ...outboxRow(n, at, id, key, t), ackTokenId: null })) return id;
  // The first person's language came first; the copy switches to the target's language once it comes by.
  if (n.locale === preferred)
    await outboxRepository.preferText(trx, key, { locale: n.locale, subject: n.subject, body: n.body });
  return null;
}
