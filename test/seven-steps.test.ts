/** One incident from the public report form to the vendor hand-over, through the HTTP API, on each database. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

describe.each(dialects)('the seven steps on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let responder: ApiClient;
  let manager: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    responder = await t.signIn('responder');
    manager = await t.signIn('manager', { locale: 'ja' });
  });
  afterAll(async () => t?.close());

  it('walks one malware case from the public form to the hand-over', async () => {
    const settings = await admin.put('/api/settings', {
      orgName: 'Example KK',
      desk: { name: 'IT desk', email: 'desk@example.test' },
      departments: ['Sales', 'Accounting'],
    });
    expect(settings.status).toBe(200);
    const reportPath: string = settings.body.reportPath;
    const token = reportPath.split('/').pop();

    // Step 1: anonymous report.
    const anon = t.anonymous();
    const receipt = await anon.post(
      `/api/public/report/${token}`,
      buildReport({ supervisorEmail: 'boss@example.test', types: ['malware'] }),
    );
    expect(receipt.status).toBe(201);
    const id: string = receipt.body.incidentId;
    expect(id).toMatch(/^INC-\d{4}-0001$/);

    let detail = (await responder.get(`/api/incidents/${id}`)).body;
    expect(detail.status).toBe('new');
    expect(detail.notifications.map((n: { recipient: string }) => n.recipient).sort()).toEqual(
      ['boss@example.test', 'desk@example.test', 'reporter@example.test'].sort(),
    );
    expect(detail.missingFacts).toContain('foundAt');
    expect(detail.nextActions.length).toBeGreaterThan(0);

    // Step 3 before step 2 is complete.
    detail = (await responder.post(`/api/incidents/${id}/briefings`, { decisionsNeeded: 'Call a vendor?' })).body;
    expect(detail.briefings).toHaveLength(1);
    expect(detail.status).toBe('investigating');
    const briefingId = detail.briefings[0].id;
    const ack = await manager.post(`/api/incidents/${id}/briefings/${briefingId}/ack`);
    expect(ack.status).toBe(200);
    expect(ack.body.briefings[0].acknowledgements).toHaveLength(1);
    const decision = await manager.post(`/api/incidents/${id}/decisions`, {
      topic: 'cost',
      decision: 'Approve vendor up to 1M JPY',
    });
    expect(decision.body.decisions).toHaveLength(1);

    // Step 2 with a stale version answers 409 and the current incident.
    const v = decision.body.version;
    const facts = { foundAt: { known: true, value: '2026-11-27T09:00:00+09:00' }, foundBy: { known: false } };
    const saved = await responder.put(`/api/incidents/${id}/facts`, { version: v, facts });
    expect(saved.status).toBe(200);
    const stale = await responder.put(`/api/incidents/${id}/facts`, { version: v, facts });
    expect(stale.status).toBe(409);
    expect(stale.body.error.id).toBe('incident_version_conflict');
    expect(stale.body.current.version).toBe(v + 1);

    // Step 4: spread rule.
    await responder.put(`/api/incidents/${id}/spread`, { department: 'Sales', state: 'affected' });
    detail = (await responder.put(`/api/incidents/${id}/spread`, { department: 'Accounting', state: 'affected' })).body;
    expect(detail.recommendNetworkStop).toBe(true);
    const item = detail.checklist.find((c: { key: string }) => c.key.startsWith('malware.'));
    detail = (await responder.put(`/api/incidents/${id}/checklist/${item.key}`, { state: 'done' })).body;
    expect(detail.checklist.find((c: { key: string }) => c.key === item.key).state).toBe('done');

    // Step 5
    detail = (
      await responder.post(`/api/incidents/${id}/determination`, {
        version: detail.version,
        verdict: 'incident',
        criteria: { operations: 'high', information: 'medium', recovery: 'low' },
        reason: 'Two departments hit',
        police: { consult: true, reason: 'possible crime' },
      })
    ).body;
    expect(detail.status).toBe('incident');
    expect(detail.urgency).toBe('high');

    // Step 6
    const vendor = await responder.post('/api/vendors', {
      name: 'Sec Vendor',
      contacts: [{ name: 'Ito', email: 'ir@vendor.test' }],
      contractStatus: 'contracted',
    });
    expect(vendor.status).toBe(201);
    const draft = await responder.get(
      `/api/incidents/${id}/support-requests/draft?vendorId=${vendor.body.id}&question=Is%20it%20spreading%3F&fromStep=4`,
    );
    expect(draft.status).toBe(200);
    expect(draft.body.message).toContain('Is it spreading?');
    detail = (
      await responder.post(`/api/incidents/${id}/support-requests`, {
        vendorId: vendor.body.id,
        question: 'Is it spreading?',
        fromStep: 4,
        message: draft.body.message,
      })
    ).body;
    expect(detail.supportRequests).toHaveLength(1);

    // Step 7: an uploaded file is hashed on arrival and served only as a download.
    const form = new FormData();
    for (const [k, val] of Object.entries({
      item: 'Ransom note',
      source: 'ACC-07',
      collectedBy: 'Sato',
      collectedAt: '2026-11-27T10:00:00+09:00',
      storageLocation: 'Safe',
    }))
      form.set(k, val);
    form.set('file', new File(['<script>alert(1)</script>'], 'note.html', { type: 'text/html' }));
    const ev = await responder.call('POST', `/api/incidents/${id}/evidence`, form);
    expect(ev.status).toBe(201);
    const evidence = ev.body.evidence[0];
    expect(evidence.sha256).toBe(createHash('sha256').update('<script>alert(1)</script>').digest('hex'));
    const dl = await responder.get(evidence.downloadUrl);
    expect(dl.status).toBe(200);
    expect(dl.body).toBe('<script>alert(1)</script>');
    expect(dl.headers.get('content-type')).toBe('application/octet-stream');
    expect(dl.headers.get('content-disposition')).toMatch(/^attachment/);
    const tr = await responder.post(`/api/incidents/${id}/evidence/${evidence.id}/transfers`, {
      fromPerson: 'Sato',
      toPerson: 'Ito (vendor)',
      at: '2026-11-27T11:00:00+09:00',
    });
    expect(tr.body.evidence[0].transfers).toHaveLength(1);

    detail = (
      await responder.post(`/api/incidents/${id}/handover`, { version: tr.body.version, vendorId: vendor.body.id })
    ).body;
    expect(detail.status).toBe('handed_over');
    const timeline = await responder.get(`/api/incidents/${id}/timeline`);
    expect(timeline.body.events.map((e: { type: string }) => e.type)).toContain('incident.handed_over');
  });
});
