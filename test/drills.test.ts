/**
 * Drills: an exercise started from a sample scenario is an incident marked as a drill, filed through the
 * same report path; its notices reach only its participants, and statistics leave it out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRILL_SCENARIO_IDS } from '../src/shared/preparation-schemas.js';
import { countRows, incidentRow, notificationsOf, timelineTypes } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

describe.each(dialects)('drills on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let responder: ApiClient;
  let manager: ApiClient;
  let otherManager: ApiClient;
  let reporter: ApiClient;

  const email = (c: ApiClient) => c.session?.user.email ?? '';
  const recipients = async (id: string) => (await notificationsOf(t, id)).map((n) => `${n.kind} ${n.recipient}`).sort();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    responder = await t.signIn('responder', { locale: 'ja', supervisorEmail: 'chief@example.test' });
    manager = await t.signIn('manager');
    otherManager = await t.signIn('manager');
    reporter = await t.signIn('reporter');
    const settings = await admin.put('/api/settings', {
      orgName: 'Example KK',
      desk: { name: 'IT desk', email: 'desk@example.test' },
    });
    expect(settings.status).toBe(200);
  });
  afterAll(async () => t?.close());

  it('offers the guide’s three examples and one scenario per incident type, in both languages', async () => {
    const res = await responder.get('/api/drills/scenarios');
    expect(res.status).toBe(200);
    expect(res.body.scenarios.map((s: { id: string }) => s.id)).toEqual([...DRILL_SCENARIO_IDS]);
    expect(res.body.scenarios[0].title.ja).toBeTruthy();
    expect(res.body.scenarios[0].title.en).toBeTruthy();
    expect((await manager.get('/api/drills/scenarios')).status).toBe(403);
    expect((await reporter.get('/api/drills/scenarios')).status).toBe(403);
  });

  it('lists the people who can take part, with their addresses', async () => {
    const res = await responder.get('/api/drills/people');
    expect(res.status).toBe(200);
    expect(res.body.people.map((p: { email: string }) => p.email)).toContain(email(manager));
  });

  it('starts a drill through the report path; only participants are notified, and the notices say it is a drill', async () => {
    const res = await responder.post('/api/drills', { scenario: 'ransomware', participantEmails: [email(manager)] });
    expect(res.status).toBe(201);
    const id: string = res.body.incidentId;
    // The starter is always a participant.
    expect(res.body.participants.sort()).toEqual([email(manager), email(responder)].sort());

    const row = await incidentRow(t, id);
    expect(row.isDrill).toBe(1);
    expect(row.drillScenario).toBe('ransomware');
    const detail = (await responder.get(`/api/incidents/${id}`)).body;
    expect(detail.drill).toBe(true);
    expect(detail.title.startsWith('【訓練】')).toBe(true);
    expect(detail.types).toEqual(['ransomware']);
    expect(detail.checklist.some((c: { key: string }) => c.key.startsWith('ransomware.'))).toBe(true);

    // The desk and the starter's supervisor are not taking part: their intake notices are kept back.
    expect(await recipients(id)).toEqual([`intake_receipt ${email(responder)}`]);
    expect(await timelineTypes(t, id)).toEqual(['incident.reported']);
  });

  it('queues the intake notices for participants who are the desk or the supervisor', async () => {
    const res = await responder.post('/api/drills', {
      scenario: 'guide_spoofed_mail',
      participantEmails: ['DESK@example.test', 'chief@example.test'],
    });
    expect(res.status).toBe(201);
    const id: string = res.body.incidentId;
    expect(await recipients(id)).toEqual(
      [
        'intake_desk desk@example.test',
        'intake_supervisor chief@example.test',
        `intake_receipt ${email(responder)}`,
      ].sort(),
    );
    for (const n of await notificationsOf(t, id)) expect(n.subject.startsWith('【訓練】')).toBe(true);
  });

  it('keeps later notices within the drill too: a briefing reaches only the participating managers', async () => {
    const res = await responder.post('/api/drills', { scenario: 'malware', participantEmails: [email(manager)] });
    const id: string = res.body.incidentId;
    const before = await recipients(id);
    const briefed = await responder.post(`/api/incidents/${id}/briefings`, {});
    expect(briefed.status).toBe(200);
    const added = (await notificationsOf(t, id)).filter((n) => !before.includes(`${n.kind} ${n.recipient}`));
    // Two managers exist; only the participating one is briefed.
    expect(added.map((n) => n.recipient)).toEqual([email(manager)]);
    expect(added.map((n) => n.recipient)).not.toContain(email(otherManager));
    expect(added.map((n) => n.subject).join()).toContain('【訓練】');
  });

  it('leaves real reports alone: the desk and the supervisor are told as always', async () => {
    const res = await responder.post('/api/incidents', buildReport({ types: ['ransomware'] }));
    const id: string = res.body.incidentId;
    expect(await recipients(id)).toEqual(
      [
        'intake_desk desk@example.test',
        'intake_supervisor chief@example.test',
        `intake_receipt ${email(responder)}`,
      ].sort(),
    );
    expect((await responder.get(`/api/incidents/${id}`)).body.drill).toBe(false);
  });

  it('marks drills in the list and tells who takes part', async () => {
    const started = await admin.post('/api/drills', { scenario: 'ddos', participantEmails: [] });
    expect(started.status).toBe(201);
    const id: string = started.body.incidentId;
    const list = (await manager.get('/api/incidents')).body.incidents as { id: string; drill: boolean }[];
    expect(list.find((i) => i.id === id)?.drill).toBe(true);
    expect(list.filter((i) => !i.drill).length).toBeGreaterThan(0);

    const info = await manager.get(`/api/incidents/${id}/drill`);
    expect(info.status).toBe(200);
    expect(info.body.scenario.id).toBe('ddos');
    expect(info.body.participants).toEqual([email(admin)]);
    const real = list.find((i) => !i.drill);
    expect((await manager.get(`/api/incidents/${real?.id}/drill`)).status).toBe(404);
    expect((await reporter.get(`/api/incidents/${id}/drill`)).status).toBe(404);
  });

  it('refuses bad input with a clear error and creates nothing', async () => {
    const before = await countRows(t, 'incidents');
    const unknown = await responder.post('/api/drills', { scenario: 'alien_invasion' });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.fields)).toContain('scenario');
    const badMail = await responder.post('/api/drills', { scenario: 'malware', participantEmails: ['not-an-address'] });
    expect(badMail.status).toBe(400);
    expect(Object.keys(badMail.body.error.fields)[0]).toMatch(/^participantEmails/);
    expect((await manager.post('/api/drills', { scenario: 'malware' })).status).toBe(403);
    expect((await reporter.post('/api/drills', { scenario: 'malware' })).status).toBe(403);
    expect(await countRows(t, 'incidents')).toBe(before);
  });

  it('leaves drills out of the statistics', async () => {
    const before = (await manager.get('/api/stats')).body;
    await responder.post('/api/drills', { scenario: 'lost_device' });
    await responder.post('/api/drills', { scenario: 'ransomware' });
    const afterDrills = await manager.get('/api/stats');
    expect(afterDrills.status).toBe(200);
    expect(afterDrills.body).toEqual(before);

    await responder.post('/api/incidents', buildReport({ types: ['lost_device', 'data_leak'] }));
    const afterReal = (await manager.get('/api/stats')).body;
    expect(afterReal.open).toBe(before.open + 1);
    expect(afterReal.byStatus.new).toBe(before.byStatus.new + 1);
    expect(afterReal.byType.lost_device).toBe(before.byType.lost_device + 1);
    expect(afterReal.byType.data_leak).toBe(before.byType.data_leak + 1);
    expect(afterReal.byType.ransomware).toBe(before.byType.ransomware);
    // Every real incident so far is counted; none of the drills is.
    const rows = await t.ctx.store.db.selectFrom('incidents').select(['isDrill']).execute();
    expect(afterReal.open).toBe(rows.filter((r) => r.isDrill === 0).length);
    expect((await reporter.get('/api/stats')).status).toBe(403);
  });
});
