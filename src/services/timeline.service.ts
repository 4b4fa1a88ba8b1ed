/** Reading the timeline of an incident, and verifying the whole chain. */
import { type ChainBreak, verifyChain } from '../domain/hash-chain.js';
import type { TimelineEventView } from '../shared/api-types.js';
import { timelineRepository } from '../store/timeline.repository.js';
import { requireIncidentAccess, requireRole, STAFF } from './access.js';
import type { ServiceContext, UserActor } from './context.js';

export async function incidentTimeline(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
): Promise<TimelineEventView[]> {
  await requireIncidentAccess(ctx.store.db, actor, id);
  requireRole(actor, STAFF);
  const rows = await timelineRepository.listForIncident(ctx.store.db, id);
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actor: r.actorLabel,
    type: r.type,
    data: JSON.parse(r.data) as Record<string, unknown>,
  }));
}

/** Reads the whole chain and reports every break. */
export async function verifyTimeline(ctx: ServiceContext): Promise<{ events: number; breaks: ChainBreak[] }> {
  const all = [];
  let after = 0;
  for (;;) {
    const page = await timelineRepository.listPage(ctx.store.db, after, 1000);
    if (page.length === 0) break;
    for (const r of page) all.push({ ...r, seq: Number(r.seq), data: JSON.parse(r.data) as Record<string, unknown> });
    after = Number(page[page.length - 1]?.seq);
  }
  const head = await timelineRepository.getHead(ctx.store.db);
  return { events: all.length, breaks: verifyChain(all, head ? { seq: Number(head.seq), hash: head.hash } : null) };
}
