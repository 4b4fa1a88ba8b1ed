/**
 * The tamper-evident timeline. Each event's hash covers its content and the previous event's hash, so
 * changing, removing or reordering a stored event breaks the chain from that point on. The chain head
 * (the newest seq and hash, kept apart from the events) catches events removed from the end.
 *
 * Limit: someone able to rewrite every later event and the head as well goes unnoticed. Copies of the
 * head kept elsewhere (the printed pack, a report) are what catch that.
 */
import { createHash } from 'node:crypto';

export interface ChainEvent {
  seq: number;
  incidentId: string | null;
  at: string;
  actorId: string | null;
  actorLabel: string;
  type: string;
  data: Record<string, unknown>;
}

export type StoredChainEvent = ChainEvent & { prevHash: string; hash: string };

export interface ChainLink {
  seq: number;
  hash: string;
}

export type ChainBreakKind = 'altered' | 'broken_link' | 'reordered' | 'missing' | 'truncated';

export interface ChainBreak {
  seq: number;
  kind: ChainBreakKind;
  detail: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth, so the same content always hashes the same, whatever
 * order a database or a JSON parser hands the keys back in. Values JSON cannot hold are refused rather
 * than silently changed, because a hash over a changed value would not verify after a round trip.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
      return JSON.stringify(value);
    case 'object':
      return canonicalObject(value);
    default:
      throw new TypeError(`canonicalJson: cannot encode a ${typeof value}`);
  }
}

function canonicalObject(value: object): string {
  if (Array.isArray(value)) {
    // JSON turns a hole or undefined in an array into null; do the same so stored and fresh data agree.
    return `[${value.map((v: unknown) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
  const entries = Object.entries(value)
    // JSON.stringify drops undefined properties; so must we, or a stored event would stop verifying.
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Only the ChainEvent fields count, so passing a stored row (which also has `hash`) gives the same result. */
export function hashEvent(event: ChainEvent, prevHash: string): string {
  const { seq, incidentId, at, actorId, actorLabel, type, data } = event;
  const body = canonicalJson({ seq, incidentId, at, actorId, actorLabel, type, data, prevHash });
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * Checks events in the order given (the store lists them by seq). `after` is the last event already
 * verified, so a long history can be checked page by page; it defaults to the start of the chain. Pass
 * the stored head with the last page only, and null for the pages before it.
 */
export function verifyChain(
  events: readonly StoredChainEvent[],
  head: ChainLink | null,
  after: ChainLink = { seq: 0, hash: GENESIS_HASH },
): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  const positionOfHash = new Map(events.map((e, i) => [e.hash, i] as const));

  let prev: ChainLink = after;
  for (const [i, e] of events.entries()) {
    const recomputed = hashEvent(e, e.prevHash);
    if (recomputed !== e.hash) {
      breaks.push({ seq: e.seq, kind: 'altered', detail: `content does not match its hash (stored ${short(e.hash)})` });
    }
    const link = linkBreak(e, i, prev, positionOfHash);
    if (link) breaks.push(link);
    prev = e;
  }

  if (head) breaks.push(...headBreaks(events, head, prev));
  return breaks;
}

function linkBreak(
  e: StoredChainEvent,
  index: number,
  prev: ChainLink,
  positionOfHash: Map<string, number>,
): ChainBreak | null {
  const predecessorAt = positionOfHash.get(e.prevHash);
  if (e.seq <= prev.seq || (predecessorAt !== undefined && predecessorAt !== index - 1)) {
    return { seq: e.seq, kind: 'reordered', detail: `comes after seq ${prev.seq} but does not follow it` };
  }
  if (e.seq > prev.seq + 1) {
    const gap = e.seq - prev.seq - 1;
    return {
      seq: e.seq,
      kind: 'missing',
      detail: `${gap} event(s) missing before it (seq ${prev.seq + 1}–${e.seq - 1})`,
    };
  }
  if (e.prevHash !== prev.hash) {
    return {
      seq: e.seq,
      kind: 'broken_link',
      detail: `does not link to seq ${prev.seq} (prevHash ${short(e.prevHash)})`,
    };
  }
  return null;
}

function headBreaks(events: readonly StoredChainEvent[], head: ChainLink, last: ChainLink): ChainBreak[] {
  const maxSeq = events.reduce((m, e) => Math.max(m, e.seq), last.seq);
  if (head.seq > maxSeq) {
    return [
      {
        seq: head.seq,
        kind: 'truncated',
        detail: `the head records seq ${head.seq} but the newest event is seq ${maxSeq}: events were removed from the end`,
      },
    ];
  }
  if (head.seq < maxSeq) {
    return [
      {
        seq: maxSeq,
        kind: 'broken_link',
        detail: `events after the recorded head (seq ${head.seq}) were added outside the normal write path`,
      },
    ];
  }
  const atHead = events.find((e) => e.seq === head.seq) ?? last;
  if (atHead.hash !== head.hash) {
    return [{ seq: head.seq, kind: 'altered', detail: `the newest event does not match the recorded head` }];
  }
  return [];
}

function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}
