/**
 * The one way an incident changes: in a transaction, after the access check, with the optimistic version
 * check when the change carries a version, and with its timeline event in the same transaction.
 */
import type { Kysely } from 'kysely';
import { nextStatusAfter, type StatusEvent } from '../domain/status.js';
import { isoNow } from '../lib/clock.js';
import type { IncidentDetail } from '../shared/api-types.js';
import type { IncidentStatus } from '../shared/incident-schemas.js';
import { type IncidentRow, incidentRepository } from '../store/incidents.repository.js';
import type { Database } from '../store/schema.js';
import { type Permission, requireIncidentAccess, requireIncidentPermission } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { buildIncidentDetail } from './incident-view.js';
import { appendEvent } from './timeline.js';

export interface MutationResult {
  patch?: Partial<Omit<IncidentRow, 'id' | 'version' | 'updatedAt'>>;
  event: { type: string; data: Record<string, unknown> };
}

export interface MutationOptions {
  permission: Permission;
  /** The version the user's edit was based on; omitted for changes that cannot overwrite anyone's edit. */
  version?: number;
}

const CLOSED: readonly IncidentStatus[] = ['closed', 'not_incident'];
export const isClosed = (row: IncidentRow): boolean =>
  row.closedAt !== null || CLOSED.includes(row.status as IncidentStatus);

/** The status after `event`, by the domain's rules; an event the current status does not allow is refused. */
export function statusAfter(row: IncidentRow, event: StatusEvent): IncidentStatus {
  const next = nextStatusAfter(event, row.status as IncidentStatus);
  if (next === null) throw row.status === 'closed' ? errors.incidentClosed() : errors.invalidTransition();
  return next;
}

class VersionConflict extends Error {}

export async function mutateIncident(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  opts: MutationOptions,
  change: (trx: Kysely<Database>, row: IncidentRow, at: string) => Promise<MutationResult>,
): Promise<IncidentDetail> {
  const at = isoNow(ctx.clock);
  try {
    await ctx.store.db.transaction().execute(async (trx) => {
      await incidentRepository.lock(trx, ctx.store.caps, id);
      const row = await requireIncidentPermission(trx, actor, id, opts.permission);
      if (isClosed(row)) throw errors.incidentClosed();
      if (opts.version !== undefined && opts.version !== row.version) throw new VersionConflict();
      const result = await change(trx, row, at);
      const patch = { ...result.patch, updatedAt: at };
      if (opts.version !== undefined) {
        if (!(await incidentRepository.updateIfVersion(trx, id, opts.version, patch))) throw new VersionConflict();
      } else {
        await incidentRepository.updateUnversioned(trx, id, patch);
      }
      await appendEvent(trx, ctx.store.caps, {
        incidentId: id,
        at,
        actor,
        type: result.event.type,
        data: result.event.data,
      });
    });
  } catch (e) {
    if (e instanceof VersionConflict) throw errors.versionConflict(await getIncidentDetail(ctx, actor, id));
    throw e;
  }
  return getIncidentDetail(ctx, actor, id);
}

export async function getIncidentDetail(ctx: ServiceContext, actor: UserActor, id: string): Promise<IncidentDetail> {
  const row = await requireIncidentAccess(ctx.store.db, actor, id);
  return buildIncidentDetail(ctx.store.db, actor, row);
}
