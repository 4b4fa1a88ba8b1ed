/**
 * Reminders and escalation for what has not been acknowledged: after `reminderMinutes` the same people
 * get the message again (with the same link); after each further `escalateMinutes` the next person in
 * the contact tree gets it, with the tree's phone numbers so they can also call. A briefing counts as
 * acknowledged as soon as one manager has acknowledged it, by link or on the incident page.
 */
import type { Kysely } from 'kysely';
import { notificationText } from '../content/messages.js';
import { formatDateTime } from '../domain/format.js';
import type { Contact, TreeRole } from '../shared/channel-schemas.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/limits.js';
import { type AckRequestRow, ackRepository } from '../store/acknowledgements.repository.js';
import { type IncidentRow, incidentRepository } from '../store/incidents.repository.js';
import type { Database } from '../store/schema.js';
import { briefingRepository } from '../store/steps.repository.js';
import { userRepository } from '../store/users.repository.js';
import { createAckToken } from './acknowledgement.service.js';
import { readContactTree } from './contact-tree.service.js';
import { type AnonymousActor, baseUrl, type ServiceContext } from './context.js';
import { isClosed } from './incident-mutation.js';
import { queueNotification } from './notifications.js';
import { readRouting } from './routing.service.js';
import { appendEvent } from './timeline.js';

type Trx = Kysely<Database>;
const MINUTE = 60_000;
export const NOTIFIER: AnonymousActor = { kind: 'anonymous', label: 'notification worker' };

/** Works through the requests whose reminder or escalation is due; returns how many it looked at. */
export async function runEscalations(ctx: ServiceContext, c: { now: Date; leaseMs: number; limit: number }) {
  const due = await ackRepository.claimDue(ctx.store.db, ctx.store.caps, {
    now: c.now.toISOString(),
    leaseUntil: new Date(c.now.getTime() + c.leaseMs).toISOString(),
    limit: c.limit,
  });
  for (const request of due) {
    try {
      await ctx.store.db.transaction().execute((trx) => step(ctx, trx, request, c.now));
    } catch (err) {
      // The lease runs out and the next round tries again.
      ctx.log.warn({ err, requestId: request.id }, 'escalation step failed');
    }
  }
  return due.length;
}

const localeOf = async (trx: Trx, email: string): Promise<Locale> =>
  ((await userRepository.getByEmail(trx, email))?.locale as Locale | undefined) ?? DEFAULT_LOCALE;

const contactLine = (c: Contact): string => `- ${[c.name, c.phone, c.email].filter(Boolean).join('  ')}`;

async function step(ctx: ServiceContext, trx: Trx, req: AckRequestRow, now: Date): Promise<void> {
  const at = now.toISOString();
  const finish = async (patch: Partial<AckRequestRow>): Promise<void> => {
    await ackRepository.updateRequest(trx, req.id, { ...patch, lockedUntil: null });
  };
  const incident = await incidentRepository.getById(trx, req.incidentId);
  if (!incident || isClosed(incident)) return finish({ nextCheckAt: null });
  if (req.subjectType === 'briefing') {
    const [first] = (await briefingRepository.acksForIncident(trx, req.incidentId)).filter(
      (a) => a.briefingId === req.subjectId,
    );
    if (first) {
      await ackRepository.markAcknowledged(trx, req.id, first.at, first.name);
      return finish({});
    }
  }
  // The desk has picked a report up once work on it is recorded, link or no link.
  if (req.subjectType === 'intake_desk' && incident.status !== 'new') {
    await ackRepository.markAcknowledged(trx, req.id, at, 'work on the incident started');
    return finish({});
  }
  const routing = await readRouting(trx);
  const later = (minutes: number) => new Date(now.getTime() + minutes * MINUTE).toISOString();
  const tokens = await ackRepository.tokensForRequest(trx, req.id);
  const base = req.subjectType === 'briefing' ? 'briefing' : 'intake';
  const event = (type: string, data: Record<string, unknown>) =>
    appendEvent(trx, ctx.store.caps, {
      incidentId: req.incidentId,
      at,
      actor: NOTIFIER,
      type,
      data: { subjectType: req.subjectType, subjectId: req.subjectId, ...data },
    });

  if (!req.remindedAt) {
    let reminded = 0;
    for (const t of tokens) {
      const locale = await localeOf(trx, t.recipient);
      const text = await reminderText(ctx, trx, req, incident, locale);
      const notice = { incidentId: req.incidentId, recipient: t.recipient, locale, ...text, ackTokenId: t.id };
      if (await queueNotification(trx, { ...notice, kind: `${base}_reminder` }, at)) reminded += 1;
    }
    await event('notification.reminder_queued', { recipients: reminded });
    return finish({ remindedAt: at, nextCheckAt: later(routing.escalation.escalateMinutes) });
  }

  const tree = req.treeRole ? (await readContactTree(trx))[req.treeRole as TreeRole] : [];
  const told = new Set(tokens.map((t) => t.recipient.toLowerCase()));
  let level = req.escalationLevel;
  let next: (Contact & { email: string }) | undefined;
  while (!next && level < tree.length) {
    const c = tree[level];
    level += 1;
    if (c?.email && !told.has(c.email.toLowerCase())) next = { ...c, email: c.email };
  }
  if (!next) {
    await event('notification.escalation_exhausted', { level });
    return finish({ escalationLevel: level, nextCheckAt: null });
  }
  const locale = await localeOf(trx, next.email);
  const tokenId = await createAckToken(trx, req.id, next.email, at, routing.escalation.ackLinkHours);
  const params = {
    incidentId: req.incidentId,
    minutes: Math.round((now.getTime() - Date.parse(req.createdAt)) / MINUTE),
    notified: [...told].map((r) => `- ${r}`).join('\n') || '-',
    contacts: tree.map(contactLine).join('\n') || '-',
    link: `${baseUrl(ctx)}/incidents/${req.incidentId}`,
  };
  const text =
    base === 'briefing'
      ? notificationText(locale, 'briefing_escalation', {
          ...params,
          sentAt: formatDateTime((await briefingSentAt(trx, req)) ?? req.createdAt, locale),
        })
      : notificationText(locale, 'intake_escalation', {
          ...params,
          where: incident.reportWhere,
          reportedAt: formatDateTime(incident.reportedAt, locale),
        });
  await queueNotification(
    trx,
    {
      incidentId: req.incidentId,
      kind: `${base}_escalation`,
      recipient: next.email,
      locale,
      ...text,
      ackTokenId: tokenId,
    },
    at,
  );
  await event('notification.escalated', { level, to: next.name, email: next.email, phone: next.phone ?? null });
  return finish({ escalationLevel: level, nextCheckAt: later(routing.escalation.escalateMinutes) });
}

const briefingSentAt = async (trx: Trx, req: AckRequestRow) =>
  (await briefingRepository.get(trx, req.incidentId, req.subjectId))?.sentAt;

async function reminderText(ctx: ServiceContext, trx: Trx, req: AckRequestRow, incident: IncidentRow, locale: Locale) {
  const link = `${baseUrl(ctx)}/incidents/${req.incidentId}`;
  if (req.subjectType === 'briefing') {
    const briefing = await briefingRepository.get(trx, req.incidentId, req.subjectId);
    return notificationText(locale, 'briefing_reminder', {
      subject: briefing?.subject ?? req.incidentId,
      sentAt: formatDateTime(briefing?.sentAt ?? req.createdAt, locale),
      link,
    });
  }
  return notificationText(locale, 'intake_reminder', {
    incidentId: req.incidentId,
    where: incident.reportWhere,
    reportedAt: formatDateTime(incident.reportedAt, locale),
    link,
  });
}
