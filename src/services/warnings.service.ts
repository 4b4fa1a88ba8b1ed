/**
 * Step 4 for spoofed mail: warn staff (internal lists) or customers and partners (external lists). The
 * composer starts from a template; each recipient's delivery is kept as its own outbox message.
 */
import { message, notificationText } from '../content/messages.js';
import { newId } from '../lib/ids.js';
import type { SendWarningInput, WarningAudience } from '../shared/channel-schemas.js';
import type { Locale } from '../shared/limits.js';
import type { DistributionListView, WarningView } from '../shared/notify-types.js';
import { outboxRepository } from '../store/outbox.repository.js';
import { type WarningRow, warningRepository } from '../store/warnings.repository.js';
import { requireIncidentAccess, requireIncidentPermission, requireRole, STAFF } from './access.js';
import { actorLabel, type ServiceContext, type UserActor } from './context.js';
import { readDistributionLists } from './distribution-lists.service.js';
import { errors } from './errors.js';
import { mutateIncident } from './incident-mutation.js';
import { queueNotification } from './notifications.js';
import { readSettings } from './settings.service.js';

/** Whom readers should contact: the desk with its phone and address, or the department standing in. */
async function deskLine(ctx: ServiceContext, locale: Locale): Promise<string> {
  const s = await readSettings(ctx);
  const desk = s.desk ?? s.fallbackDesk;
  if (!desk) return message(locale, 'who.it_staff');
  const reach = [desk.phone, desk.email].filter(Boolean).join(', ');
  return reach ? `${desk.name} (${reach})` : desk.name;
}

export async function draftWarning(
  ctx: ServiceContext,
  actor: UserActor,
  incidentId: string,
  q: { audience: WarningAudience; locale?: Locale },
): Promise<{ subject: string; body: string; locale: Locale; lists: DistributionListView[] }> {
  await requireIncidentPermission(ctx.store.db, actor, incidentId, 'edit');
  const locale = q.locale ?? actor.locale;
  const { orgName } = await readSettings(ctx);
  const text = notificationText(locale, `warning_${q.audience}`, {
    orgName: orgName || '-',
    desk: await deskLine(ctx, locale),
  });
  const lists = (await readDistributionLists(ctx.store.db))
    .filter((l) => l.audience === q.audience)
    .map((l) => ({ id: l.id, name: l.name, audience: l.audience, count: l.emails.length }));
  return { ...text, locale, lists };
}

export async function sendWarning(
  ctx: ServiceContext,
  actor: UserActor,
  incidentId: string,
  input: SendWarningInput,
): Promise<WarningView> {
  const lists = new Map((await readDistributionLists(ctx.store.db)).map((l) => [l.id, l]));
  const problems: Record<string, string> = {};
  input.listIds.forEach((id, i) => {
    const list = lists.get(id);
    if (!list) problems[`listIds.${i}`] = 'no such distribution list';
    else if (list.audience !== input.audience) problems[`listIds.${i}`] = `a list for ${list.audience} warnings`;
  });
  if (Object.keys(problems).length > 0) throw errors.invalidInput(problems);
  const chosen = input.listIds.map((id) => lists.get(id)).filter((l) => l !== undefined);
  const recipients = [
    ...new Set([...chosen.flatMap((l) => l.emails), ...input.extraRecipients].map((e) => e.toLowerCase())),
  ];
  if (recipients.length === 0) throw errors.invalidInput({ listIds: 'the chosen lists have no addresses' });
  const warningId = newId();
  await mutateIncident(ctx, actor, incidentId, { permission: 'edit' }, async (trx, _row, at) => {
    await warningRepository.insert(trx, {
      id: warningId,
      incidentId,
      audience: input.audience,
      locale: input.locale,
      subject: input.subject,
      body: input.body,
      lists: JSON.stringify(chosen.map((l) => ({ id: l.id, name: l.name }))),
      recipientCount: recipients.length,
      sentBy: actorLabel(actor),
      sentAt: at,
    });
    let queued = 0;
    for (const recipient of recipients) {
      const notice = { incidentId, recipient, locale: input.locale, subject: input.subject, body: input.body };
      if (await queueNotification(trx, { ...notice, kind: `warning_${input.audience}`, warningId }, at)) queued += 1;
    }
    return {
      event: {
        type: 'warning.sent',
        data: {
          warningId,
          audience: input.audience,
          lists: chosen.map((l) => l.name),
          recipients: recipients.length,
          queued,
        },
      },
    };
  });
  const view = (await listWarnings(ctx, actor, incidentId)).find((w) => w.id === warningId);
  if (!view) throw errors.notFound();
  return view;
}

async function toView(ctx: ServiceContext, w: WarningRow): Promise<WarningView> {
  const deliveries = await outboxRepository.listForWarning(ctx.store.db, w.id);
  const counts = { queued: 0, sent: 0, failed: 0 };
  for (const d of deliveries) counts[d.status as keyof typeof counts] += 1;
  return {
    id: w.id,
    audience: w.audience as WarningAudience,
    locale: w.locale as Locale,
    subject: w.subject,
    body: w.body,
    lists: JSON.parse(w.lists) as WarningView['lists'],
    sentBy: w.sentBy,
    sentAt: w.sentAt,
    counts,
    recipients: deliveries.map((d) => ({
      recipient: d.recipient,
      status: d.status as WarningView['recipients'][number]['status'],
      attempts: d.attempts,
      lastError: d.lastError,
      deliveredAt: d.sentAt,
    })),
  };
}

export async function listWarnings(ctx: ServiceContext, actor: UserActor, incidentId: string): Promise<WarningView[]> {
  // Like every incident route: whoever may not see the incident gets "not found" before anything else.
  await requireIncidentAccess(ctx.store.db, actor, incidentId);
  requireRole(actor, STAFF);
  const rows = await warningRepository.listForIncident(ctx.store.db, incidentId);
  return Promise.all(rows.map((w) => toView(ctx, w)));
}
