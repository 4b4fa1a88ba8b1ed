/** Incidents restricted to named people: hidden (404) from everybody else, until the restriction is lifted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceForm, incidentRow, notificationsOf, timelineTypes } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

describe.each(dialects)('restricted incidents on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let restricter: ApiClient;
  let named: ApiClient;
  let outsider: ApiClient;
  let namedManager: ApiClient;
  let otherManager: ApiClient;
  let reporter: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    restricter = await t.signIn('responder');
    named = await t.signIn('responder');
    outsider = await t.signIn('responder');
    namedManager = await t.signIn('manager');
    otherManager = await t.signIn('manager');
    reporter = await t.signIn('reporter');
  });
  afterAll(async () => t?.close());

  const ids = (res: { body: { incidents: { id: string }[] } }) => res.body.incidents.map((i) => i.id);

  async function newIncident(): Promise<{ id: string; version: number; evidenceUrl: string }> {
    const id = (await reporter.post('/api/incidents', buildReport({ types: ['malware'] }))).body.incidentId as string;
    const ev = await restricter.call(
      'POST',
      `/api/incidents/${id}/evidence`,
      evidenceForm(undefined, { name: 'log.txt', content: 'log' }),
    );
    expect(ev.status).toBe(201);
    return { id, version: ev.body.version, evidenceUrl: ev.body.evidence[0].downloadUrl };
  }

  it('hides the incident from everybody not named, and shows it again once the restriction is lifted', async () => {
    const { id, version, evidenceUrl } = await newIncident();

    const restricted = await restricter.patch(`/api/incidents/${id}`, { version, restrictedTo: [named.userId] });
    expect(restricted.status).toBe(200);
    expect(restricted.body.restricted).toBe(true);
    // Whoever restricts stays among the named people.
    expect(restricted.body.restrictedTo.map((u: { id: string }) => u.id).sort()).toEqual(
      [named.userId, restricter.userId].sort(),
    );

    for (const who of [outsider, admin, otherManager, reporter]) {
      const res = await who.get(`/api/incidents/${id}`);
      expect([res.status, res.body.error.id]).toEqual([404, 'not_found']);
      expect(ids(await who.get('/api/incidents'))).not.toContain(id);
    }
    const hidden = [
      await outsider.get(`/api/incidents/${id}/timeline`),
      await outsider.get(`/api/incidents/${id}/briefings/draft`),
      await outsider.get(evidenceUrl),
      await outsider.put(`/api/incidents/${id}/facts`, { version: version + 1, facts: { impact: { known: false } } }),
      await outsider.post(`/api/incidents/${id}/briefings`, {}),
      await outsider.patch(`/api/incidents/${id}`, { version: version + 1, restrictedTo: null }),
    ];
    expect(hidden.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect((await incidentRow(t, id)).restricted).toBe(1);

    for (const who of [named, restricter]) {
      const res = await who.get(`/api/incidents/${id}`);
      expect(res.status).toBe(200);
      const listed = (await who.get('/api/incidents')).body.incidents.find((i: { id: string }) => i.id === id);
      expect(listed.restricted).toBe(true);
      expect((await who.get(evidenceUrl)).status).toBe(200);
    }

    const lifted = await named.patch(`/api/incidents/${id}`, { version: version + 1, restrictedTo: null });
    expect(lifted.status).toBe(200);
    expect(lifted.body.restricted).toBe(false);
    expect(lifted.body.restrictedTo).toBeNull();
    for (const who of [outsider, admin, otherManager, reporter]) {
      expect((await who.get(`/api/incidents/${id}`)).status).toBe(200);
      expect(ids(await who.get('/api/incidents'))).toContain(id);
    }
    expect(await timelineTypes(t, id)).toEqual([
      'incident.reported',
      'evidence.recorded',
      'incident.updated',
      'incident.updated',
    ]);
  });

  it('lets a manager restrict, but not retitle at the same time', async () => {
    const { id, version } = await newIncident();
    const both = await namedManager.patch(`/api/incidents/${id}`, {
      version,
      title: 'Executive mailbox',
      restrictedTo: [restricter.userId],
    });
    expect([both.status, both.body.error.id]).toEqual([403, 'forbidden']);
    expect((await incidentRow(t, id)).restricted).toBe(0);

    const only = await namedManager.patch(`/api/incidents/${id}`, { version, restrictedTo: [restricter.userId] });
    expect(only.status).toBe(200);
    expect(only.body.restrictedTo.map((u: { id: string }) => u.id).sort()).toEqual(
      [restricter.userId, namedManager.userId].sort(),
    );
    expect((await outsider.get(`/api/incidents/${id}`)).status).toBe(404);
  });

  it('refuses an unknown user id and stores nothing', async () => {
    const { id, version } = await newIncident();
    const res = await restricter.patch(`/api/incidents/${id}`, { version, restrictedTo: ['no-such-user'] });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('invalid_input');
    expect(Object.keys(res.body.error.fields)).toEqual(['restrictedTo']);
    const row = await incidentRow(t, id);
    expect([row.restricted, row.version]).toEqual([0, version]);
    expect((await outsider.get(`/api/incidents/${id}`)).status).toBe(200);
    expect(await timelineTypes(t, id)).toEqual(['incident.reported', 'evidence.recorded']);
  });

  it('sends the briefing of a restricted incident only to the managers named on it', async () => {
    const { id, version } = await newIncident();
    const r = await restricter.patch(`/api/incidents/${id}`, {
      version,
      restrictedTo: [named.userId, namedManager.userId],
    });
    expect(r.status).toBe(200);
    const briefed = await restricter.post(`/api/incidents/${id}/briefings`, { decisionsNeeded: 'Tell the board?' });
    expect(briefed.status).toBe(200);
    const briefings = (await notificationsOf(t, id)).filter((n) => n.kind === 'briefing');
    // A manager who may not see the incident must not receive its details by mail either.
    expect(briefings.map((n) => n.recipient)).toEqual([namedManager.session?.user.email]);
  });
});
