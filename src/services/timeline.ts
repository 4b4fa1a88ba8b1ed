/**
 * Appends to the tamper-evident timeline. Must run inside the same transaction as the change it records,
 * so that a change and its record are stored together or not at all.
 */
import type { Kysely } from 'kysely';
import { hashEvent } from '../domain/hash-chain.js';
import type { DialectCapabilities } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import { timelineRepository } from '../store/timeline.repository.js';
import { type Actor, actorId, actorLabel } from './context.js';

export async function appendEvent(
  trx: Kysely<Database>,
  caps: DialectCapabilities,
  e: { incidentId: string | null; at: string; actor: Actor; type: string; data: Record<string, unknown> },
): Promise<void> {
  const head = await timelineRepository.lockHead(trx, caps);
  const event = {
    seq: Number(head.seq) + 1,
    incidentId: e.incidentId,
    at: e.at,
    actorId: actorId(e.actor),
    actorLabel: actorLabel(e.actor),
    type: e.type,
    data: e.data,
  };
  const hash = hashEvent(event, head.hash);
  await timelineRepository.insert(trx, { ...event, data: JSON.stringify(e.data), prevHash: head.hash, hash });
}
