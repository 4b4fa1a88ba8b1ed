/**
 * Appends several events to the tamper-evident timeline under one lock of the chain head: the same
 * chain appendEvent (timeline.ts) builds, one event after the other, for callers that record many
 * things in one transaction. Must run inside the transaction of the changes it records.
 */
import type { Kysely } from 'kysely';
import { hashEvent } from '../domain/hash-chain.js';
import type { DialectCapabilities } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import { timelineRepository } from '../store/timeline.repository.js';
import { timelineBatchRepository } from '../store/timeline-batch.repository.js';
import { type Actor, actorId, actorLabel } from './context.js';

export interface NewEvent {
  incidentId: string | null;
  at: string;
  actor: Actor;
  type: string;
  data: Record<string, unknown>;
}

export async function appendEvents(
  trx: Kysely<Database>,
  caps: DialectCapabilities,
  events: NewEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const head = await timelineRepository.lockHead(trx, caps);
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const rows = events.map((e) => {
    seq += 1;
    const event = {
      seq,
      incidentId: e.incidentId,
      at: e.at,
      actorId: actorId(e.actor),
      actorLabel: actorLabel(e.actor),
      type: e.type,
      data: e.data,
    };
    const hash = hashEvent(event, prevHash);
    const row = { ...event, data: JSON.stringify(e.data), prevHash, hash };
    prevHash = hash;
    return row;
  });
  await timelineBatchRepository.insertMany(trx, rows);
}
