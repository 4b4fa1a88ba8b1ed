/** Reading incidents, editing their title, types and restriction, recording facts (step 2), closing. */
import type { z } from 'zod';
import type { IncidentDetail, IncidentSummary } from '../shared/api-types.js';
import type { closeInput, RecordFactsInput, UpdateIncidentInput } from '../shared/incident-schemas.js';
import { incidentRepository } from '../store/incidents.repository.js';
import { userRepository } from '../store/users.repository.js';
import { hasPermission } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { mutateIncident, statusAfter } from './incident-mutation.js';
import { parseFacts, toSummary } from './incident-view.js';

export async function listIncidents(ctx: ServiceContext, actor: UserActor): Promise<IncidentSummary[]> {
  const rows = await incidentRepository.listVisible(
    ctx.store.db,
    actor.id,
    actor.role === 'reporter' ? actor.id : null,
  );
  return rows.map(toSummary);
}

export function updateIncident(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: UpdateIncidentInput,
): Promise<IncidentDetail> {
  // Restricting is open to managers too (a case touching an executive); other edits are the desk's.
  const onlyRestriction = input.title === undefined && input.types === undefined;
  const permission = onlyRestriction && input.restrictedTo !== undefined ? 'restrict' : 'edit';
  if (input.restrictedTo !== undefined && !hasPermission(actor.role, 'restrict')) throw errors.forbidden();
  return mutateIncident(ctx, actor, id, { permission, version: input.version }, async (trx) => {
    const patch: Record<string, unknown> = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.types !== undefined) patch.types = JSON.stringify(input.types);
    if (input.restrictedTo !== undefined) {
      if (input.restrictedTo === null) {
        patch.restricted = 0;
        await incidentRepository.replaceAccess(trx, id, []);
      } else {
        // Whoever restricts keeps access, so nobody locks themselves out by mistake.
        const ids = [...new Set([...input.restrictedTo, actor.id])];
        const found = await userRepository.listByIds(trx, ids);
        if (found.length !== ids.length) throw errors.invalidInput({ restrictedTo: 'unknown user' });
        patch.restricted = 1;
        await incidentRepository.replaceAccess(trx, id, ids);
      }
    }
    return {
      patch,
      event: {
        type: 'incident.updated',
        data: {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.types !== undefined && { types: input.types }),
          ...(input.restrictedTo !== undefined && { restrictedTo: input.restrictedTo }),
        },
      },
    };
  });
}

/** Facts sent replace the same facts stored; facts not sent stay as they were. */
export function recordFacts(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: RecordFactsInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'edit', version: input.version }, async (_trx, row) => {
    const facts = { ...parseFacts(row), ...input.facts };
    return {
      patch: { facts: JSON.stringify(facts), status: statusAfter(row, { type: 'work_recorded' }) },
      event: { type: 'facts.recorded', data: { facts: input.facts } },
    };
  });
}

export function closeIncident(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: z.infer<typeof closeInput>,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'close', version: input.version }, async (_trx, row, at) => ({
    patch: { status: statusAfter(row, { type: 'closed' }), closedAt: at },
    event: { type: 'incident.closed', data: { reason: input.reason ?? null } },
  }));
}
