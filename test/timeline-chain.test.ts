/** The tamper-evident timeline: intact after real activity, and each kind of tampering reported as such. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyTimeline } from '../src/services/timeline.service.js';
import { evidenceForm, reportToken } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';
import { restoreTimeline, snapshotTimeline, type TimelineSnapshot, tamper } from './support/timeline-tamper.js';

const dialects = await testDialects();

describe.each(dialects)('the timeline hash chain on %s', (dialect) => {
  let t: TestApp;
  let responder: ApiClient;
  let id: string;
  let original: TimelineSnapshot;
  let last: number;
  let middle: number;

  const breaksNow = async () => (await verifyTimeline(t.ctx)).breaks.map((b) => ({ seq: b.seq, kind: b.kind }));

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const admin = await t.signIn('admin');
    responder = await t.signIn('responder');
    const manager = await t.signIn('manager');
    await admin.put('/api/settings', { orgName: 'Example KK', departments: ['Sales', 'Accounting'] });
    const token = await reportToken(admin);
    id = (await t.anonymous().post(`/api/public/report/${token}`, buildReport({ types: ['ransomware'] }))).body
      .incidentId;
    let d = (await responder.get(`/api/incidents/${id}`)).body;
    d = (
      await responder.put(`/api/incidents/${id}/facts`, {
        version: d.version,
        facts: {
          foundAt: { known: true, value: '2026-11-27T09:00:00+09:00' },
          affectedCount: { known: true, value: 3 },
        },
      })
    ).body;
    d = (await responder.post(`/api/incidents/${id}/briefings`, { decisionsNeeded: '身代金は払わない？' })).body;
    await manager.post(`/api/incidents/${id}/briefings/${d.briefings[0].id}/ack`);
    await manager.post(`/api/incidents/${id}/decisions`, { topic: 'cost', decision: 'No ransom' });
    await responder.put(`/api/incidents/${id}/spread`, { department: 'Sales', state: 'affected' });
    d = (await responder.put(`/api/incidents/${id}/checklist/${d.checklist[0].key}`, { state: 'done', note: 'OK' }))
      .body;
    await responder.call(
      'POST',
      `/api/incidents/${id}/evidence`,
      evidenceForm(undefined, { name: 'n.txt', content: 'n' }),
    );
    d = (await responder.get(`/api/incidents/${id}`)).body;
    await responder.post(`/api/incidents/${id}/determination`, {
      version: d.version,
      verdict: 'incident',
      criteria: { operations: 'high', information: 'medium', recovery: 'high' },
      reason: 'Files encrypted',
      police: { consult: true },
    });
    original = await snapshotTimeline(t.ctx.store.db);
    last = Number(original.head.seq);
    middle = Math.floor(last / 2);
  });
  afterAll(async () => t?.close());

  it('verifies intact after real activity, with the head at the newest event', async () => {
    const result = await verifyTimeline(t.ctx);
    expect(result.breaks).toEqual([]);
    expect(result.events).toBe(original.events.length);
    expect(original.events.map((e) => Number(e.seq))).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(last).toBeGreaterThan(12);
  });

  it('serves the incident’s events in order through the API', async () => {
    const res = await responder.get(`/api/incidents/${id}/timeline`);
    expect(res.status).toBe(200);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual([
      'incident.reported',
      'facts.recorded',
      'briefing.sent',
      'briefing.acknowledged',
      'decision.recorded',
      'spread.checked',
      'checklist.updated',
      'evidence.recorded',
      'determination.recorded',
    ]);
    const seqs = res.body.events.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a: number, b: number) => a - b));
    expect(res.body.events[1].data.facts.affectedCount).toEqual({ known: true, value: 3 });
  });

  describe('after tampering in the database', () => {
    it('reports an event whose data changed as altered', async () => {
      await tamper.alterData(t.ctx.store.db, middle);
      expect(await breaksNow()).toEqual([{ seq: middle, kind: 'altered' }]);
      await restoreTimeline(t.ctx.store.db, original);
      expect(await breaksNow()).toEqual([]);
    });

    it('reports an event changed and re-hashed as a broken link at the next event', async () => {
      await tamper.alterAndRehash(t.ctx.store.db, middle);
      expect(await breaksNow()).toEqual([{ seq: middle + 1, kind: 'broken_link' }]);
      await restoreTimeline(t.ctx.store.db, original);
    });

    it('reports a deleted middle event as missing', async () => {
      await tamper.delete(t.ctx.store.db, middle);
      expect(await breaksNow()).toEqual([{ seq: middle + 1, kind: 'missing' }]);
      await restoreTimeline(t.ctx.store.db, original);
    });

    it('reports a deleted last event as truncated', async () => {
      await tamper.delete(t.ctx.store.db, last);
      expect(await breaksNow()).toEqual([{ seq: last, kind: 'truncated' }]);
      await restoreTimeline(t.ctx.store.db, original);
    });

    it('reports two events whose seq were swapped as reordered', async () => {
      await tamper.swap(t.ctx.store.db, middle, middle + 1);
      const breaks = await breaksNow();
      expect(breaks).toContainEqual({ seq: middle, kind: 'reordered' });
      expect(breaks).toContainEqual({ seq: middle + 1, kind: 'reordered' });
      expect(breaks.every((b) => b.seq >= middle && b.seq <= middle + 2)).toBe(true);
      expect(breaks.map((b) => b.kind).every((k) => k === 'reordered' || k === 'altered')).toBe(true);
      await restoreTimeline(t.ctx.store.db, original);
      expect(await breaksNow()).toEqual([]);
    });

    it('keeps appending a valid chain once restored', async () => {
      await responder.put(`/api/incidents/${id}/spread`, { department: 'Accounting', state: 'clear' });
      const result = await verifyTimeline(t.ctx);
      expect(result).toEqual({ events: original.events.length + 1, breaks: [] });
    });
  });
});
