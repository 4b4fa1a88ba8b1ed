/**
 * Step 1: anyone reports a suspicion. The incident gets its number, the report is kept as received,
 * and the reporter's supervisor and the response desk are notified at once.
 */

import { type NotificationKind, notificationText } from '../content/messages.js';
import { formatDateTime } from '../domain/format.js';
import { suggestTypes, typesFromSuggestions } from '../domain/suggest-types.js';
import { finderAddress } from '../lib/email.js';
import type { ReportReceipt } from '../shared/api-types.js';
import type { Facts, ReportInput } from '../shared/incident-schemas.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/limits.js';
import { drillRepository } from '../store/drills.repository.js';
import { incidentRepository } from '../store/incidents.repository.js';
import { userRepository } from '../store/users.repository.js';
import { type Actor, baseUrl, type ServiceContext } from './context.js';
import { queueNotification } from './notifications.js';
import { typeKeywords } from './playbook.service.js';
import { readSettings } from './settings.service.js';
import { appendEvent } from './timeline.js';

const TITLE_LENGTH = 60;

type IntakeKind = Extract<NotificationKind, 'intake_supervisor' | 'intake_desk' | 'intake_receipt'>;

export const incidentNumber = (year: number, n: number): string => `INC-${year}-${String(n).padStart(4, '0')}`;

const titleFrom = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > TITLE_LENGTH ? `${oneLine.slice(0, TITLE_LENGTH - 1)}…` : oneLine;
};

/** What the reporter already told us becomes the first answers of step 2, for the desk to confirm. */
function factsFromReport(input: ReportInput): Facts {
  const facts: Facts = {
    whatHappened: { known: true, value: input.whatHappened },
    foundWhere: { known: true, value: input.where },
  };
  // The name, not the contact: "ext. 1234" says how to reach the finder, not who they are.
  if (input.reporterName) facts.foundBy = { known: true, value: input.reporterName };
  if (input.whyAbnormal) facts.whyAbnormal = { known: true, value: input.whyAbnormal };
  return facts;
}

/** A drill goes through this same path, so its intake notices are queued for (and only for) its participants. */
export interface DrillReportOptions {
  scenario: string;
  title: string;
  /** Lower-case addresses; stored before any notice is queued, since mayNotify reads them. */
  participants: string[];
}

export async function fileReport(
  ctx: ServiceContext,
  actor: Actor,
  input: ReportInput,
  channel: 'public_form' | 'signed_in' | 'api',
  drill?: DrillReportOptions,
): Promise<ReportReceipt> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const settings = await readSettings(ctx);
  const reporterUser = actor.kind === 'user' ? await userRepository.getById(ctx.store.db, actor.id) : undefined;
  const supervisorEmail = input.supervisorEmail || reporterUser?.supervisorEmail || null;
  // No type picked: take it from the report's words (the desk confirms it in step 2); 'unknown' if nothing matches.
  const types =
    input.types && input.types.length > 0
      ? input.types
      : typesFromSuggestions(
          suggestTypes(
            [input.whatHappened, input.where, input.whyAbnormal, input.alreadyDone],
            await typeKeywords(ctx.store.db),
          ),
        );

  const incidentId = await ctx.store.db.transaction().execute(async (trx) => {
    const id = incidentNumber(now.getFullYear(), await incidentRepository.nextNumber(trx, now.getFullYear()));
    await incidentRepository.insert(trx, {
      id,
      title: drill?.title ?? titleFrom(input.whatHappened),
      types: JSON.stringify(types),
      status: 'new',
      urgency: null,
      channel,
      reporterUserId: reporterUser?.id ?? null,
      reporterName: input.reporterName || reporterUser?.name || null,
      reporterContact: input.contact,
      reporterDepartment: input.department || reporterUser?.department || null,
      reporterSupervisorEmail: supervisorEmail,
      reportWhat: input.whatHappened,
      reportWhere: input.where,
      reportNoticedAt: input.noticedAt || null,
      reportWhy: input.whyAbnormal || null,
      reportAlreadyDone: input.alreadyDone || null,
      facts: JSON.stringify(factsFromReport(input)),
      determination: null,
      handover: null,
      restricted: 0,
      version: 1,
      reportedAt: at,
      updatedAt: at,
      closedAt: null,
      isDrill: drill ? 1 : 0,
      drillScenario: drill?.scenario ?? null,
    });
    if (drill) await drillRepository.addParticipants(trx, id, drill.participants);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: id,
      at,
      actor,
      type: 'incident.reported',
      data: { channel, types, ...(drill && { drill: drill.scenario }) },
    });

    const reporter = [
      input.reporterName || reporterUser?.name || input.contact,
      input.department || reporterUser?.department,
    ]
      .filter(Boolean)
      .join(' / ');
    const link = `${baseUrl(ctx)}/incidents/${id}`;
    const notices: { kind: IntakeKind; recipient: string; locale: Locale }[] = [];
    if (supervisorEmail)
      notices.push({ kind: 'intake_supervisor', recipient: supervisorEmail, locale: DEFAULT_LOCALE });
    // The guide: the designated desk; where none is designated, the IT or management department.
    const desk = settings.desk?.email ? settings.desk : settings.fallbackDesk;
    if (desk?.email) notices.push({ kind: 'intake_desk', recipient: desk.email, locale: DEFAULT_LOCALE });
    else {
      // Nobody designated yet: tell every responder and admin rather than nobody.
      for (const u of await userRepository.listByRole(trx, ['responder', 'admin']))
        notices.push({ kind: 'intake_desk', recipient: u.email, locale: u.locale as Locale });
    }
    const receiptTo = finderAddress(reporterUser?.email, input.contact);
    if (receiptTo)
      notices.push({
        kind: 'intake_receipt',
        recipient: receiptTo,
        locale: (reporterUser?.locale as Locale) ?? DEFAULT_LOCALE,
      });
    for (const n of notices) {
      const params = {
        incidentId: id,
        reporter,
        contact: input.contact,
        where: input.where,
        whatHappened: input.whatHappened,
        reportedAt: formatDateTime(at, n.locale),
        link,
      };
      await queueNotification(
        trx,
        {
          incidentId: id,
          kind: n.kind,
          recipient: n.recipient,
          locale: n.locale,
          // queueNotification marks a drill's notices (【訓練】/ [DRILL]) and keeps them within its participants.
          ...notificationText(n.locale, n.kind, params),
        },
        at,
      );
    }
    return id;
  });
  ctx.log.info({ incidentId, channel }, 'report received');
  const desk = settings.desk ?? settings.fallbackDesk;
  return {
    incidentId,
    reportedAt: at,
    desk: desk ? { name: desk.name, phone: desk.phone || null, email: desk.email || null } : null,
  };
}
