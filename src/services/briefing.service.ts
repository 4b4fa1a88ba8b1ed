/** Step 3: the early report to management, its acknowledgements and management's decisions. */

import type { Kysely } from 'kysely';
import { checklistFor, localizeItem } from '../content/checklists.js';
import { notificationText } from '../content/messages.js';
import { assembleBriefing } from '../domain/briefing.js';
import { isoNow } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import type { IncidentDetail } from '../shared/api-types.js';
import type { RecordDecisionInput, SendBriefingInput } from '../shared/incident-schemas.js';
import type { Locale } from '../shared/limits.js';
import { type IncidentRow, incidentRepository } from '../store/incidents.repository.js';
import type { Database } from '../store/schema.js';
import { briefingRepository, checklistRepository, decisionRepository } from '../store/steps.repository.js';
import { userRepository } from '../store/users.repository.js';
import { requireIncidentPermission } from './access.js';
import { actorLabel, baseUrl, type ServiceContext, type UserActor } from './context.js';
import { errors } from './errors.js';
import { mutateIncident, statusAfter } from './incident-mutation.js';
import { parseDetermination, parseFacts, parseTypes } from './incident-view.js';
import { queueNotification } from './notifications.js';

/** Titles of the containment steps already done, in the reader's language. */
export async function actionsTaken(db: Kysely<Database>, row: IncidentRow, locale: Locale): Promise<string[]> {
  const done = new Set(
    (await checklistRepository.listForIncident(db, row.id)).filter((c) => c.state === 'done').map((c) => c.itemKey),
  );
  const items = checklistFor(parseTypes(row))
    .filter((i) => done.has(i.key))
    .map((i) => localizeItem(i, locale).title);
  return row.reportAlreadyDone ? [row.reportAlreadyDone, ...items] : items;
}

/** Follow-ups are numbered (second report, third report…) so managers see what is new. */
const nextBriefingNumber = async (db: Kysely<Database>, incidentId: string): Promise<number> =>
  (await briefingRepository.listForIncident(db, incidentId)).length + 1;

async function assemble(
  db: Kysely<Database>,
  row: IncidentRow,
  input: SendBriefingInput,
  locale: Locale,
  now: string,
  briefingNumber: number,
) {
  const determination = parseDetermination(row);
  const taken = await actionsTaken(db, row, locale);
  return assembleBriefing(
    {
      incidentId: row.id,
      title: row.title,
      types: parseTypes(row),
      status: row.status as IncidentDetail['status'],
      facts: parseFacts(row),
      reportSummary: row.reportWhat,
      actionsTaken: input.actionsTaken ? [...taken, input.actionsTaken] : taken,
      decisionsNeeded: input.decisionsNeeded,
      nextUpdateAt: input.nextUpdateAt ?? null,
      determination: determination ? { verdict: determination.verdict, urgency: determination.urgency } : null,
      now,
      briefingNumber,
    },
    locale,
  );
}

export async function draftBriefing(ctx: ServiceContext, actor: UserActor, id: string, input: SendBriefingInput) {
  const row = await requireIncidentPermission(ctx.store.db, actor, id, 'brief');
  return assemble(
    ctx.store.db,
    row,
    input,
    actor.locale,
    isoNow(ctx.clock),
    await nextBriefingNumber(ctx.store.db, id),
  );
}

/** Sendable at any moment, before the facts are complete: the guide asks for an early report. */
export function sendBriefing(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: SendBriefingInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'brief' }, async (trx, row, at) => {
    const briefingId = newId();
    // Counted once, before this briefing is stored, so every language version carries the same number.
    const number = await nextBriefingNumber(trx, id);
    const text = await assemble(trx, row, input, actor.locale, at, number);
    await briefingRepository.insert(trx, {
      id: briefingId,
      incidentId: id,
      subject: text.subject,
      body: text.body,
      nextUpdateAt: input.nextUpdateAt ?? null,
      sentBy: actorLabel(actor),
      sentAt: at,
    });
    // A restricted incident is briefed only to the managers named on it.
    const named =
      row.restricted === 1 ? new Set((await incidentRepository.accessList(trx, id)).map((a) => a.userId)) : null;
    const managers = (await userRepository.listByRole(trx, ['manager'])).filter((m) => !named || named.has(m.id));
    for (const m of managers) {
      const locale = m.locale as Locale;
      const mine = locale === actor.locale ? text : await assemble(trx, row, input, locale, at, number);
      const mail = notificationText(locale, 'briefing_managers', { ...mine, link: `${baseUrl(ctx)}/incidents/${id}` });
      await queueNotification(
        trx,
        {
          incidentId: id,
          kind: 'briefing',
          recipient: m.email,
          locale,
          ...mail,
          ack: { type: 'briefing', id: briefingId },
        },
        at,
      );
    }
    return {
      patch: { status: statusAfter(row, { type: 'work_recorded' }) },
      event: { type: 'briefing.sent', data: { briefingId, recipients: managers.length } },
    };
  });
}

export function acknowledgeBriefing(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  briefingId: string,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'acknowledge' }, async (trx, _row, at) => {
    if (!(await briefingRepository.get(trx, id, briefingId))) throw errors.notFound();
    const first = await briefingRepository.acknowledge(trx, { briefingId, userId: actor.id, at });
    return { event: { type: first ? 'briefing.acknowledged' : 'briefing.acknowledged_again', data: { briefingId } } };
  });
}

export function recordDecision(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: RecordDecisionInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'decide' }, async (trx, _row, at) => {
    const decisionId = newId();
    await decisionRepository.insert(trx, {
      id: decisionId,
      incidentId: id,
      topic: input.topic,
      decision: input.decision,
      reason: input.reason ?? null,
      decidedBy: actorLabel(actor),
      decidedAt: at,
    });
    return { event: { type: 'decision.recorded', data: { decisionId, ...input } } };
  });
}
