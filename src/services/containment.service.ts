/** Step 4: the containment checklist and the department spread check. */
import { checklistFor } from '../content/checklists.js';
import type { IncidentDetail } from '../shared/api-types.js';
import type { ChecklistItemInput, SpreadCheckInput } from '../shared/incident-schemas.js';
import { checklistRepository, spreadRepository } from '../store/steps.repository.js';
import { actorLabel, type ServiceContext, type UserActor } from './context.js';
import { errors } from './errors.js';
import { mutateIncident, statusAfter } from './incident-mutation.js';
import { parseTypes } from './incident-view.js';

export function updateChecklistItem(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  itemKey: string,
  input: ChecklistItemInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'edit' }, async (trx, row, at) => {
    const items = checklistFor(parseTypes(row));
    if (!items.some((i) => i.key === itemKey)) throw errors.notFound();
    await checklistRepository.upsert(trx, {
      incidentId: id,
      itemKey,
      state: input.state,
      note: input.note ?? null,
      updatedBy: actorLabel(actor),
      updatedAt: at,
    });
    const states = new Map((await checklistRepository.listForIncident(trx, id)).map((c) => [c.itemKey, c.state]));
    const allSettled = items.every((i) => {
      const s = states.get(i.key);
      return s === 'done' || s === 'not_applicable';
    });
    const worked = { ...row, status: statusAfter(row, { type: 'work_recorded' }) };
    const status = statusAfter(worked, { type: allSettled ? 'containment_complete' : 'containment_reopened' });
    return { patch: { status }, event: { type: 'checklist.updated', data: { itemKey, ...input } } };
  });
}

export function recordSpreadCheck(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: SpreadCheckInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'edit' }, async (trx, row, at) => {
    await spreadRepository.upsert(trx, {
      incidentId: id,
      department: input.department,
      state: input.state,
      note: input.note ?? null,
      checkedBy: actorLabel(actor),
      checkedAt: at,
    });
    return {
      patch: { status: statusAfter(row, { type: 'work_recorded' }) },
      event: { type: 'spread.checked', data: { ...input } },
    };
  });
}
