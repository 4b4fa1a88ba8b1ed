/**
 * Optimistic locking: of two people editing the same version, the first save wins and the second gets
 * 409 incident_version_conflict with the incident as it now is; nothing of the second is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentRow, timelineTypes } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

describe.each(dialects)('version conflicts on %s', (dialect) => {
  let t: TestApp;
  let first: ApiClient;
  let second: ApiClient;
  let vendorId: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await t.signIn('admin');
    first = await t.signIn('responder');
    second = await t.signIn('responder');
    vendorId = (await first.post('/api/vendors', { name: 'Sec Vendor' })).body.id;
  });
  afterAll(async () => t?.close());

  async function newIncident(): Promise<{ id: string; version: number }> {
    const id = (await first.post('/api/incidents', buildReport({ types: ['malware'] }))).body.incidentId as string;
    // Both responders load the page: the same version.
    const a = (await first.get(`/api/incidents/${id}`)).body;
    const b = (await second.get(`/api/incidents/${id}`)).body;
    expect(a.version).toBe(b.version);
    return { id, version: a.version };
  }

  it('keeps the first facts and answers the second save with 409 and the current incident', async () => {
    const { id, version } = await newIncident();
    const mine = {
      foundAt: { known: true, value: '2026-11-27T09:00:00+09:00' },
      impact: { known: true, value: 'Sales PCs' },
    };
    const theirs = { foundAt: { known: true, value: '2026-11-26T18:00:00+09:00' }, impact: { known: false } };

    const won = await first.put(`/api/incidents/${id}/facts`, { version, facts: mine });
    expect([won.status, won.body.version]).toEqual([200, version + 1]);
    const lost = await second.put(`/api/incidents/${id}/facts`, { version, facts: theirs });
    expect([lost.status, lost.body.error.id]).toEqual([409, 'incident_version_conflict']);
    expect(lost.body.current.id).toBe(id);
    expect(lost.body.current.version).toBe(version + 1);
    expect(lost.body.current.facts.foundAt).toEqual(mine.foundAt);
    expect(lost.body.current.facts.impact).toEqual(mine.impact);

    const row = await incidentRow(t, id);
    expect(row.version).toBe(version + 1);
    expect(JSON.parse(row.facts)).toMatchObject(mine);
    expect(await timelineTypes(t, id)).toEqual(['incident.reported', 'facts.recorded']);
  });

  const conflicting: [string, (id: string, version: number) => [string, string, Record<string, unknown>]][] = [
    ['a title change', (id, version) => ['PATCH', `/api/incidents/${id}`, { version, title: 'Second title' }]],
    [
      'a determination',
      (id, version) => [
        'POST',
        `/api/incidents/${id}/determination`,
        { version, verdict: 'not_incident', reason: 'False alarm' },
      ],
    ],
    ['a hand-over', (id, version) => ['POST', `/api/incidents/${id}/handover`, { version, vendorId }]],
    ['closing', (id, version) => ['POST', `/api/incidents/${id}/close`, { version, reason: 'Done' }]],
  ];

  it.each(conflicting)('refuses %s based on a stale version, storing nothing', async (_, build) => {
    const { id, version } = await newIncident();
    const won = await first.patch(`/api/incidents/${id}`, { version, title: 'First title' });
    expect(won.status).toBe(200);
    const before = await incidentRow(t, id);
    const events = await timelineTypes(t, id);

    const [method, path, body] = build(id, version);
    const lost = await second.call(method, path, body);
    expect([lost.status, lost.body.error.id]).toEqual([409, 'incident_version_conflict']);
    expect([lost.body.current.title, lost.body.current.version]).toEqual(['First title', version + 1]);
    expect(await incidentRow(t, id)).toEqual(before);
    expect(await timelineTypes(t, id)).toEqual(events);
    expect(
      (await t.ctx.store.db.selectFrom('notifications').select('kind').where('incidentId', '=', id).execute()).map(
        (n) => n.kind,
      ),
    ).not.toContain('not_incident_finder');
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const { id, version } = await newIncident();
    const [a, b] = await Promise.all([
      first.put(`/api/incidents/${id}/facts`, { version, facts: { foundBy: { known: true, value: 'First' } } }),
      second.put(`/api/incidents/${id}/facts`, { version, facts: { foundBy: { known: true, value: 'Second' } } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'First' : 'Second';
    const loser = a.status === 200 ? b : a;
    expect(loser.body.current.facts.foundBy).toEqual({ known: true, value: winner });
    const row = await incidentRow(t, id);
    expect([row.version, JSON.parse(row.facts).foundBy.value]).toEqual([version + 1, winner]);
    expect(await timelineTypes(t, id)).toEqual(['incident.reported', 'facts.recorded']);
  });

  it('does not bump the version on ticks, so a form opened before a tick still saves', async () => {
    const { id, version } = await newIncident();
    const detail = (await first.get(`/api/incidents/${id}`)).body;
    const tick = await second.put(`/api/incidents/${id}/checklist/${detail.checklist[0].key}`, { state: 'done' });
    expect([tick.status, tick.body.version]).toEqual([200, version]);
    const spread = await second.put(`/api/incidents/${id}/spread`, { department: 'Sales', state: 'clear' });
    expect([spread.status, spread.body.version]).toEqual([200, version]);
    const saved = await first.put(`/api/incidents/${id}/facts`, { version, facts: { spread: { known: false } } });
    expect([saved.status, saved.body.version]).toEqual([200, version + 1]);
  });

  it('keeps the status a concurrent determination set when a checklist tick lands at the same time', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 12; round++) {
      const { id, version } = await newIncident();
      const detail = (await first.get(`/api/incidents/${id}`)).body;
      const [verdict, tick] = await Promise.all([
        first.post(`/api/incidents/${id}/determination`, {
          version,
          verdict: 'incident',
          urgency: 'high',
          reason: 'Encrypted files',
        }),
        second.put(`/api/incidents/${id}/checklist/${detail.checklist[0].key}`, { state: 'done' }),
      ]);
      expect([verdict.status, tick.status]).toEqual([200, 200]);
      const row = await incidentRow(t, id);
      outcomes.push(`${JSON.parse(row.determination ?? '{}').verdict} → ${row.status}`);
    }
    // A determination of "incident" always leaves the case in status "incident".
    expect(outcomes).toEqual(outcomes.map(() => 'incident → incident'));
  });
});
