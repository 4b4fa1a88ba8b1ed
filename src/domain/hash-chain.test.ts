import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChainEvent,
  canonicalJson,
  GENESIS_HASH,
  hashEvent,
  type StoredChainEvent,
  verifyChain,
} from './hash-chain.js';

function buildChain(n: number): StoredChainEvent[] {
  const out: StoredChainEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const event: ChainEvent = {
      seq,
      incidentId: seq % 2 ? 'INC-2026-0001' : null,
      at: `2026-01-05T09:${String(seq).padStart(2, '0')}:00.000Z`,
      actorId: seq === 1 ? null : 'u1',
      actorLabel: seq === 1 ? 'public form' : 'Sato',
      type: `event.${seq}`,
      data: { n: seq, nested: { b: [1, { y: 2, x: 1 }], a: 'あ' } },
    };
    const hash = hashEvent(event, prevHash);
    out.push({ ...event, prevHash, hash });
    prevHash = hash;
  }
  return out;
}

const headOf = (events: StoredChainEvent[]) => {
  const last = events.at(-1);
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
};
const kinds = (breaks: { kind: string }[]) => breaks.map((b) => b.kind);
const at = <T>(list: T[], i: number): T => {
  const v = list[i];
  if (v === undefined) throw new Error(`no element ${i}`);
  return v;
};

describe('canonicalJson', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text for objects built in different orders', () => {
    expect(canonicalJson({ x: 1, y: { p: true, q: 'q' } })).toBe(canonicalJson({ y: { q: 'q', p: true }, x: 1 }));
  });

  it('matches a JSON round trip, dropping undefined properties like JSON does', () => {
    const value = { a: undefined, b: [undefined, 1], c: 'テスト "quoted"\n' };
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
    expect(canonicalJson(value)).toBe('{"b":[null,1],"c":"テスト \\"quoted\\"\\n"}');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});

describe('hashEvent', () => {
  const event: ChainEvent = {
    seq: 1,
    incidentId: null,
    at: '2026-01-05T00:00:00.000Z',
    actorId: null,
    actorLabel: 'system',
    type: 'settings.updated',
    data: { orgName: 'Acme' },
  };

  it('is the sha256 of the canonical event with its prevHash', () => {
    const expected = createHash('sha256')
      .update(canonicalJson({ ...event, prevHash: GENESIS_HASH }))
      .digest('hex');
    expect(hashEvent(event, GENESIS_HASH)).toBe(expected);
    expect(hashEvent(event, GENESIS_HASH)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the content and with the previous hash', () => {
    const base = hashEvent(event, GENESIS_HASH);
    expect(hashEvent({ ...event, data: { orgName: 'Acme.' } }, GENESIS_HASH)).not.toBe(base);
    expect(hashEvent({ ...event, actorLabel: 'someone' }, GENESIS_HASH)).not.toBe(base);
    expect(hashEvent(event, 'f'.repeat(64))).not.toBe(base);
  });

  it('ignores fields outside the event, such as a stored hash', () => {
    const stored = { ...event, prevHash: 'x', hash: 'y', extra: 1 };
    expect(hashEvent(stored, GENESIS_HASH)).toBe(hashEvent(event, GENESIS_HASH));
  });

  it('survives a store round trip of the data', () => {
    const roundTripped = { ...event, data: JSON.parse(JSON.stringify(event.data)) };
    expect(hashEvent(roundTripped, GENESIS_HASH)).toBe(hashEvent(event, GENESIS_HASH));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, an empty one, and a chain checked in pages', () => {
    const events = buildChain(6);
    expect(verifyChain(events, headOf(events))).toEqual([]);
    expect(verifyChain([], { seq: 0, hash: GENESIS_HASH })).toEqual([]);
    const page1 = events.slice(0, 3);
    const page2 = events.slice(3);
    expect(verifyChain(page1, null)).toEqual([]);
    const last = at(page1, 2);
    expect(verifyChain(page2, headOf(events), { seq: last.seq, hash: last.hash })).toEqual([]);
  });

  it('detects an event whose content was changed', () => {
    const events = buildChain(5);
    const head = headOf(events);
    const changed = events.map((e) => (e.seq === 3 ? { ...e, data: { ...e.data, n: 999 } } : e));
    const breaks = verifyChain(changed, head);
    expect(breaks).toEqual([expect.objectContaining({ seq: 3, kind: 'altered' })]);
  });

  it('detects a changed event whose hash was recomputed, at the next link', () => {
    const events = buildChain(5);
    const head = headOf(events);
    const target = at(events, 2);
    const forged = { ...target, actorLabel: 'someone else' };
    forged.hash = hashEvent(forged, forged.prevHash);
    const breaks = verifyChain(
      events.map((e) => (e.seq === 3 ? forged : e)),
      head,
    );
    expect(breaks).toEqual([expect.objectContaining({ seq: 4, kind: 'broken_link' })]);
  });

  it('detects an event deleted in the middle', () => {
    const events = buildChain(5);
    const breaks = verifyChain(
      events.filter((e) => e.seq !== 3),
      headOf(events),
    );
    expect(breaks).toEqual([expect.objectContaining({ seq: 4, kind: 'missing' })]);
  });

  it('detects a deleted first event', () => {
    const events = buildChain(3);
    expect(kinds(verifyChain(events.slice(1), headOf(events)))).toEqual(['missing']);
  });

  it('detects a deletion hidden by renumbering the later events', () => {
    const events = buildChain(5);
    const renumbered = events.filter((e) => e.seq !== 3).map((e) => (e.seq > 3 ? { ...e, seq: e.seq - 1 } : e));
    const breaks = verifyChain(renumbered, { seq: 4, hash: at(renumbered, 3).hash });
    expect(kinds(breaks)).toContain('altered');
    expect(kinds(breaks)).toContain('broken_link');
  });

  it('detects events listed out of order', () => {
    const events = buildChain(5);
    const swapped = [at(events, 0), at(events, 2), at(events, 1), at(events, 3), at(events, 4)];
    const breaks = verifyChain(swapped, headOf(events));
    expect(breaks.length).toBeGreaterThan(0);
    expect(new Set(kinds(breaks))).toEqual(new Set(['reordered']));
  });

  it('detects two events whose seq numbers were swapped', () => {
    const events = buildChain(5);
    const e2 = at(events, 1);
    const e3 = at(events, 2);
    const swapped = [at(events, 0), { ...e3, seq: 2 }, { ...e2, seq: 3 }, at(events, 3), at(events, 4)];
    const breaks = verifyChain(swapped, headOf(events));
    expect(kinds(breaks)).toContain('reordered');
    expect(kinds(breaks)).toContain('altered');
  });

  it('detects events deleted from the end through the head', () => {
    const events = buildChain(5);
    const breaks = verifyChain(events.slice(0, 3), headOf(events));
    expect(breaks).toEqual([expect.objectContaining({ seq: 5, kind: 'truncated' })]);
  });

  it('detects every event deleted', () => {
    const events = buildChain(2);
    expect(kinds(verifyChain([], headOf(events)))).toEqual(['truncated']);
  });

  it('detects a last event that does not match the head', () => {
    const events = buildChain(3);
    const last = at(events, 2);
    const forged = { ...last, type: 'forged' };
    forged.hash = hashEvent(forged, forged.prevHash);
    const breaks = verifyChain([...events.slice(0, 2), forged], headOf(events));
    expect(breaks).toEqual([expect.objectContaining({ seq: 3, kind: 'altered' })]);
  });

  it('detects events appended past the head', () => {
    const events = buildChain(4);
    const breaks = verifyChain(events, { seq: 3, hash: at(events, 2).hash });
    expect(breaks).toEqual([expect.objectContaining({ seq: 4, kind: 'broken_link' })]);
  });

  it('detects a page that does not continue from the one before', () => {
    const events = buildChain(6);
    const breaks = verifyChain(events.slice(4), headOf(events), { seq: 3, hash: at(events, 2).hash });
    expect(kinds(breaks)).toEqual(['missing']);
  });

  it('detects a tampered prevHash', () => {
    const events = buildChain(3);
    const tampered = events.map((e) => (e.seq === 2 ? { ...e, prevHash: 'a'.repeat(64) } : e));
    const breaks = verifyChain(tampered, headOf(events));
    expect(kinds(breaks)).toEqual(['altered', 'broken_link']);
    expect(breaks.every((b) => b.seq === 2 && b.detail.length > 0)).toBe(true);
  });
});
