/** The public report link: its token, rotation, rate limit, and incident numbering under concurrency. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../src/services/rate-limit.js';
import { countRows, incidentRow, reportToken, startFreshWindow } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';

const dialects = await testDialects();

const number = (year: number, n: number) => `INC-${year}-${String(n).padStart(4, '0')}`;
const seqOf = (id: string) => Number(id.split('-')[2]);

describe.each(dialects)('the public report link on %s', (dialect) => {
  let t: TestApp;
  let admin: ApiClient;
  let responder: ApiClient;
  let token: string;
  let year: number;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await t.signIn('admin');
    responder = await t.signIn('responder');
    expect((await admin.put('/api/settings', { orgName: 'Example KK' })).status).toBe(200);
    token = await reportToken(admin);
    startFreshWindow(t.clock, RATE_LIMITS.publicReportPerIp.windowSeconds);
    // The number carries the year of the report, by the server's clock.
    year = t.clock.now().getFullYear();
  });
  afterAll(async () => t?.close());

  it('numbers reports INC-YYYY-0001, 0002… in order, whichever way they arrive', async () => {
    const anon = t.anonymous();
    const first = await anon.post(`/api/public/report/${token}`, buildReport({ reporterName: 'Suzuki' }));
    expect(first.status).toBe(201);
    expect(first.body.incidentId).toBe(number(year, 1));
    expect(Date.parse(first.body.reportedAt)).not.toBeNaN();
    const second = await responder.post('/api/incidents', buildReport());
    expect(second.body.incidentId).toBe(number(year, 2));
    const third = await anon.post(`/api/public/report/${token}`, buildReport());
    expect(third.body.incidentId).toBe(number(year, 3));

    const row = await incidentRow(t, number(year, 1));
    expect({ channel: row.channel, reporterUserId: row.reporterUserId, reporterName: row.reporterName }).toEqual({
      channel: 'public_form',
      reporterUserId: null,
      reporterName: 'Suzuki',
    });
  });

  it('shows the form with the right token, and 404 with a wrong one', async () => {
    const anon = t.anonymous();
    const ok = await anon.get(`/api/public/report/${token}`);
    expect([ok.status, ok.body]).toEqual([200, { orgName: 'Example KK' }]);
    const incidents = await countRows(t, 'incidents');
    for (const wrong of [`${token.slice(0, -1)}x`, 'x', token.toUpperCase() === token ? 'y' : token.toUpperCase()]) {
      const get = await anon.get(`/api/public/report/${wrong}`);
      expect([get.status, get.body.error.id]).toEqual([404, 'not_found']);
      const post = await anon.post(`/api/public/report/${wrong}`, buildReport());
      expect([post.status, post.body.error.id]).toEqual([404, 'not_found']);
    }
    expect(await countRows(t, 'incidents')).toBe(incidents);
  });

  it('does not need a CSRF token from a browser that also holds a session', async () => {
    const res = await responder.call('POST', `/api/public/report/${token}`, buildReport(), { 'x-csrf-token': '' });
    expect(res.status).toBe(201);
    expect((await incidentRow(t, res.body.incidentId)).reporterUserId).toBeNull();
  });

  it('stops working once rotated; the new link works', async () => {
    const rotated = await admin.post('/api/settings/report-link/rotate');
    expect(rotated.status).toBe(200);
    const fresh = String(rotated.body.reportPath).split('/').pop() ?? '';
    expect(fresh).not.toBe(token);
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await reportToken(admin)).toBe(fresh);

    const anon = t.anonymous();
    expect((await anon.get(`/api/public/report/${token}`)).status).toBe(404);
    const old = await anon.post(`/api/public/report/${token}`, buildReport());
    expect([old.status, old.body.error.id]).toEqual([404, 'not_found']);
    expect((await anon.get(`/api/public/report/${fresh}`)).status).toBe(200);
    expect((await anon.post(`/api/public/report/${fresh}`, buildReport())).status).toBe(201);
    token = fresh;
  });

  it('answers 429 too_many_requests after the hourly limit, and stores nothing more', async () => {
    startFreshWindow(t.clock, RATE_LIMITS.publicReportPerIp.windowSeconds);
    const anon = t.anonymous();
    for (let i = 0; i < RATE_LIMITS.publicReportPerIp.limit; i++)
      expect((await anon.post(`/api/public/report/${token}`, buildReport())).status).toBe(201);
    const incidents = await countRows(t, 'incidents');
    const notifications = await countRows(t, 'notifications');
    const blocked = await anon.post(`/api/public/report/${token}`, buildReport());
    expect([blocked.status, blocked.body.error.id]).toEqual([429, 'too_many_requests']);
    expect(await countRows(t, 'incidents')).toBe(incidents);
    expect(await countRows(t, 'notifications')).toBe(notifications);
    // Signed-in reporting is not limited by the public form's counter.
    expect((await responder.post('/api/incidents', buildReport())).status).toBe(201);

    startFreshWindow(t.clock, RATE_LIMITS.publicReportPerIp.windowSeconds);
    expect((await anon.post(`/api/public/report/${token}`, buildReport())).status).toBe(201);
  });

  it('gives 20 concurrent signed-in reports distinct, consecutive numbers', async () => {
    const before = await countRows(t, 'incidents');
    const receipts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => responder.post('/api/incidents', buildReport({ where: `PC-${i}` }))),
    );
    expect(receipts.map((r) => r.status)).toEqual(Array(20).fill(201));
    const seqs = receipts.map((r) => seqOf(r.body.incidentId)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
    expect(await countRows(t, 'incidents')).toBe(before + 20);
  });

  it('under concurrent public reports, lets exactly the limit through with consecutive numbers', async () => {
    startFreshWindow(t.clock, RATE_LIMITS.publicReportPerIp.windowSeconds);
    const before = await countRows(t, 'incidents');
    const anon = t.anonymous();
    const n = RATE_LIMITS.publicReportPerIp.limit + 4;
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        anon.post(`/api/public/report/${token}`, buildReport({ where: `Desk ${i}` })),
      ),
    );
    const accepted = answers.filter((a) => a.status === 201);
    expect(answers.map((a) => a.status).sort()).toEqual([
      ...Array(RATE_LIMITS.publicReportPerIp.limit).fill(201),
      ...Array(4).fill(429),
    ]);
    expect(accepted.map((a) => seqOf(a.body.incidentId)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: RATE_LIMITS.publicReportPerIp.limit }, (_, i) => before + 1 + i),
    );
    const events = await t.ctx.store.db
      .selectFrom('timelineEvents')
      .select('incidentId')
      .where('type', '=', 'incident.reported')
      .execute();
    expect(new Set(events.map((e) => e.incidentId)).size).toBe(events.length);
    expect(events).toHaveLength(before + RATE_LIMITS.publicReportPerIp.limit);
  });
});
