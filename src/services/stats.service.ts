/** GET /api/stats: counts of real incidents. Drills are exercises, so they never count. */
import {
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  type IncidentStatus,
  type IncidentType,
} from '../shared/incident-schemas.js';
import type { StatsView } from '../shared/preparation-types.js';
import { statsRepository } from '../store/stats.repository.js';
import { requireRole, STAFF } from './access.js';
import type { ServiceContext, UserActor } from './context.js';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts only incidents the caller may see, so a restricted case does not show up as a number either. */
export async function getStats(ctx: ServiceContext, actor: UserActor): Promise<StatsView> {
  requireRole(actor, STAFF);
  const rows = await statsRepository.realIncidentsVisibleTo(ctx.store.db, actor.id);
  const byStatus = zeros(INCIDENT_STATUSES);
  const byType = zeros(INCIDENT_TYPES);
  let open = 0;
  for (const r of rows) {
    const status = r.status as IncidentStatus;
    if (status in byStatus) byStatus[status] += 1;
    if (status !== 'closed') open += 1;
    for (const t of new Set(JSON.parse(r.types) as IncidentType[])) if (t in byType) byType[t] += 1;
  }
  return { open, byStatus, byType };
}
